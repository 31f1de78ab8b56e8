/**
 * The app instances of one deployment talk over their PostgreSQL database: LISTEN/NOTIFY on one channel.
 * No other service to run: the database every instance already shares carries the messages, delivered to
 * every listening connection as soon as the sending statement commits (a few milliseconds).
 *
 * NOTIFY is fire and forget: a listener that is disconnected misses what was said meanwhile. So after every
 * (re)connection the bus calls `onMissed`, and the server expires everything it caches (lib/cluster/sync.ts).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { clusterEnvelopeSchema, type ClusterMessage } from "./messages";

export const CLUSTER_CHANNEL = "indh_cluster";
// PostgreSQL refuses a notification payload of 8,000 bytes or more.
export const MAX_PAYLOAD_BYTES = 7900;
const RECONNECT_DELAY_MS = 1000;

export type ClusterBus = {
  /** This process's name on the channel (random per start). */
  instanceId: string;
  publish(message: ClusterMessage): void;
  /** Resolves once the next published messages have been handed to PostgreSQL (for tests and a clean stop). */
  flush(): Promise<void>;
  stop(): Promise<void>;
};

export type ClusterBusOptions = {
  connectionString: string;
  onMessage(message: ClusterMessage): void;
  /** After a (re)connection: messages may have been missed. */
  onMissed(): void;
  log?: (text: string) => void;
  /** How the connection shows in pg_stat_activity (default "indh-cluster-bus"). */
  applicationName?: string;
};

/** The payload of one message, or of "revalidated-all" when the message would not fit (a huge tag list). */
export function payloadFor(instanceId: string, message: ClusterMessage): string {
  const payload = JSON.stringify({ from: instanceId, message });
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  if (message.kind === "revalidated") return JSON.stringify({ from: instanceId, message: { kind: "revalidated-all" } });
  throw new Error(`cluster message too large (${message.kind})`);
}

/** Parses a notification; null for anything malformed or sent by this instance. */
export function parsePayload(instanceId: string, payload: string | undefined): ClusterMessage | null {
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const envelope = clusterEnvelopeSchema.safeParse(json);
  if (!envelope.success || envelope.data.from === instanceId) return null;
  return envelope.data.message;
}

export async function startClusterBus(options: ClusterBusOptions): Promise<ClusterBus> {
  const instanceId = randomUUID();
  const log = options.log ?? ((text: string) => console.error(text));
  let client: pg.Client | null = null;
  let stopped = false;
  let sending: Promise<unknown> = Promise.resolve();
  // Something could not be sent while disconnected: the others are told to expire everything once back.
  let unsent = false;

  async function connect(): Promise<void> {
    // keepAlive: a connection cut silently (a firewall's idle timeout) is noticed and replaced.
    const next = new pg.Client({ connectionString: options.connectionString, application_name: options.applicationName ?? "indh-cluster-bus", keepAlive: true });
    next.on("notification", (notification) => {
      if (notification.channel !== CLUSTER_CHANNEL) return;
      const message = parsePayload(instanceId, notification.payload);
      if (message) options.onMessage(message);
    });
    next.on("error", (error) => {
      log(`cluster bus: connection lost (${error.message}); reconnecting`);
      dropAndReconnect(next);
    });
    next.on("end", () => dropAndReconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CLUSTER_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    options.onMissed();
    sendWhatWasNotSent(next);
  }

  function sendWhatWasNotSent(connection: pg.Client) {
    if (!unsent) return;
    unsent = false;
    send(connection, { kind: "revalidated-all" });
  }

  function send(connection: pg.Client, message: ClusterMessage) {
    const payload = payloadFor(instanceId, message);
    sending = sending
      .then(() => connection.query("SELECT pg_notify($1, $2)", [CLUSTER_CHANNEL, payload]))
      .catch((error: unknown) => {
        unsent = true;
        log(`cluster bus: "${message.kind}" not sent (${error instanceof Error ? error.message : String(error)})`);
        // Already connected again (the failure was the old connection's): say it now, not at the next cut.
        if (client && client !== connection) sendWhatWasNotSent(client);
      });
  }

  function dropAndReconnect(lost: pg.Client) {
    if (client !== lost) return;
    client = null;
    lost.end().catch(() => undefined);
    if (!stopped) setTimeout(retry, RECONNECT_DELAY_MS).unref();
  }

  function retry() {
    if (stopped) return;
    connect().catch((error: unknown) => {
      log(`cluster bus: cannot connect (${error instanceof Error ? error.message : String(error)}); retrying`);
      setTimeout(retry, RECONNECT_DELAY_MS).unref();
    });
  }

  await connect();

  return {
    instanceId,
    publish(message) {
      if (client) return send(client, message);
      unsent = true;
      log(`cluster bus: not connected, "${message.kind}" not sent (the others expire everything once it reconnects)`);
    },
    flush: () => sending.then(() => undefined),
    async stop() {
      stopped = true;
      await sending;
      const connection = client;
      client = null;
      await connection?.end().catch(() => undefined);
    },
  };
}

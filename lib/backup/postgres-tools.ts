// PostgreSQL's client programs (pg_dump, pg_restore, psql) as lib/backup/postgres-backup.ts runs them:
// spawned with argument arrays (no shell), the connection given through libpq's PG* environment variables.
// Never on the command line: any user of the machine can read a process's arguments (`ps`), and a password
// there would also end up in error messages. Messages here show the URL with its password masked.
import { spawn, type ChildProcess } from "node:child_process";
import { BackupRefusedError } from "@/lib/backup/sqlite-backup";

export type PgTool = "pg_dump" | "pg_restore" | "psql";

/** Where Prisma puts the app's tables: the URL has no ?schema=, so the default schema. */
export const SCHEMA = "public";

/** A client program ran and failed; its own message is part of this one. */
export class BackupFailedError extends Error {}

/** Where the tools connect (libpq environment) and, when known, the server's major version (install advice). */
export type ToolContext = { env: NodeJS.ProcessEnv; serverMajor?: number };

export type Finished = { code: number | null; stdout: string; stderr: string };

// The URL's query parameters libpq also knows; the others (Prisma's own, like connection_limit) are
// node-postgres or Prisma settings that libpq would reject.
const LIBPQ_PARAMETERS: Record<string, string> = {
  host: "PGHOST", port: "PGPORT", sslmode: "PGSSLMODE", sslrootcert: "PGSSLROOTCERT", sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY", application_name: "PGAPPNAME", options: "PGOPTIONS", connect_timeout: "PGCONNECT_TIMEOUT",
};
const KEEP_STDERR = 16_000;

/** The environment under which libpq connects where node-postgres does for the same URL. */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Would send libpq elsewhere than the URL says (node-postgres ignores both).
  delete env.PGSERVICE;
  delete env.PGHOSTADDR;
  const set = (name: string, value: string) => {
    if (value) env[name] = value;
  };
  // node-postgres defaults to localhost over TCP; libpq would try a Unix socket.
  env.PGHOST = decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1") || (process.env.PGHOST ?? "localhost");
  set("PGPORT", u.port);
  set("PGUSER", decodeURIComponent(u.username));
  set("PGPASSWORD", decodeURIComponent(u.password));
  set("PGDATABASE", decodeURIComponent(u.pathname.slice(1)));
  for (const [key, value] of u.searchParams) {
    // node-postgres's "no-verify" is libpq's "require": encrypted, certificate not checked.
    if (LIBPQ_PARAMETERS[key]) set(LIBPQ_PARAMETERS[key], key === "sslmode" && value === "no-verify" ? "require" : value);
  }
  return env;
}

/** The URL with its password replaced by `***`, fit for messages and logs. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  if (u.searchParams.has("password")) u.searchParams.set("password", "***");
  return u.toString();
}

/**
 * Starts a tool. `finished` resolves when it has exited and its output is closed (stdout collected only
 * when "capture"); it rejects with a refusal saying how to install the tool when it is not on PATH.
 */
export function startTool(
  tool: PgTool,
  args: string[],
  context: ToolContext,
  io: { stdin?: "pipe" | "ignore"; stdout?: "capture" | "pipe" | "ignore" } = {},
): { child: ChildProcess; finished: Promise<Finished> } {
  const stdout = io.stdout ?? "capture";
  const child = spawn(tool, args, { env: context.env, stdio: [io.stdin ?? "ignore", stdout === "capture" ? "pipe" : stdout, "pipe"] });
  let out = "";
  let err = "";
  if (stdout === "capture") child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (err = (err + chunk.toString("utf8")).slice(-KEEP_STDERR)));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? new BackupRefusedError(missingTool(tool, context.serverMajor)) : error));
    child.once("close", (code) => resolve({ code, stdout: out, stderr: err.trim() }));
  });
  finished.catch(() => {}); // handled by whoever awaits it, possibly after other awaits
  return { child, finished };
}

/** Runs a tool to its end; its stdout, or a BackupFailedError with its message. */
export async function runTool(tool: PgTool, args: string[], context: ToolContext): Promise<string> {
  const { code, stdout, stderr } = await startTool(tool, args, context).finished;
  if (code !== 0) throw new BackupFailedError(`${tool} failed (exit ${code}): ${stderr || "no message"}`);
  return stdout;
}

/** `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`: major 15 and the whole line. */
export async function toolVersion(tool: PgTool, context: ToolContext): Promise<{ major: number; text: string }> {
  const text = (await runTool(tool, ["--version"], context)).trim();
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(text);
  if (!match) throw new BackupFailedError(`Cannot read the version of ${tool} from "${text}".`);
  return { major: Number(match[1]), text };
}

function missingTool(tool: PgTool, serverMajor: number | undefined): string {
  const version = serverMajor ?? "<server's major version>";
  return (
    `${tool} was not found on PATH. It comes with PostgreSQL's client programs, which must be of the server's major ` +
    `version or newer: on Debian or Ubuntu, apt-get install postgresql-client-${version} ` +
    `(or postgresql-client, the distribution's own version, if that is recent enough).`
  );
}

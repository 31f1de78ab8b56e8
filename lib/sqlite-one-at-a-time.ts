// The SQLite driver adapter shares one better-sqlite3 connection between every request and locks it only
// to open a transaction. A query outside a transaction that runs while another request's transaction is
// open (between two of its awaits) becomes part of that transaction: it reads its uncommitted rows, and a
// write it makes is rolled back with it (found by `npm run test:reliability`).
//
// A second connection would not do: better-sqlite3 is synchronous, so a statement waiting for the other
// connection's lock would block the very event loop that must finish the other transaction. Instead every
// top-level query now waits its turn behind open transactions, on the same connection: a read during an
// import waits for the import to commit (seconds at most), and sees it whole or not at all.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A queue of exclusive turns: each caller gets a release function once the previous holder released. */
function turns() {
  let tail: Promise<void> = Promise.resolve();
  return async (): Promise<() => void> => {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => mine);
    await previous;
    return release;
  };
}

function serialise(adapter: Adapter): Adapter {
  const turn = turns();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  const alone = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await turn();
    try {
      return await run();
    } finally {
      release();
    }
  };
  adapter.queryRaw = (query) => alone(() => queryRaw(query));
  adapter.executeRaw = (query) => alone(() => executeRaw(query));
  // A transaction holds the turn from BEGIN to COMMIT or ROLLBACK; its own queries run on the
  // transaction object, which is not queued (queuing them would wait for themselves).
  adapter.startTransaction = async (isolationLevel) => {
    const release = await turn();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return adapter;
}

/** The SQLite adapter factory, with every connection it makes taking turns as described above. */
export function oneAtATimeSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => serialise(await connect());
  return factory;
}

/**
 * Moves the data generation (./generation.ts) after every committed write the Prisma client sends, whatever
 * sent it: a form's action, an import, the API, a raw statement keeping the summaries. Watched at the driver
 * adapter, where every statement and every COMMIT passes, so the generation moves only once the write is
 * visible to other connections: a write inside a transaction counts at its COMMIT (nothing if rolled back),
 * one outside at its completion. Writes to the tables no figure is computed from (sessions, sign-in failures,
 * rate windows, audit entries...) do not count: signing in must not make every dashboard recompute.
 */
import { noteDataChanged, type ChangeScope } from "./generation";
import { currentWriteScope, writesChangeNoFigure } from "./write-scope";

// Tables the dashboards, the results and the event pages' figures never read. Any other table counts,
// including one added later: forgetting a table here costs a recomputation, never a stale figure.
const TABLES_NO_FIGURE_READS = new Set([
  "Session",
  "SignInFailure",
  "AuditEntry",
  "ApiRateWindow",
  "SetupToken",
  "AppSecret",
  "ImportBatch",
  "StoredFile",
  "Photo",
  "PhotoVariant",
  "User",
]);

const WRITE_START = /^\s*(insert|update|delete|replace|merge|upsert|create|drop|alter|truncate)\b/i;
const CTE_WRITE = /^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;
// INSERT [OR x] INTO t / UPDATE [OR x] t / DELETE FROM t, t possibly schema-qualified and quoted with "" or
// `` (Prisma quotes with backticks on SQLite).
const NAME = '(?:"[^"]+"|`[^`]+`|\\w+)';
const TARGET_TABLE = new RegExp(`^\\s*(?:insert\\s+(?:or\\s+\\w+\\s+)?into|replace\\s+into|update(?:\\s+or\\s+\\w+)?|delete\\s+from)\\s+(?:${NAME}\\s*\\.\\s*)?(${NAME})`, "i");

/** Whether a statement changes records a figure may be computed from. */
export function changesFigures(sql: string): boolean {
  if (!WRITE_START.test(sql) && !CTE_WRITE.test(sql)) return false;
  const table = TARGET_TABLE.exec(sql)?.[1]?.replace(/^["`]|["`]$/g, "");
  return table === undefined || !TABLES_NO_FIGURE_READS.has(table);
}

type Query = { sql: string };
type Queryable = { queryRaw(query: Query): Promise<unknown>; executeRaw(query: Query): Promise<number> };
type Transaction = Queryable & { commit(): Promise<void>; rollback(): Promise<void> };
type Adapter = Queryable & { executeScript(script: string): Promise<void>; startTransaction(...args: never[]): Promise<Transaction> };
type Factory = { connect(): Promise<Adapter> };

function watchStatements(target: Queryable, onWrite: () => void | Promise<void>): void {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  const afterWrite = async <T>(result: T): Promise<T> => {
    await onWrite();
    return result;
  };
  const watched = <T>(query: Query, run: Promise<T>): Promise<T> => (changesFigures(query.sql) ? run.then(afterWrite) : run);
  target.queryRaw = (query) => watched(query, queryRaw(query));
  target.executeRaw = (query) => watched(query, executeRaw(query));
}

function watchAdapter<A extends Adapter>(adapter: A, onCommittedWrite: () => Promise<void>): A {
  watchStatements(adapter, onCommittedWrite);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.executeScript = (script) => executeScript(script).then(onCommittedWrite);
  const startTransaction = adapter.startTransaction.bind(adapter) as (...args: unknown[]) => Promise<Transaction>;
  (adapter as Adapter).startTransaction = async (...args: unknown[]) => {
    const transaction = await startTransaction(...args);
    let wrote = false;
    watchStatements(transaction, () => {
      wrote = true;
    });
    const commit = transaction.commit.bind(transaction);
    transaction.commit = () =>
      commit().then(async () => {
        if (wrote) await onCommittedWrite();
      });
    return transaction;
  };
  return adapter;
}

/**
 * The same adapter factory, every connection it makes watched as above. `alsoTell` runs after each committed
 * write too (on PostgreSQL: ./tell-instances.ts). A write committed inside a write scope (./write-scope.ts)
 * concerns that prefecture only, and one committed by work that declared it changes no figure concerns none
 * (nothing moves, no instance is told): the scope is the one of the code that sent the statement or the COMMIT.
 */
export function watchWrites<F extends Factory>(factory: F, alsoTell?: (prefectureId: ChangeScope) => Promise<void>): F {
  const onCommittedWrite = async () => {
    if (writesChangeNoFigure()) return;
    const prefectureId = currentWriteScope();
    noteDataChanged("local", prefectureId);
    await alsoTell?.(prefectureId);
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => watchAdapter(await connect(), onCommittedWrite);
  return factory;
}

// Exit code 0 when the PostgreSQL URL given as argument accepts a connection (within 5 s), 1 otherwise.
import pg from "pg";

const client = new pg.Client({ connectionString: process.argv[2], connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  await client.end();
  process.exit(0);
} catch {
  process.exit(1);
}

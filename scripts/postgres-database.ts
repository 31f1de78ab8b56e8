// `tsx scripts/postgres-database.ts recreate <postgresql URL>`: drops the URL's database if it exists and
// creates it empty (byte-order collation, as lib/testing/postgres.ts explains), for the end-to-end server.
// Connects to the server's `postgres` database with the URL's role, which must be allowed to create databases.
import { createDatabase, dropDatabase, withDatabase } from "@/lib/testing/postgres";

async function main() {
  const [command, url] = process.argv.slice(2);
  if (command !== "recreate" || !url) {
    console.error("usage: tsx scripts/postgres-database.ts recreate <postgresql://...>");
    process.exit(2);
  }
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = withDatabase(url, "postgres");
  await dropDatabase(admin, database);
  await createDatabase(admin, database);
  console.log(`Recreated the empty PostgreSQL database ${database}.`);
}

void main();

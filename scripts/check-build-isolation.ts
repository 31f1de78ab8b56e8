// `npm run test:build-isolation`: proof that the tests' build leaves an `npm start` of the same folder
// serving. `next build` empties its output directory before writing; the tests used to build into .next, so
// `npm test` pulled the pages' JavaScript chunks from under a running `npm start` (pages then lost their
// scripts or answered 500). Now they build into .next-test (scripts/test-build-dir.ts).
//
// 1. `bash scripts/start.sh` (what `npm start` runs; builds .next if stale) on a fresh SQLite file, port
//    BUILD_ISOLATION_PORT (3200); one page and every JavaScript chunk it loads must answer 200.
// 2. The test build exactly as `npm test` makes it: `bash scripts/e2e.sh --list` (build, then Playwright only
//    lists the specs), after removing .next-test/BUILD_ID so that it really builds. Meanwhile the page and a
//    chunk are requested every 500 ms.
// 3. Every answer during the build was 200; afterwards the pages and all their chunks still answer 200, and
//    .next/BUILD_ID is the one the server started with.
// CI runs it first, so its test build is the one every later suite reuses. Exit code 0 proved, 1 not.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { TEST_DIST_DIR } from "./test-build-dir";

const port = Number(process.env.BUILD_ISOLATION_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const database = ".tmp/build-isolation.db";
// Pages that load Next's chunks: the public ones are sent without them (lib/page-cache/script-free.ts).
const PAGES = ["/ar/sign-in", "/fr/sign-in"];

async function status(url: string): Promise<number | string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function chunksOf(path: string): Promise<string[]> {
  const html = await (await fetch(`${base}${path}`)).text();
  return [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1]!))];
}

async function waitUntilServing(server: { exitCode: number | null }, output: () => string): Promise<void> {
  const deadline = Date.now() + 600_000; // includes building .next on a busy machine
  while ((await status(`${base}/ar`)) !== 200) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not serve:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main() {
  fs.mkdirSync(".tmp", { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(database + suffix, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  delete env.NEXT_DIST_DIR; // npm start as a user runs it: .next
  let log = "";
  const server = spawn("bash", ["scripts/start.sh"], {
    detached: true, // its own process group: stopping it stops the node server it execs
    env: { ...env, PORT: String(port), DATABASE_URL: `file:./${database}`, SETUP_TOKEN_FILE: `.tmp/build-isolation-token`, PUBLIC_BASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => {
    if (server.exitCode === null) process.kill(-server.pid!, "SIGTERM");
  };
  process.once("exit", stop);
  const problems: string[] = [];
  try {
    await waitUntilServing(server, () => log);
    const buildId = fs.readFileSync(".next/BUILD_ID", "utf8");
    const chunks = (await Promise.all(PAGES.map(chunksOf))).flat();
    if (chunks.length === 0) throw new Error(`no /_next/static chunk found in ${PAGES.join(", ")}`);
    console.log(`npm start serves ${base} from .next (build ${buildId}); ${chunks.length} chunks in its pages`);

    fs.rmSync(`${TEST_DIST_DIR}/BUILD_ID`, { force: true });
    const started = Date.now();
    const build = spawn("bash", ["scripts/e2e.sh", "--list"], { env: { ...env, E2E_PORT: String(port + 1) }, stdio: ["ignore", "inherit", "inherit"] });
    const built = new Promise<number | null>((resolve) => build.once("exit", resolve));
    let probes = 0;
    for (let done = false; !done; ) {
      for (const url of [`${base}/ar`, `${base}${chunks[0]}`]) {
        const answer = await status(url);
        probes += 1;
        if (answer !== 200) problems.push(`during the test build, ${url}: ${answer}`);
      }
      done = await Promise.race([built.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))]);
    }
    const code = await built;
    if (code !== 0) problems.push(`the test build (scripts/e2e.sh --list) exited with ${code}`);
    if (!fs.existsSync(`${TEST_DIST_DIR}/BUILD_ID`)) problems.push(`the test build did not write ${TEST_DIST_DIR}/BUILD_ID`);
    console.log(`test build: ${((Date.now() - started) / 1000).toFixed(0)} s, ${probes} requests to the running server meanwhile`);

    for (const path of PAGES) {
      const answer = await status(`${base}${path}`);
      if (answer !== 200) problems.push(`after the test build, ${path}: ${answer}`);
    }
    for (const chunk of chunks) {
      const answer = await status(`${base}${chunk}`);
      if (answer !== 200) problems.push(`after the test build, ${chunk}: ${answer}`);
    }
    if (!fs.existsSync(".next/BUILD_ID") || fs.readFileSync(".next/BUILD_ID", "utf8") !== buildId) problems.push(".next/BUILD_ID changed: the test build wrote into .next");
  } finally {
    stop();
  }
  if (problems.length > 0) {
    console.error(`build isolation: FAILED\n${[...new Set(problems)].slice(0, 20).join("\n")}`);
    process.exit(1);
  }
  console.log("build isolation: the server of .next answered every page and chunk during and after the test build");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

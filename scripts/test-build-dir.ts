// The build directory of the tests, the reliability suite and the benchmarks: .next-test, never .next, which
// an `npm start` of the same folder may be serving (`next build` empties its directory before writing, so a
// test build there pulls the running server's page chunks from under it). next.config.ts reads
// NEXT_DIST_DIR; the builds and servers these scripts start inherit it from this process.
export const TEST_DIST_DIR = ".next-test";

/** Sets NEXT_DIST_DIR for this process and its children unless already chosen; returns it. */
export function useTestBuildDir(): string {
  process.env.NEXT_DIST_DIR ||= TEST_DIST_DIR;
  return process.env.NEXT_DIST_DIR;
}

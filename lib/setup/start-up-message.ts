/**
 * What `npm start` prints once the server listens (server.ts): where to open the app and how to get in. A
 * new person reads this first; the one-time setup token, when no administrator exists, is printed just
 * above it by scripts/first-run.ts.
 */
export type StartUpFacts = {
  /** The address the server listens on, on this machine. */
  localUrl: string;
  /** publicBaseUrl(): PUBLIC_BASE_URL, or the local server on PORT. */
  publicUrl: string;
  /**
   * Whether an active administrator exists (else the setup token above is the way in). server.ts reads it
   * from the setup token file, which scripts/first-run.ts writes only while none exists and deletes otherwise.
   */
  hasAdministrator: boolean;
};

export function startUpMessage({ localUrl, publicUrl, hasAdministrator }: StartUpFacts): string {
  const lines = [
    `Ready. Open ${publicUrl}/ar (Arabic) or ${publicUrl}/fr (French).`,
    ...(publicUrl === localUrl ? [] : [`This server listens on ${localUrl}; PUBLIC_BASE_URL says visitors reach it at ${publicUrl}.`]),
    hasAdministrator
      ? `Staff sign in at ${publicUrl}/ar/sign-in (or /fr/sign-in) with their account; an administrator adds accounts under Users (or: npm run user:create -- --email EMAIL --role STAFF --prefecture CODE).`
      : `No administrator yet: open ${publicUrl}/ar/setup and enter the one-time setup token printed above (npm run setup:token prints a new one).`,
  ];
  return lines.join("\n");
}

// The one-shot "saved" cookie: set by a form action just before it redirects to the saved record, read
// (and cleared) by components/forms/saved-notice.tsx on that record's page. A cookie rather than ?saved=1
// so that the record's address stays the one people copy and tests wait for.
export const SAVED_COOKIE = "indh-saved";

/** The path a saved notice belongs to, without the locale prefix, so both languages match. */
export function savedPathOf(pathname: string): string {
  return pathname.replace(/^\/(ar|fr)(?=\/|$)/, "") || "/";
}

// Calls server actions in a test as Next would: cookies carry the session, next-intl answers with message
// keys, revalidation and redirects are recorded instead of performed (the vi.mock calls live in each test
// file, where vitest hoists them). The database is the real one.
import { getDb } from "@/lib/db";
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

const jar = new Map<string, string>();

export const nextMocks = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: "127.0.0.9" }),
};

/** A translator that returns the key itself, so tests can assert which message was chosen. */
export function keyTranslator() {
  const t = (key: string) => key;
  t.has = () => true;
  return t;
}

/** Signs the test in as this user (a real session row), or out with null. */
export async function actAs(userId: number | null): Promise<void> {
  jar.clear();
  if (userId === null) return;
  const token = newSessionToken();
  await getDb().session.create({ data: { tokenHash: hashSessionToken(token), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  jar.set(SESSION_COOKIE, token);
}

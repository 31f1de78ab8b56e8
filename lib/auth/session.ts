import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isRole } from "@/lib/auth/roles";
import { clientAddressOf } from "@/lib/http/client-address";
import type { SessionUser } from "@/lib/auth/types";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/session-token";

// Sessions live in the database (nothing in one process's memory), so any app server can serve any request.
export async function startSession(userId: number): Promise<void> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await getDb().session.create({ data: { tokenHash: hashSessionToken(token), userId, expiresAt } });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    path: "/",
    expires: expiresAt,
  });
}

/** The hash of this request's session token (as stored in Session.tokenHash), or null without one. */
export async function sessionTokenHash(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? hashSessionToken(token) : null;
}

/** The signed-in user of this request, or null. Cached for the request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await getDb().session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isNational: true, prefectureId: true, isActive: true } },
    },
  });
  if (!session || session.expiresAt <= new Date() || !session.user.isActive || !isRole(session.user.role)) return null;
  const { isActive: _active, role, ...user } = session.user;
  return { ...user, role };
});

export async function endSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await getDb().session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
  store.delete(SESSION_COOKIE);
}

/** The client's address for sign-in throttling: as server.ts worked it out (lib/http/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

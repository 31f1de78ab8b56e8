import "server-only";
import { containsText, getDb } from "@/lib/db";
import { prefectureScope } from "@/lib/auth/scope";
import { isRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import type { ManagedUser, UserListRow, UserSort } from "@/lib/users/types";

export const USER_SORTS = ["email", "name", "role", "createdAt"] as const satisfies readonly UserSort[];
export const USER_FILTERS = ["role", "status"] as const;

function where(admin: SessionUser, params: ListParams<UserSort>) {
  const role = params.filters.role;
  const status = params.filters.status;
  return {
    ...prefectureScope(admin),
    ...(params.q ? { OR: [{ email: { contains: params.q.toLowerCase() } }, { name: containsText(params.q) }] } : {}),
    ...(role && isRole(role) ? { role } : {}),
    ...(status === "active" ? { isActive: true } : status === "inactive" ? { isActive: false } : {}),
  };
}

/** The accounts an admin manages: their prefecture's, or every one for a national admin. */
export async function listUsers(admin: SessionUser, params: ListParams<UserSort>): Promise<{ rows: UserListRow[]; total: number }> {
  const db = getDb();
  const filter = where(admin, params);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: filter,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, isNational: true, isActive: true, prefecture: { select: { nameAr: true, nameFr: true } } },
    }),
    db.user.count({ where: filter }),
  ]);
  return { rows: rows.map(({ prefecture, ...row }) => ({ ...row, prefectureNameAr: prefecture.nameAr, prefectureNameFr: prefecture.nameFr })), total };
}

/** One account for its edit page, or null when it does not exist or lies outside the admin's scope. */
export async function getManagedUser(admin: SessionUser, id: number): Promise<ManagedUser | null> {
  return getDb().user.findFirst({
    where: { id, ...prefectureScope(admin) },
    select: { id: true, email: true, name: true, role: true, isNational: true, isActive: true, version: true, prefectureId: true, passwordChangedAt: true },
  });
}

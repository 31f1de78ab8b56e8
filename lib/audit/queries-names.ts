import "server-only";
// The names of the records audit snapshots point to, in both languages, a few queries per page (one per
// type). Used when an entry is written (the names as they are then are stored with it) and when old
// entries, written before names were stored, are read (today's names, the best there is).
import type { Prisma } from "@/lib/generated/prisma/client";
import { refKey, type Ref, type RefType } from "@/lib/audit/fields";
import type { StoredName } from "@/lib/audit/present";

type Client = Pick<Prisma.TransactionClient, "cooperative" | "programme" | "axis" | "organisation" | "commune" | "place" | "sector" | "prefecture" | "region" | "phase" | "user">;
type Row = { id: number; nameAr: string; nameFr: string };

async function rowsOf(db: Client, type: RefType, ids: number[]): Promise<Row[]> {
  const where = { id: { in: ids } };
  const select = { id: true, nameAr: true, nameFr: true } as const;
  switch (type) {
    case "Cooperative": return db.cooperative.findMany({ where, select });
    case "Programme": return db.programme.findMany({ where, select });
    case "Axis": {
      const axes = await db.axis.findMany({ where, select: { ...select, code: true } });
      return axes.map((a) => ({ id: a.id, nameAr: `${a.code} ${a.nameAr}`, nameFr: `${a.code} ${a.nameFr}` }));
    }
    case "Organisation": return db.organisation.findMany({ where, select });
    case "Commune": return db.commune.findMany({ where, select });
    case "Place": return db.place.findMany({ where, select });
    case "Sector": return db.sector.findMany({ where, select });
    case "Prefecture": return db.prefecture.findMany({ where, select });
    case "Region": return db.region.findMany({ where, select });
    case "Phase": return db.phase.findMany({ where, select });
    case "User": {
      const users = await db.user.findMany({ where, select: { id: true, name: true } });
      return users.map((u) => ({ id: u.id, nameAr: u.name, nameFr: u.name }));
    }
  }
}

export async function loadNames(db: Client, refs: Ref[]): Promise<Map<string, StoredName>> {
  const byType = new Map<RefType, Set<number>>();
  for (const ref of refs) byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.id));
  const names = new Map<string, StoredName>();
  for (const [type, ids] of byType) {
    for (const row of await rowsOf(db, type, [...ids])) names.set(refKey({ type, id: row.id }), { ar: row.nameAr, fr: row.nameFr });
  }
  return names;
}

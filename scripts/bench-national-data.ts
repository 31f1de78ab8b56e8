// The whole country for scripts/bench-national.ts, on PostgreSQL only: the 12 regions and 75 prefectures and
// provinces of the seed, 1,500 communes, and (at NATIONAL_SCALE=1) 200,000 cooperatives, 1,000,000 grants with
// partners and tranches, calls, applications, reviews, conventions, baselines and visits. Each table is one
// INSERT ... SELECT over generate_series, its values drawn from hashint8 of the row number (deterministic: the
// same data on every run and every machine), so the database does the work instead of a million round trips.
// The dashboard facts are computed in the same statements (the same rules as lib/dashboards/grant-facts.ts),
// then the summaries are rebuilt from Grant by the function the seed uses (rebuildGrantSummaries).
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { rebuildGrantLatestVisits } from "@/lib/dashboards/latest-visit";
import { seedAll } from "@/prisma/seed/seed-all";

export const COMMUNES = 1_500;
export function nationalSizes(scale: number) {
  return {
    cooperatives: Math.round(200_000 * scale),
    grants: Math.round(1_000_000 * scale),
    /** Applications that did not lead to a grant (the approved ones are one per second grant since 2019). */
    otherApplications: Math.round(120_000 * scale),
  };
}

/** Timestamps the app would set to now(): fixed, so the data is the same on every run. */
const STAMP = "TIMESTAMP '2026-01-01 08:00:00'";

type Step = { name: string; sql: string };

function steps(sizes: ReturnType<typeof nationalSizes>, seededPrefectureId: number): Step[] {
  const { cooperatives, grants, otherApplications } = sizes;
  return [
    {
      name: "random function",
      // r(i, salt, n): a number in [0, n) drawn from row i; pg_temp, so it lives as long as this connection.
      sql: `CREATE FUNCTION pg_temp.r(i bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT ((hashint8(i * 1000 + salt) & 2147483647) % n)::int $$`,
    },
    {
      name: "communes",
      // 20 per prefecture or province (75 x 20 = 1,500), those of the seeded prefecture kept; two in three rural.
      sql: `INSERT INTO "Commune" ("prefectureId", "code", "nameAr", "nameFr", "legalStatus", "setting", "version")
            SELECT p."id", 'N' || LPAD(k::text, 2, '0'), 'جماعة ' || p."code" || '-' || k, 'Commune ' || p."code" || '-' || k,
              CASE WHEN k % 3 = 0 THEN 'URBAN_MUNICIPALITY' ELSE 'RURAL_COMMUNE' END, CASE WHEN k % 3 = 0 THEN 'URBAN' ELSE 'RURAL' END, 1
            FROM "Prefecture" p CROSS JOIN generate_series(1, 20) k
            WHERE k > (SELECT COUNT(*) FROM "Commune" c WHERE c."prefectureId" = p."id")`,
    },
    {
      name: "organisations",
      sql: `INSERT INTO "Organisation" ("prefectureId", "code", "kind", "nameAr", "nameFr", "version", "createdAt", "updatedAt")
            SELECT p."id", 'NAT-' || k, 'PUBLIC_AGENCY', 'شريك ' || k, 'Partenaire ' || k, 1, ${STAMP}, ${STAMP}
            FROM "Prefecture" p CROSS JOIN generate_series(1, 2) k`,
    },
    {
      name: "reference numbering",
      sql: `CREATE TEMP TABLE nc AS SELECT ROW_NUMBER() OVER (ORDER BY "id") - 1 AS n, "id", "prefectureId" FROM "Commune";
            CREATE UNIQUE INDEX ON nc (n);
            CREATE TEMP TABLE ns AS SELECT ROW_NUMBER() OVER (ORDER BY "id") - 1 AS n, "id" FROM "Sector";
            CREATE TEMP TABLE npa AS SELECT ph."number" AS phase, ROW_NUMBER() OVER (PARTITION BY ph."number" ORDER BY a."id") - 1 AS n,
                pr."id" AS "programmeId", a."id" AS "axisId"
              FROM "Axis" a JOIN "Programme" pr ON pr."id" = a."programmeId" JOIN "Phase" ph ON ph."id" = pr."phaseId" WHERE ph."number" IN (2, 3);
            CREATE TEMP TABLE norg AS SELECT "prefectureId", CAST(SUBSTRING("code" FROM 5) AS int) AS k, "id" FROM "Organisation" WHERE "code" LIKE 'NAT-%';
            CREATE UNIQUE INDEX ON norg ("prefectureId", k);
            ANALYZE nc; ANALYZE ns; ANALYZE npa; ANALYZE norg`,
    },
    {
      name: "cooperatives",
      // A fifth of them in the seeded prefecture (a large one), the others spread over every commune.
      sql: `INSERT INTO "Cooperative" ("id", "prefectureId", "registerNumber", "nameAr", "nameFr", "sectorId", "communeId", "members",
              "womenMembers", "youngMembers", "searchText", "isDemo", "isPublic", "version", "createdAt", "updatedAt", "isWomenLed", "isYouth")
            SELECT i, c."prefectureId", 'N-' || i, 'تعاونية ' || i, 'Coopérative ' || i, s."id", c."id", m, w, y, 'cooperative ' || i,
              false, i % 500 = 0, 1, ${STAMP}, ${STAMP}, w * 2 > m, y * 2 > m
            FROM (SELECT i, 7 + pg_temp.r(i, 1, 54) AS m FROM generate_series(1, ${cooperatives}) i) base
            CROSS JOIN LATERAL (SELECT pg_temp.r(i, 2, m + 1) AS w, pg_temp.r(i, 3, m + 1) AS y) counts
            JOIN nc c ON c.n = CASE WHEN pg_temp.r(i, 4, 5) = 0
              THEN (SELECT MIN(n) FROM nc WHERE "prefectureId" = ${seededPrefectureId}) + pg_temp.r(i, 5, (SELECT COUNT(*)::int FROM nc WHERE "prefectureId" = ${seededPrefectureId}))
              ELSE pg_temp.r(i, 6, ${COMMUNES}) END
            JOIN ns s ON s.n = pg_temp.r(i, 7, (SELECT COUNT(*)::int FROM ns));
            SELECT setval(pg_get_serial_sequence('"Cooperative"', 'id'), ${cooperatives})`,
    },
    {
      name: "grant plan",
      // Every value of a grant, its partners and tranches, once; the three tables are then written from it.
      sql: `CREATE TEMP TABLE ng AS
            SELECT i AS id, coop, year, approved, indh, ben, pc, p1, p2,
              CASE WHEN pg_temp.r(i, 14, 100) < 3 THEN 'CANCELLED' WHEN year < 2022 THEN 'COMPLETED'
                ELSE (ARRAY['APPROVED', 'IN_PROGRESS', 'COMPLETED'])[1 + pg_temp.r(i, 15, 3)] END AS status,
              year < 2024 OR pg_temp.r(i, 16, 2) = 0 AS paid1, year < 2023 AS paid2
            FROM (
              SELECT i, 1 + pg_temp.r(i, 10, ${cooperatives}) AS coop, year,
                make_date(year, 1 + pg_temp.r(i, 11, 12), 1 + pg_temp.r(i, 12, 28))::timestamp AS approved,
                (50000 + pg_temp.r(i, 13, 250001))::bigint * 100 AS indh, (5000 + pg_temp.r(i, 17, 45001))::bigint * 100 AS ben,
                pg_temp.r(i, 18, 3) AS pc, (1000 + pg_temp.r(i, 19, 39001))::bigint * 100 AS p1, (1000 + pg_temp.r(i, 20, 39001))::bigint * 100 AS p2
              FROM (SELECT i, 2008 + pg_temp.r(i, 9, 18) AS year FROM generate_series(1, ${grants}) i) y
            ) x;
            ANALYZE ng`,
    },
    {
      name: "grants",
      sql: `INSERT INTO "Grant" ("id", "prefectureId", "cooperativeId", "programmeId", "axisId", "titleAr", "titleFr", "approvedOn",
              "totalCostCentimes", "indhContributionCentimes", "beneficiaryContributionCentimes", "status", "searchText", "isDemo", "isPublic",
              "version", "createdAt", "updatedAt", "communeId", "sectorId", "approvalYear", "partnersContributionCentimes",
              "tranchesPlannedCentimes", "tranchesPaidCentimes")
            SELECT g.id, c."prefectureId", c."id", pa."programmeId", pa."axisId", 'مشروع ' || g.id, 'Projet ' || g.id, g.approved,
              g.indh + g.ben + partners, g.indh, g.ben, g.status, 'projet ' || g.id, false, g.id % 1000 = 0,
              1, ${STAMP}, ${STAMP}, c."communeId", c."sectorId", g.year, partners,
              g.indh, CASE WHEN g.paid1 THEN g.indh / 2 ELSE 0 END + CASE WHEN g.paid2 THEN g.indh - g.indh / 2 ELSE 0 END
            FROM ng g
            CROSS JOIN LATERAL (SELECT CASE WHEN g.pc >= 1 THEN g.p1 ELSE 0 END + CASE WHEN g.pc = 2 THEN g.p2 ELSE 0 END AS partners) p
            JOIN "Cooperative" c ON c."id" = g.coop
            JOIN npa pa ON pa.phase = CASE WHEN g.year >= 2019 THEN 3 ELSE 2 END
              AND pa.n = pg_temp.r(g.id, 21, CASE WHEN g.year >= 2019 THEN (SELECT COUNT(*)::int FROM npa WHERE phase = 3) ELSE (SELECT COUNT(*)::int FROM npa WHERE phase = 2) END);
            SELECT setval(pg_get_serial_sequence('"Grant"', 'id'), ${grants})`,
    },
    {
      name: "partner contributions",
      sql: `INSERT INTO "GrantPartnerContribution" ("grantId", "organisationId", "amountCentimes")
            SELECT g.id, o."id", CASE WHEN s.pos = 1 THEN g.p1 ELSE g.p2 END
            FROM ng g JOIN generate_series(1, 2) AS s(pos) ON s.pos <= g.pc
            JOIN "Cooperative" c ON c."id" = g.coop JOIN norg o ON o."prefectureId" = c."prefectureId" AND o.k = s.pos`,
    },
    {
      name: "tranches",
      sql: `INSERT INTO "GrantTranche" ("grantId", "position", "plannedOn", "amountCentimes", "paidOn")
            SELECT id, 1, approved, indh / 2, CASE WHEN paid1 THEN approved END FROM ng
            UNION ALL
            SELECT id, 2, make_date(year + 1, 1, 15)::timestamp, indh - indh / 2, CASE WHEN paid2 THEN make_date(year + 1, 1, 15)::timestamp END FROM ng`,
    },
    {
      name: "users",
      // A national manager, one manager per prefecture, and the staff member who recorded the visits and reviews.
      // No password can match "!" (lib/auth stores argon2 hashes): they exist for the benchmark's sessions only.
      sql: `INSERT INTO "User" ("email", "name", "passwordHash", "role", "isNational", "prefectureId", "version", "createdAt", "updatedAt", "passwordChangedAt")
            VALUES ('national@bench.invalid', 'National manager', '!', 'MANAGER', true, ${seededPrefectureId}, 1, ${STAMP}, ${STAMP}, ${STAMP}),
                   ('staff@bench.invalid', 'Staff', '!', 'STAFF', true, ${seededPrefectureId}, 1, ${STAMP}, ${STAMP}, ${STAMP});
            INSERT INTO "User" ("email", "name", "passwordHash", "role", "isNational", "prefectureId", "version", "createdAt", "updatedAt", "passwordChangedAt")
            SELECT 'manager-' || p."code" || '@bench.invalid', 'Manager ' || p."code", '!', 'MANAGER', false, p."id", 1, ${STAMP}, ${STAMP}, ${STAMP} FROM "Prefecture" p`,
    },
    {
      name: "calls for projects",
      // One call a year per prefecture since 2019, for programme 3 of phase 3 (where cooperatives apply).
      sql: `INSERT INTO "CallForProjects" ("prefectureId", "programmeId", "slug", "reference", "titleAr", "titleFr", "textAr", "textFr",
              "opensAt", "closesAt", "envelopeCentimes", "status", "publishedAt", "resultsPublic", "isDemo", "version", "createdAt", "updatedAt")
            SELECT p."id", (SELECT pr."id" FROM "Programme" pr JOIN "Phase" ph ON ph."id" = pr."phaseId" WHERE ph."number" = 3 AND pr."number" = 3),
              'nat-' || lower(p."code") || '-' || y, 'AAP-' || y, 'طلب مشاريع ' || y, 'Appel à projets ' || y, 'نص', 'Texte',
              make_date(y, 1, 10)::timestamp, make_date(y, 3, 31)::timestamp, 2000000000, 'PUBLISHED', make_date(y, 1, 5)::timestamp, false, false, 1, ${STAMP}, ${STAMP}
            FROM "Prefecture" p CROSS JOIN generate_series(2019, 2025) y;
            CREATE TEMP TABLE ncall AS SELECT "id", "prefectureId", CAST(SUBSTRING("reference" FROM 5) AS int) AS year FROM "CallForProjects" WHERE "slug" LIKE 'nat-%';
            CREATE UNIQUE INDEX ON ncall ("prefectureId", year)`,
    },
    {
      name: "applications",
      // Every second grant since 2019 came through a call (approved, linked; one a year per cooperative, as the
      // call allows); the others were not funded.
      sql: `INSERT INTO "Application" ("prefectureId", "callId", "axisId", "cooperativeId", "receiptCode", "accessTokenHash", "channel", "language",
              "applicantRegisterNumber", "applicantNameAr", "applicantNameFr", "applicantCommuneId", "applicantSectorId", "members", "womenMembers",
              "youngMembers", "contactName", "contactPhone", "projectTitle", "projectDescription", "totalCostCentimes", "requestedIndhCentimes",
              "beneficiaryContributionCentimes", "partnersContributionCentimes", "consentGivenAt", "submittedAt", "status", "decidedAt", "grantId",
              "searchText", "isDemo", "version", "createdAt", "updatedAt")
            SELECT DISTINCT ON (g."cooperativeId", g."approvalYear") g."prefectureId", k."id", g."axisId", c."id", 'NG-' || g."id", 'ng-' || g."id", 'ONLINE', 'ar',
              c."registerNumber", c."nameAr", c."nameFr", c."communeId", c."sectorId", c."members", c."womenMembers", c."youngMembers",
              'Contact', '0600000000', g."titleFr", 'Projet', g."totalCostCentimes", g."indhContributionCentimes", g."beneficiaryContributionCentimes",
              g."partnersContributionCentimes", make_date(g."approvalYear", 1, 20)::timestamp, make_date(g."approvalYear", 1, 20)::timestamp, 'APPROVED',
              g."approvedOn", g."id", 'projet ' || g."id", false, 1, ${STAMP}, ${STAMP}
            FROM "Grant" g JOIN "Cooperative" c ON c."id" = g."cooperativeId" JOIN ncall k ON k."prefectureId" = g."prefectureId" AND k.year = g."approvalYear"
            WHERE g."approvalYear" >= 2019 AND g."id" % 2 = 0
            ORDER BY g."cooperativeId", g."approvalYear", g."id";
            INSERT INTO "Application" ("prefectureId", "callId", "axisId", "cooperativeId", "receiptCode", "accessTokenHash", "channel", "language",
              "applicantRegisterNumber", "applicantNameAr", "applicantNameFr", "applicantCommuneId", "applicantSectorId", "members", "womenMembers",
              "youngMembers", "contactName", "contactPhone", "projectTitle", "projectDescription", "totalCostCentimes", "requestedIndhCentimes",
              "beneficiaryContributionCentimes", "partnersContributionCentimes", "consentGivenAt", "submittedAt", "status", "decidedAt",
              "searchText", "isDemo", "version", "createdAt", "updatedAt")
            SELECT c."prefectureId", k."id", (SELECT MIN("axisId") FROM npa WHERE phase = 3), c."id", 'NA-' || i, 'na-' || i, 'PAPER', 'fr',
              'X-' || i, c."nameAr", c."nameFr", c."communeId", c."sectorId", c."members", c."womenMembers", c."youngMembers",
              'Contact', '0600000000', 'Projet ' || i, 'Projet', 30000000, 20000000, 5000000, 5000000,
              make_date(y, 2, 1)::timestamp, make_date(y, 2, 1)::timestamp, st,
              CASE WHEN st IN ('REJECTED', 'DEFERRED') THEN make_date(y, 6, 1)::timestamp END, 'projet ' || i, false, 1, ${STAMP}, ${STAMP}
            FROM (SELECT i, 2019 + pg_temp.r(i, 30, 7) AS y, 1 + pg_temp.r(i, 31, ${cooperatives}) AS coop,
                    (ARRAY['RECEIVED', 'ELIGIBLE', 'INELIGIBLE', 'REJECTED', 'DEFERRED'])[1 + pg_temp.r(i, 32, 5)] AS st
                  FROM generate_series(1, ${otherApplications}) i) a
            JOIN "Cooperative" c ON c."id" = a.coop JOIN ncall k ON k."prefectureId" = c."prefectureId" AND k.year = a.y;
            -- A deployment erases the contact details of applications not retained five years ago every day
            -- (lib/applications/retention.ts): those are already erased, as they would be, not a backlog that the
            -- benchmarked server would work through while it is measured.
            UPDATE "Application" SET "contactName" = '—', "contactPhone" = '—', "contactEmail" = NULL,
              "personalDataErasedAt" = "decidedAt" + INTERVAL '5 years'
            WHERE "status" IN ('REJECTED', 'DEFERRED') AND "decidedAt" <= CURRENT_DATE - INTERVAL '5 years'`,
    },
    {
      name: "reviews",
      sql: `INSERT INTO "Review" ("applicationId", "reviewerId", "comment", "totalScore", "submittedAt", "version", "createdAt", "updatedAt")
            SELECT a."id", (SELECT "id" FROM "User" WHERE "email" = 'staff@bench.invalid'), '', 50 + pg_temp.r(a."id", 33, 50),
              a."submittedAt" + INTERVAL '30 days', 1, ${STAMP}, ${STAMP}
            FROM "Application" a WHERE a."status" IN ('APPROVED', 'REJECTED', 'DEFERRED', 'ELIGIBLE')`,
    },
    {
      name: "conventions",
      sql: `INSERT INTO "Convention" ("prefectureId", "grantId", "reference", "obligationsAr", "obligationsFr", "resultsAr", "resultsFr", "signedOn",
              "version", "createdAt", "updatedAt")
            SELECT g."prefectureId", g."id", 'CV-' || g."id", 'التزامات', 'Obligations', 'نتائج', 'Résultats',
              CASE WHEN pg_temp.r(g."id", 34, 10) > 0 THEN g."approvedOn" + INTERVAL '20 days' END, 1, ${STAMP}, ${STAMP}
            FROM "Grant" g JOIN "Application" a ON a."grantId" = g."id"`,
    },
    {
      name: "baselines",
      // Follow-up is recorded for the grants of phase 3 (since 2019): three in four have a baseline.
      sql: `INSERT INTO "GrantBaseline" ("grantId", "jobs", "jobsWomen", "jobsYoung", "members", "annualRevenueCentimes", "productionQuantity",
              "productionUnitAr", "productionUnitFr", "version", "updatedAt")
            SELECT g."id", j, pg_temp.r(g."id", 41, j + 1), pg_temp.r(g."id", 42, j + 1), 7 + pg_temp.r(g."id", 43, 40),
              (10000 + pg_temp.r(g."id", 44, 500000))::bigint * 100, 100 + pg_temp.r(g."id", 45, 2000), 'كلغ', 'kg', 1, ${STAMP}
            FROM "Grant" g CROSS JOIN LATERAL (SELECT 1 + pg_temp.r(g."id", 40, 10) AS j) x
            WHERE g."approvalYear" >= 2019 AND pg_temp.r(g."id", 46, 4) > 0`,
    },
    {
      name: "visits",
      // 0 to 4 visits per phase-3 grant, every four months after approval, none after 2026-11-30; an indicator
      // is sometimes not measured (null), as on a real visit.
      sql: `INSERT INTO "Visit" ("prefectureId", "grantId", "visitedOn", "visitors", "findings", "projectState", "jobs", "jobsWomen", "jobsYoung",
              "members", "annualRevenueCentimes", "productionQuantity", "recordedById", "isDemo", "version", "createdAt", "updatedAt")
            SELECT g."prefectureId", g."id", v.on, 'DAS', 'Constats', (ARRAY['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'STALLED', 'COMPLETED', 'CLOSED'])[1 + pg_temp.r(g."id" * 8 + k, 50, 6)],
              CASE WHEN pg_temp.r(g."id" * 8 + k, 51, 5) > 0 THEN 1 + pg_temp.r(g."id" * 8 + k, 52, 15) END,
              CASE WHEN pg_temp.r(g."id" * 8 + k, 53, 4) > 0 THEN pg_temp.r(g."id" * 8 + k, 54, 8) END,
              CASE WHEN pg_temp.r(g."id" * 8 + k, 55, 4) > 0 THEN pg_temp.r(g."id" * 8 + k, 56, 8) END,
              7 + pg_temp.r(g."id" * 8 + k, 57, 40), (10000 + pg_temp.r(g."id" * 8 + k, 58, 500000))::bigint * 100, 100 + pg_temp.r(g."id" * 8 + k, 59, 2000),
              (SELECT "id" FROM "User" WHERE "email" = 'staff@bench.invalid'), false, 1, ${STAMP}, ${STAMP}
            FROM "Grant" g CROSS JOIN LATERAL generate_series(1, pg_temp.r(g."id", 47, 5)) k
            CROSS JOIN LATERAL (SELECT g."approvedOn" + (k * 120 + pg_temp.r(g."id" * 8 + k, 48, 30)) * INTERVAL '1 day' AS on) v
            WHERE g."approvalYear" >= 2019 AND v.on < TIMESTAMP '2026-11-30'`,
    },
  ];
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Fills an empty, migrated database; returns the seeded prefecture and how long each step took. */
export async function generateNationalData(db: PrismaClient, url: string, scale: number) {
  const sizes = nationalSizes(scale);
  let start = process.hrtime.bigint();
  const { prefectureId } = await seedAll(db, { demo: false });
  const timings: { name: string; ms: number }[] = [{ name: "reference data and the seed article (seedAll)", ms: ms(start) }];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Bulk load: no synchronous commit wait per statement (the data can be regenerated), no JIT.
    await client.query("SET synchronous_commit = off; SET jit = off");
    for (const step of steps(sizes, prefectureId)) {
      start = process.hrtime.bigint();
      await client.query(step.sql);
      timings.push({ name: step.name, ms: ms(start) });
      console.log(`  ${step.name}: ${(ms(start) / 1000).toFixed(1)} s`);
    }
  } finally {
    await client.end();
  }
  start = process.hrtime.bigint();
  await db.$transaction(async (tx) => {
    await rebuildGrantSummaries(tx);
    await rebuildGrantLatestVisits(tx);
  }, { timeout: 3_600_000 });
  timings.push({ name: "summaries rebuilt from Grant and Visit", ms: ms(start) });
  console.log(`  summaries: ${(ms(start) / 1000).toFixed(1)} s`);
  return { prefectureId, sizes, timings };
}

import { describe, expect, it } from "vitest";
import { changesFigures } from "./watch-writes";

describe("which statements change what figures are computed from", () => {
  it.each([
    ['INSERT INTO "main"."Grant" ("reference") VALUES (?) RETURNING "id"', true],
    ['UPDATE "public"."Visit" SET "projectState" = $1 WHERE "id" = $2', true],
    ['DELETE FROM "Application" WHERE "id" = ?', true],
    ['INSERT INTO "GrantSummary" (...) VALUES (...) ON CONFLICT DO UPDATE SET "grantCount" = "GrantSummary"."grantCount" + 1', true],
    ["WITH moved AS (SELECT 1) UPDATE \"Grant\" SET \"status\" = 'CLOSED'", true],
    ["insert or replace into Commune (id) values (1)", true],
    ['INSERT INTO "main"."Session" ("tokenHash") VALUES (?)', false],
    ["INSERT INTO `main`.`SignInFailure` (`key`, `createdAt`) VALUES (?,?) RETURNING `id` AS `id`", false],
    ["UPDATE `main`.`Grant` SET `status` = ? WHERE `id` = ?", true],
    ['UPDATE "public"."Session" SET "lastSeenAt" = $1', false],
    ['INSERT INTO "SignInFailure" ("key") VALUES (?)', false],
    ['DELETE FROM "public"."ApiRateWindow" WHERE "startedAt" < $1', false],
    ['SELECT "id" FROM "Grant" WHERE "reference" = ?', false],
    ["WITH latest AS (SELECT 1) SELECT * FROM latest", false],
    ["PRAGMA data_version", false],
    ["BEGIN", false],
    ["COMMIT", false],
  ])("%s → %s", (sql, expected) => {
    expect(changesFigures(sql)).toBe(expected);
  });
});

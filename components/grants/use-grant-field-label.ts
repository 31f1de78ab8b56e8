"use client";

import { useTranslations } from "next-intl";

/** Names a submitted field ("tranches.1.amount") as the form labels it, for the conflict table. */
export function useGrantFieldLabel(): (field: string) => string {
  const t = useTranslations("Grants.form");
  return (field) => {
    const row = /^(partnerContributions|tranches)\.(\d+)\.(\w+)$/.exec(field);
    if (row) {
      const n = Number(row[2]) + 1;
      const key = { organisationId: "partnerOrganisation", amount: row[1] === "tranches" ? "trancheAmount" : "partnerAmount", plannedOn: "tranchePlannedOn", paidOn: "tranchePaidOn" }[row[3] ?? ""];
      return key ? t(key as "trancheAmount", { n }) : field;
    }
    const key = ({ cooperativeId: "cooperative", programmeId: "programme", axisId: "axis" } as Record<string, string>)[field] ?? field;
    return t.has(key as "status") ? t(key as "status") : field;
  };
}

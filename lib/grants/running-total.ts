// The grant form's running total, computed in the browser as the user types (and on the server for the
// first render): the same parser as the server action, so what it shows is what a save would check.
import { parseDirhamsToCentimes } from "@/lib/format/parse-money";
import { contributionGap } from "@/lib/grants/rules";

export type RunningTotal = {
  /** INDH + beneficiary + partners, counting only the amounts that parse. */
  contributionsCentimes: bigint;
  totalCostCentimes: bigint | null;
  /** Total cost minus contributions (see contributionGap); null until the total cost can be read. */
  gapCentimes: bigint | null;
  /** Names of the amount fields whose text is not an amount, left out of the sum. */
  unreadable: string[];
};

const PARTNER_AMOUNT = /^partnerContributions\.\d+\.amount$/;

/** `values`: the form's fields by name, as FormData gives them. Empty fields count as zero. */
export function runningTotal(values: Record<string, string>): RunningTotal {
  const unreadable: string[] = [];
  const read = (name: string): bigint => {
    const text = (values[name] ?? "").trim();
    if (text === "") return 0n;
    const centimes = parseDirhamsToCentimes(text);
    if (centimes === null) unreadable.push(name);
    return centimes ?? 0n;
  };
  const partners = Object.keys(values).filter((name) => PARTNER_AMOUNT.test(name)).map((name) => ({ amountCentimes: read(name) }));
  const amounts = { totalCostCentimes: read("totalCost"), indhContributionCentimes: read("indhContribution"), beneficiaryContributionCentimes: read("beneficiaryContribution"), partnerContributions: partners };
  const totalKnown = (values.totalCost ?? "").trim() !== "" && !unreadable.includes("totalCost");
  const gap = contributionGap(amounts);
  return {
    contributionsCentimes: amounts.totalCostCentimes - gap,
    totalCostCentimes: totalKnown ? amounts.totalCostCentimes : null,
    gapCentimes: totalKnown ? gap : null,
    unreadable,
  };
}

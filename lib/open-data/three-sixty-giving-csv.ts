// The 360Giving package flattened to one CSV row per grant, with the column titles of 360Giving's
// spreadsheet template ("Recipient Org:Identifier"...), so its converter (flatten-tool) reads it back.
// The first item of each list uses the template's rolled-up columns; further funders (the co-funders after
// INDH) get numbered columns ("Funding Org:1:Identifier"), flatten-tool's notation for list items, as
// many as the grant with the most co-funders needs. Written with the app's CSV writer (BOM for Excel,
// RFC 4180 quoting, formula neutralisation of text cells).
import { CSV_BOM, csvCell } from "@/lib/exports/csv";
import type { ThreeSixtyGivingGrant } from "@/lib/open-data/types";

const EOL = "\r\n";

export const CSV_COLUMNS = [
  "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Last Modified",
  "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:City", "Recipient Org:Country",
  "Funding Org:Identifier", "Funding Org:Name", "Funding Org:Department",
  "Beneficiary Location:Name", "Beneficiary Location:Country Code",
  "Grant Programme:Code", "Grant Programme:Title",
  "Classifications:0:Vocabulary", "Classifications:0:Code", "Classifications:0:Title",
] as const;

const text = (value: string | undefined) => csvCell({ kind: "text", value: value ?? "" });

function row(g: ThreeSixtyGivingGrant, coFunderColumns: number): string[] {
  const [recipient] = g.recipientOrganization;
  const [funder, ...coFunders] = g.fundingOrganization;
  const [location] = g.beneficiaryLocation;
  const [programme] = g.grantProgramme;
  const [axis] = g.classifications ?? [];
  const cells = [
    text(g.id), text(g.title), text(g.description), text(g.currency),
    // The amount is already exact (see centimesToAmount); two decimals as the app's other CSV files.
    g.amountAwarded.toFixed(2), text(g.awardDate), text(g.dateModified),
    text(recipient?.id), text(recipient?.name), text(recipient?.addressLocality), text(recipient?.addressCountry),
    text(funder?.id), text(funder?.name), text(funder?.department),
    text(location?.name), text(location?.countryCode),
    text(programme?.code), text(programme?.title),
    text(axis?.vocabulary), text(axis?.code), text(axis?.title),
  ];
  for (let i = 0; i < coFunderColumns; i++) cells.push(text(coFunders[i]?.id), text(coFunders[i]?.name));
  return cells;
}

export function csvHeader(coFunderColumns: number): string[] {
  const extra = Array.from({ length: coFunderColumns }, (_, i) => [`Funding Org:${i + 1}:Identifier`, `Funding Org:${i + 1}:Name`]).flat();
  return [...CSV_COLUMNS, ...extra];
}

export function toThreeSixtyGivingCsv(grants: ThreeSixtyGivingGrant[]): string {
  const coFunderColumns = Math.max(0, ...grants.map((g) => g.fundingOrganization.length - 1));
  const lines = [csvHeader(coFunderColumns).map(text), ...grants.map((g) => row(g, coFunderColumns))];
  return CSV_BOM + lines.map((cells) => cells.join(",") + EOL).join("");
}

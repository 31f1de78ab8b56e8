// Public grants as a 360Giving Data Standard 1.4 package (pure: no database, no clock, no environment).
//
// Identifiers follow 360Giving's guidance: each starts with the publisher's 360Giving prefix, then an
// identifier from our own records. "360G-INDH" stands for the prefix 360Giving issues when the publisher
// registers; change PUBLISHER_PREFIX then, every id follows. Organisations use the same prefixed form
// because none of them has an identifier from a register listed on org-id.guide that we hold (the
// cooperative register number is not such a list yet), which is the case the guidance covers with
// publisher-prefixed internal identifiers:
//   grant        360G-INDH-<prefecture code>-<grant id>
//   INDH         360G-INDH-ORG-INDH                               (the funder, first funding organisation)
//   co-funder    360G-INDH-ORG-<prefecture code>-<organisation code>   (codes are unique per prefecture)
//   cooperative  360G-INDH-COOP-<prefecture code>-<register number>   (unique per prefecture)
import { centimesToDecimalString } from "@/lib/format/money";
import { calendarDate } from "@/lib/grants/snapshot";
import type { OpenDataGrant, ThreeSixtyGivingGrant, ThreeSixtyGivingOrganization, ThreeSixtyGivingPackage } from "@/lib/open-data/types";

export const PUBLISHER_PREFIX = "360G-INDH";
export const INDH_ORGANIZATION: ThreeSixtyGivingOrganization = {
  id: `${PUBLISHER_PREFIX}-ORG-INDH`,
  name: "Initiative nationale pour le développement humain (INDH)",
  alternateName: "المبادرة الوطنية للتنمية البشرية",
};
/** The package schema's major.minor version these files follow. */
export const STANDARD_VERSION = "1.4";
/** The data licence: 360Giving asks for an open licence; CC BY 4.0 until the publisher decides otherwise. */
export const DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

export const grantIdentifier = (g: Pick<OpenDataGrant, "id" | "prefecture">) => `${PUBLISHER_PREFIX}-${g.prefecture.code}-${g.id}`;
export const cooperativeIdentifier = (prefectureCode: string, registerNumber: string) => `${PUBLISHER_PREFIX}-COOP-${prefectureCode}-${registerNumber}`;
export const partnerIdentifier = (prefectureCode: string, organisationCode: string) => `${PUBLISHER_PREFIX}-ORG-${prefectureCode}-${organisationCode}`;

// JSON numbers are doubles. Any decimal of at most 15 significant digits survives the trip through a
// double: JSON.stringify prints the same digits back. Centimes below 10^15 (10 trillion dirhams) stay
// within that; above it we refuse rather than publish a rounded amount.
const MAX_EXACT_CENTIMES = 10n ** 15n;

/** Exact centimes -> dirhams as a JSON number: bigint -> exact decimal string -> Number only at the end. */
export function centimesToAmount(centimes: bigint): number {
  if ((centimes < 0n ? -centimes : centimes) >= MAX_EXACT_CENTIMES) {
    throw new RangeError(`${centimes} centimes cannot be written as a JSON number without rounding.`);
  }
  return Number(centimesToDecimalString(centimes));
}

/**
 * One grant. The French title is the title (360Giving's tools and most readers expect a Latin-script
 * title); the Arabic title, the record's first language, is the description, since the app keeps no
 * other description; Arabic names go in alternateName. Amount awarded = the INDH contribution; partners
 * are co-funders after INDH (their amounts are not part of amountAwarded).
 */
export function toThreeSixtyGivingGrant(g: OpenDataGrant): ThreeSixtyGivingGrant {
  const { cooperative: coop, programme } = g;
  return {
    id: grantIdentifier(g),
    title: g.titleFr,
    description: g.titleAr,
    currency: "MAD",
    amountAwarded: centimesToAmount(g.indhContributionCentimes),
    awardDate: calendarDate(g.approvedOn),
    dateModified: g.updatedAt.toISOString(),
    recipientOrganization: [{
      id: cooperativeIdentifier(g.prefecture.code, coop.registerNumber),
      name: coop.nameFr,
      alternateName: coop.nameAr,
      addressLocality: coop.commune.nameFr,
      addressCountry: "MA",
    }],
    fundingOrganization: [
      { ...INDH_ORGANIZATION, department: g.prefecture.nameFr },
      ...g.partners.map((p) => ({
        id: partnerIdentifier(g.prefecture.code, p.code),
        name: p.acronym ? `${p.nameFr} (${p.acronym})` : p.nameFr,
        alternateName: p.nameAr,
      })),
    ],
    beneficiaryLocation: [{ name: coop.commune.nameFr, countryCode: "MA" }],
    grantProgramme: [{ code: `INDH-${programme.phase.number}.${programme.number}`, title: `${programme.nameFr} (${programme.phase.nameFr})` }],
    ...(g.axis ? { classifications: [{ vocabulary: "INDH-AXIS", code: g.axis.code, title: g.axis.nameFr }] } : {}),
  };
}

export type PackageContext = { baseUrl: string; issuedAt: Date };

export const OPEN_DATA_PATH = "/api/v1/open-data/360giving";

/** The package around the grants, with the metadata 360Giving's registry reads (licence, publisher, URLs). */
export function toThreeSixtyGivingPackage(grants: OpenDataGrant[], { baseUrl, issuedAt }: PackageContext): ThreeSixtyGivingPackage {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    version: STANDARD_VERSION,
    title: "INDH — subventions aux coopératives (données ouvertes 360Giving)",
    issued: issuedAt.toISOString(),
    license: DATA_LICENSE,
    publisher: { identifier: INDH_ORGANIZATION.id, name: INDH_ORGANIZATION.name, website: base },
    downloadURL: `${base}${OPEN_DATA_PATH}/grants.json`,
    accessURL: `${base}/fr/results`,
    grants: grants.map(toThreeSixtyGivingGrant),
  };
}

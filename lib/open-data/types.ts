// What the open-data export reads (one public grant, plain values) and what it writes (360Giving 1.4 JSON).

/** A public grant with everything the 360Giving mapping needs; names in both languages. */
export type OpenDataGrant = {
  id: number;
  titleAr: string;
  titleFr: string;
  /** UTC midnight of the approval (award) date. */
  approvedOn: Date;
  updatedAt: Date;
  indhContributionCentimes: bigint;
  prefecture: { code: string; nameAr: string; nameFr: string };
  programme: { number: number; nameAr: string; nameFr: string; phase: { number: number; nameFr: string } };
  axis: { code: string; nameAr: string; nameFr: string } | null;
  cooperative: {
    registerNumber: string;
    nameAr: string;
    nameFr: string;
    commune: { code: string; nameAr: string; nameFr: string };
  };
  /** Co-funders, in the order they were entered. */
  partners: { code: string; acronym: string | null; nameAr: string; nameFr: string }[];
};

export type ThreeSixtyGivingOrganization = {
  id: string;
  name: string;
  alternateName?: string;
  department?: string;
  addressLocality?: string;
  addressCountry?: string;
};

export type ThreeSixtyGivingGrant = {
  id: string;
  title: string;
  description: string;
  currency: "MAD";
  amountAwarded: number;
  awardDate: string;
  dateModified: string;
  recipientOrganization: ThreeSixtyGivingOrganization[];
  fundingOrganization: ThreeSixtyGivingOrganization[];
  beneficiaryLocation: { name: string; countryCode: "MA" }[];
  grantProgramme: { code: string; title: string }[];
  /** The INDH axis, when the grant has one. */
  classifications?: { vocabulary: string; code: string; title: string }[];
};

export type ThreeSixtyGivingPackage = {
  version: string;
  title: string;
  issued: string;
  license: string;
  publisher: { identifier: string; name: string; website: string };
  downloadURL: string;
  accessURL: string;
  grants: ThreeSixtyGivingGrant[];
};

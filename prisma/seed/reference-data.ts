// Reference data of the first prefecture and of the INDH's structure. Codes are stable natural keys:
// the seed finds records by them, so seeding twice changes nothing.

/** The prefecture whose communes, organisations and demonstration data the seed loads (the others are in territory-data.ts). */
export const PREFECTURE_CODE = "TANGER-ASSILAH";

type CommuneSeed = {
  code: string;
  nameAr: string;
  nameFr: string;
  legalStatus: "URBAN_MUNICIPALITY" | "RURAL_COMMUNE";
  setting: "URBAN" | "RURAL";
  /** Other spellings in use, found by search and by import matching. */
  alternativeNames?: string[];
};

// Legal status and statistical setting are kept apart because they can differ: Gueznaia is legally a
// rural commune, yet the prefecture counts it in the urban zone (it is part of greater Tangier).
export const COMMUNES: CommuneSeed[] = [
  { code: "TANGER", nameAr: "طنجة", nameFr: "Tanger", legalStatus: "URBAN_MUNICIPALITY", setting: "URBAN", alternativeNames: ["Tangier", "Tanja", "Tánger"] },
  { code: "ASSILAH", nameAr: "أصيلة", nameFr: "Assilah", legalStatus: "URBAN_MUNICIPALITY", setting: "URBAN", alternativeNames: ["أصيلا", "Asilah", "Arzila"] },
  { code: "GUEZNAIA", nameAr: "اكزناية", nameFr: "Gueznaia", legalStatus: "RURAL_COMMUNE", setting: "URBAN", alternativeNames: ["كزناية", "Gzenaya", "Guezenaya"] },
  { code: "AL-MANZLA", nameAr: "المنزلة", nameFr: "Al Manzla", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "AQUOUASS-BRIECH", nameAr: "اقواس بريش", nameFr: "Aquouass Briech", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "DAR-CHAOUI", nameAr: "دار الشاوي", nameFr: "Dar Chaoui", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "HAD-AL-GHARBIA", nameAr: "حد الغربية", nameFr: "Had Al Gharbia", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "HJAR-ENNHAL", nameAr: "حجر النحل", nameFr: "Hjar Ennhal", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "SAHEL-CHAMALI", nameAr: "الساحل الشمالي", nameFr: "Sahel Chamali", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "SEBT-AZZINATE", nameAr: "سبت الزينات", nameFr: "Sebt Azzinate", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
  { code: "SIDI-LYAMANI", nameAr: "سيدي اليماني", nameFr: "Sidi Lyamani", legalStatus: "RURAL_COMMUNE", setting: "RURAL" },
];

/** Tangier's arrondissements: places inside the urban commune of Tanger, not communes of their own. */
export const TANGIER_ARRONDISSEMENTS = [
  { code: "BNI-MAKADA", nameAr: "بني مكادة", nameFr: "Bni Makada" },
  { code: "CHARF-MGHOGHA", nameAr: "الشرف مغوغة", nameFr: "Charf-Mghogha" },
  { code: "CHARF-SOUANI", nameAr: "الشرف السواني", nameFr: "Charf-Souani" },
  { code: "TANGER-MEDINA", nameAr: "طنجة المدينة", nameFr: "Tanger-Médina" },
];

type AxisSeed = {
  code: string;
  nameAr: string;
  nameFr: string;
  // INDH eligibility rules of the axis (warnings to acknowledge, not blocking errors).
  maxIndhSharePercent?: number;
  maxIndhContributionCentimes?: bigint;
  minWomenOrYouthMembersPercent?: number;
};
type ProgrammeSeed = { number: number; nameAr: string; nameFr: string; axes: AxisSeed[] };
type PhaseSeed = { number: number; startYear: number; endYear: number | null; nameAr: string; nameFr: string; programmes: ProgrammeSeed[] };

const INCOME_GENERATING: AxisSeed = {
  code: "INCOME-GENERATING-ACTIVITIES",
  nameAr: "الأنشطة المدرة للدخل",
  nameFr: "Activités génératrices de revenus",
};

const PHASE_1_2_PROGRAMMES: ProgrammeSeed[] = [
  { number: 1, nameAr: "برنامج محاربة الفقر بالوسط القروي", nameFr: "Programme de lutte contre la pauvreté en milieu rural", axes: [INCOME_GENERATING] },
  { number: 2, nameAr: "برنامج محاربة الإقصاء الاجتماعي بالوسط الحضري", nameFr: "Programme de lutte contre l'exclusion sociale en milieu urbain", axes: [INCOME_GENERATING] },
  { number: 3, nameAr: "برنامج محاربة الهشاشة", nameFr: "Programme de lutte contre la précarité", axes: [INCOME_GENERATING] },
  { number: 4, nameAr: "البرنامج الأفقي", nameFr: "Programme transversal", axes: [INCOME_GENERATING] },
];

export const PHASES: PhaseSeed[] = [
  { number: 1, startYear: 2005, endYear: 2010, nameAr: "المرحلة الأولى", nameFr: "Première phase", programmes: PHASE_1_2_PROGRAMMES },
  {
    number: 2,
    startYear: 2011,
    endYear: 2018,
    nameAr: "المرحلة الثانية",
    nameFr: "Deuxième phase",
    programmes: [
      ...PHASE_1_2_PROGRAMMES,
      { number: 5, nameAr: "برنامج التأهيل الترابي", nameFr: "Programme de mise à niveau territoriale", axes: [] },
    ],
  },
  {
    number: 3,
    startYear: 2019,
    endYear: null,
    nameAr: "المرحلة الثالثة",
    nameFr: "Troisième phase",
    programmes: [
      { number: 1, nameAr: "تدارك الخصاص على مستوى البنيات التحتية والخدمات الأساسية", nameFr: "Rattrapage des déficits en infrastructures et services sociaux de base", axes: [] },
      { number: 2, nameAr: "مواكبة الأشخاص في وضعية هشاشة", nameFr: "Accompagnement des personnes en situation de précarité", axes: [] },
      {
        number: 3,
        nameAr: "تحسين الدخل والإدماج الاقتصادي للشباب",
        nameFr: "Amélioration du revenu et inclusion économique des jeunes",
        axes: [
          { code: "ENTREPRENEURSHIP", nameAr: "دعم ريادة الأعمال لدى الشباب", nameFr: "Soutien à l'entrepreneuriat des jeunes" },
          {
            code: "SOCIAL-SOLIDARITY-ECONOMY",
            nameAr: "دعم الاقتصاد الاجتماعي والتضامني",
            nameFr: "Appui à l'économie sociale et solidaire",
            // INDH share at most 60% of the cost and 300,000 MAD; more than 30% of members women or young.
            maxIndhSharePercent: 60,
            maxIndhContributionCentimes: 30_000_000n,
            minWomenOrYouthMembersPercent: 30,
          },
          { code: "EMPLOYABILITY", nameAr: "تحسين قابلية التشغيل", nameFr: "Amélioration de l'employabilité" },
        ],
      },
      { number: 4, nameAr: "الدفع بالرأسمال البشري للأجيال الصاعدة", nameFr: "Impulsion du capital humain des générations montantes", axes: [] },
    ],
  },
];

export const SECTORS = [
  { code: "AGRICULTURE", nameAr: "الفلاحة", nameFr: "Agriculture" },
  { code: "LIVESTOCK", nameAr: "تربية المواشي", nameFr: "Élevage" },
  { code: "BEEKEEPING", nameAr: "تربية النحل", nameFr: "Apiculture" },
  { code: "FOOD-PROCESSING", nameAr: "تثمين المنتجات المحلية", nameFr: "Valorisation des produits du terroir" },
  { code: "CRAFTS", nameAr: "الصناعة التقليدية", nameFr: "Artisanat" },
  { code: "TEXTILES", nameAr: "الخياطة والطرز", nameFr: "Couture et broderie" },
  { code: "FISHING", nameAr: "الصيد البحري", nameFr: "Pêche artisanale" },
  { code: "SERVICES", nameAr: "الخدمات", nameFr: "Services" },
  { code: "TOURISM", nameAr: "السياحة التضامنية", nameFr: "Tourisme solidaire" },
];

/** kind: PREFECTURE | STATE_SERVICE | PUBLIC_AGENCY | COMMUNE | ELECTED_COUNCIL | ASSOCIATION | PRIVATE | OTHER */
export const ORGANISATIONS = [
  { code: "PREFECTURE", kind: "PREFECTURE", acronym: null, nameAr: "عمالة طنجة أصيلة", nameFr: "Préfecture de Tanger-Assilah" },
  { code: "DAS", kind: "PREFECTURE", acronym: "DAS", nameAr: "قسم العمل الاجتماعي بعمالة طنجة أصيلة", nameFr: "Division de l'action sociale de la préfecture de Tanger-Assilah" },
  { code: "ODCO", kind: "PUBLIC_AGENCY", acronym: "ODCO", nameAr: "المكتب الجهوي لتنمية التعاون", nameFr: "Délégation régionale de l'Office du développement de la coopération" },
  { code: "ADS", kind: "PUBLIC_AGENCY", acronym: "ADS", nameAr: "وكالة التنمية الاجتماعية", nameFr: "Agence de développement social" },
  { code: "DRJ", kind: "STATE_SERVICE", acronym: null, nameAr: "المديرية الجهوية للشباب", nameFr: "Direction régionale de la jeunesse" },
  { code: "ONCA", kind: "PUBLIC_AGENCY", acronym: "ONCA", nameAr: "المكتب الوطني للاستشارة الفلاحية", nameFr: "Office national du conseil agricole" },
  { code: "REGIONAL-COUNCIL", kind: "ELECTED_COUNCIL", acronym: null, nameAr: "مجلس جهة طنجة تطوان الحسيمة", nameFr: "Conseil de la région de Tanger-Tétouan-Al Hoceïma" },
  { code: "CRAFTS-CHAMBER", kind: "ELECTED_COUNCIL", acronym: null, nameAr: "غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة", nameFr: "Chambre d'artisanat de la région de Tanger-Tétouan-Al Hoceïma" },
] as const;

/** Each commune is also an organisation, since communes co-fund projects. Code: COMMUNE-<commune code>. */
export function communeOrganisationCode(communeCode: string): string {
  return `COMMUNE-${communeCode}`;
}

// The funding cycle's demonstration data for Tanger-Assilah: an open call with two applications, and a
// decided call whose twelve applications stand at every stage (ineligible, reviewed, approved by a held
// committee session, rejected, deferred, convention signed, first tranche paid). Pure data, dates given
// in days from the seeding; prisma/seed/funding-demo.ts writes it. Amounts in whole dirhams.

export type DemoCallData = {
  slug: string;
  reference: string;
  axisCode: string;
  titleAr: string;
  titleFr: string;
  textAr: string;
  textFr: string;
  opensInDays: number;
  closesInDays: number;
  envelopeDirhams: number;
  resultsPublic: boolean;
};

export type DemoOutcome = "RECEIVED" | "INELIGIBLE" | "ELIGIBLE" | "APPROVED" | "REJECTED" | "DEFERRED";

export type DemoApplicationData = {
  code: string;
  nameAr: string;
  nameFr: string;
  communeCode: string;
  sectorCode: string;
  members: number;
  womenMembers: number;
  youngMembers: number;
  contactName: string;
  language: "ar" | "fr";
  channel: "ONLINE" | "PAPER";
  projectTitle: string;
  projectDescription: string;
  totalCostDirhams: number;
  requestedDirhams: number;
  submittedDaysAgo: number;
  outcome: DemoOutcome;
  /** Why screening found it ineligible. */
  screeningReason?: string;
  /** The applicant never sent the last required document (screening marks it missing). */
  missingLastDocument?: boolean;
  /** Scores (0-10 per criterion) of the two demo reviewers. */
  scores?: [number, number, number][];
  approvedDirhams?: number;
  decisionReason?: string;
  /** The convention of the grant: signed, and whether the first milestone is reached and its tranche paid. */
  convention?: { firstTranchePaid: boolean };
};

export const REQUIRED_DOCUMENTS = [
  { labelAr: "طلب دعم موقع من رئيس التعاونية", labelFr: "Demande de soutien signée par le président" },
  { labelAr: "نسخة من وصل الإيداع القانوني للتعاونية", labelFr: "Copie du récépissé de dépôt légal de la coopérative" },
  { labelAr: "البطاقة التقنية للمشروع", labelFr: "Fiche technique du projet" },
] as const;

export const CRITERIA = [
  { labelAr: "وجاهة المشروع والحاجة إليه", labelFr: "Pertinence et besoin", weight: 40 },
  { labelAr: "قابلية الإنجاز والاستدامة", labelFr: "Faisabilité et durabilité", weight: 30 },
  { labelAr: "الأثر على الدخل والتشغيل", labelFr: "Impact sur les revenus et l'emploi", weight: 30 },
] as const;

export const OPEN_CALL: DemoCallData = {
  slug: "appel-2026-economie-sociale-tanger",
  reference: "AAP-2026-ESS-01",
  axisCode: "SOCIAL-SOLIDARITY-ECONOMY",
  titleAr: "طلب مشاريع 2026: دعم تعاونيات الاقتصاد الاجتماعي والتضامني بعمالة طنجة أصيلة",
  titleFr: "Appel à projets 2026 : soutien aux coopératives de l'économie sociale et solidaire de Tanger-Assilah",
  textAr: "تدعو اللجنة الإقليمية للتنمية البشرية التعاونيات إلى تقديم مشاريعها المدرة للدخل.\n\n- مساهمة المبادرة لا تتعدى 60 في المائة من الكلفة و300.000 درهم.\n- أكثر من 30 في المائة من الأعضاء نساء أو شباب.",
  textFr: "Le Comité provincial du développement humain invite les coopératives à déposer leurs projets générateurs de revenus.\n\n- Contribution de l'INDH : au plus 60 % du coût et 300 000 MAD.\n- Plus de 30 % des membres sont des femmes ou des jeunes.",
  opensInDays: -7,
  closesInDays: 21,
  envelopeDirhams: 3_000_000,
  resultsPublic: false,
};

export const DECIDED_CALL: DemoCallData = {
  slug: "appel-2025-revenus-jeunes-tanger",
  reference: "AAP-2025-RJ-01",
  axisCode: "ENTREPRENEURSHIP",
  titleAr: "طلب مشاريع: تحسين الدخل والإدماج الاقتصادي للشباب بعمالة طنجة أصيلة",
  titleFr: "Appel à projets : amélioration du revenu et inclusion économique des jeunes à Tanger-Assilah",
  textAr: "طلب مشاريع موجه للتعاونيات التي يشكل الشباب جزءًا مهمًا من أعضائها.",
  textFr: "Appel à projets destiné aux coopératives dont les jeunes forment une part importante des membres.",
  opensInDays: -100,
  closesInDays: -30,
  envelopeDirhams: 1_200_000,
  resultsPublic: true,
};

/** The committee session that decided the second call, in days from the seeding. */
export const SESSION = {
  heldInDays: -14,
  placeAr: "مقر عمالة طنجة أصيلة، قاعة الاجتماعات",
  placeFr: "Siège de la préfecture de Tanger-Assilah, salle de réunion",
  chairAr: "عامل عمالة طنجة أصيلة",
  chairFr: "Le gouverneur de la préfecture de Tanger-Assilah",
  membersPresent: "رئيس قسم العمل الاجتماعي — مقرر\nممثل المجلس الجماعي لطنجة — عضو\nممثلة جمعية محلية — عضو",
  conventionSignedInDays: -10,
  milestoneReachedInDays: -5,
  tranchePaidInDays: -3,
} as const;

type Applicant = Omit<DemoApplicationData, "code" | "outcome" | "submittedDaysAgo" | "scores" | "approvedDirhams" | "decisionReason" | "convention" | "screeningReason">;
const applicant = (a: Applicant) => a;

export const OPEN_APPLICATIONS: DemoApplicationData[] = [
  {
    ...applicant({ nameAr: "تعاونية نسيج الشمال", nameFr: "Coopérative Nassij Chamal", communeCode: "TANGER", sectorCode: "TEXTILES", members: 12, womenMembers: 10, youngMembers: 4, contactName: "سعاد العمراني", language: "ar", channel: "ONLINE", projectTitle: "تجهيز ورشة للخياطة والطرز", projectDescription: "اقتناء آلات خياطة وطرز حديثة وتكوين العضوات.", totalCostDirhams: 250_000, requestedDirhams: 150_000 }),
    code: "ESS-01", submittedDaysAgo: 4, outcome: "RECEIVED",
  },
  {
    ...applicant({ nameAr: "تعاونية عسل الساحل", nameFr: "Coopérative Miel du Sahel", communeCode: "SAHEL-CHAMALI", sectorCode: "BEEKEEPING", members: 9, womenMembers: 3, youngMembers: 5, contactName: "Karim Bakkali", language: "fr", channel: "PAPER", projectTitle: "Extension du rucher et unité d'extraction", projectDescription: "Achat de 60 ruches et d'un extracteur, formation des jeunes membres.", totalCostDirhams: 180_000, requestedDirhams: 100_000 }),
    code: "ESS-02", submittedDaysAgo: 2, outcome: "RECEIVED",
  },
];

export const DECIDED_APPLICATIONS: DemoApplicationData[] = [
  {
    ...applicant({ nameAr: "تعاونية الغربية للحليب", nameFr: "Coopérative Laitière Gharbia", communeCode: "HAD-AL-GHARBIA", sectorCode: "LIVESTOCK", members: 15, womenMembers: 2, youngMembers: 6, contactName: "محمد الحداد", language: "ar", channel: "ONLINE", projectTitle: "وحدة لتجميع الحليب وتبريده", projectDescription: "إنشاء مركز لتجميع الحليب وتبريده.", totalCostDirhams: 500_000, requestedDirhams: 400_000 }),
    code: "RJ-01", submittedDaysAgo: 60, outcome: "INELIGIBLE", screeningReason: "مساهمة المبادرة المطلوبة تتجاوز 60 في المائة من كلفة المشروع و300.000 درهم.",
  },
  {
    ...applicant({ nameAr: "تعاونية الزينات للخدمات", nameFr: "Coopérative Zinat Services", communeCode: "SEBT-AZZINATE", sectorCode: "SERVICES", members: 7, womenMembers: 3, youngMembers: 5, contactName: "Youssef Amrani", language: "fr", channel: "ONLINE", projectTitle: "Atelier de réparation de matériel agricole", projectDescription: "Équipement d'un atelier de réparation.", totalCostDirhams: 200_000, requestedDirhams: 120_000 }),
    code: "RJ-02", submittedDaysAgo: 58, outcome: "INELIGIBLE", missingLastDocument: true, screeningReason: "La fiche technique du projet manque ; elle n'a pas été fournie après relance.",
  },
  {
    ...applicant({ nameAr: "تعاونية الأمل للحلويات", nameFr: "Coopérative Al Amal Pâtisserie", communeCode: "TANGER", sectorCode: "FOOD-PROCESSING", members: 8, womenMembers: 8, youngMembers: 3, contactName: "نادية الطاهري", language: "ar", channel: "ONLINE", projectTitle: "تجهيز مخبزة تقليدية", projectDescription: "اقتناء فرن وتجهيزات التعبئة.", totalCostDirhams: 160_000, requestedDirhams: 90_000 }),
    code: "RJ-03", submittedDaysAgo: 55, outcome: "ELIGIBLE", scores: [[5, 4, 4]],
  },
  {
    ...applicant({ nameAr: "تعاونية شباب طنجة للرقميات", nameFr: "Coopérative Jeunes de Tanger Numérique", communeCode: "TANGER", sectorCode: "SERVICES", members: 10, womenMembers: 4, youngMembers: 9, contactName: "Omar Benali", language: "fr", channel: "ONLINE", projectTitle: "Studio de services numériques pour les commerçants", projectDescription: "Équipement d'un studio et formation de dix jeunes.", totalCostDirhams: 300_000, requestedDirhams: 180_000 }),
    code: "RJ-04", submittedDaysAgo: 70, outcome: "APPROVED", scores: [[9, 8, 9], [8, 8, 9]], approvedDirhams: 180_000, convention: { firstTranchePaid: true },
  },
  {
    ...applicant({ nameAr: "تعاونية أصيلة للصناعة التقليدية", nameFr: "Coopérative Artisanat d'Assilah", communeCode: "ASSILAH", sectorCode: "CRAFTS", members: 11, womenMembers: 6, youngMembers: 5, contactName: "حسناء الوزاني", language: "ar", channel: "PAPER", projectTitle: "معرض دائم للصناعة التقليدية", projectDescription: "تهيئة محل للعرض والبيع وتكوين الحرفيين الشباب.", totalCostDirhams: 260_000, requestedDirhams: 150_000 }),
    code: "RJ-05", submittedDaysAgo: 66, outcome: "APPROVED", scores: [[8, 8, 8], [9, 7, 8]], approvedDirhams: 150_000, convention: { firstTranchePaid: false },
  },
  {
    ...applicant({ nameAr: "تعاونية اكزناية للتغذية", nameFr: "Coopérative Gueznaia Traiteur", communeCode: "GUEZNAIA", sectorCode: "FOOD-PROCESSING", members: 9, womenMembers: 7, youngMembers: 6, contactName: "Salma Idrissi", language: "fr", channel: "ONLINE", projectTitle: "Cuisine collective et service traiteur", projectDescription: "Aménagement d'une cuisine aux normes et achat d'un véhicule frigorifique.", totalCostDirhams: 220_000, requestedDirhams: 120_000 }),
    code: "RJ-06", submittedDaysAgo: 50, outcome: "APPROVED", scores: [[8, 7, 7], [7, 7, 8]], approvedDirhams: 110_000, decisionReason: "Montant ramené à 110 000 MAD : le véhicule est cofinancé par la coopérative.",
  },
  {
    ...applicant({ nameAr: "تعاونية المنزلة للزيتون", nameFr: "Coopérative Oliviers d'Al Manzla", communeCode: "AL-MANZLA", sectorCode: "AGRICULTURE", members: 14, womenMembers: 5, youngMembers: 8, contactName: "عبد الله الريفي", language: "ar", channel: "ONLINE", projectTitle: "وحدة عصرية لعصر الزيتون", projectDescription: "اقتناء معصرة صغيرة وخزانات.", totalCostDirhams: 340_000, requestedDirhams: 200_000 }),
    code: "RJ-07", submittedDaysAgo: 48, outcome: "APPROVED", scores: [[9, 7, 8], [8, 8, 8]], approvedDirhams: 200_000,
  },
  {
    ...applicant({ nameAr: "تعاونية دار الشاوي للماعز", nameFr: "Coopérative Chèvres de Dar Chaoui", communeCode: "DAR-CHAOUI", sectorCode: "LIVESTOCK", members: 8, womenMembers: 2, youngMembers: 6, contactName: "Hamza Chaoui", language: "fr", channel: "PAPER", projectTitle: "Élevage caprin et fromagerie", projectDescription: "Achat de 40 chèvres et d'équipements de fromagerie.", totalCostDirhams: 160_000, requestedDirhams: 95_000 }),
    code: "RJ-08", submittedDaysAgo: 45, outcome: "APPROVED", scores: [[7, 7, 7], [8, 6, 7]], approvedDirhams: 95_000,
  },
  {
    ...applicant({ nameAr: "تعاونية الزينات للنحل", nameFr: "Coopérative Abeilles de Zinat", communeCode: "SEBT-AZZINATE", sectorCode: "BEEKEEPING", members: 10, womenMembers: 4, youngMembers: 7, contactName: "رشيد الزياني", language: "ar", channel: "ONLINE", projectTitle: "توسيع المنحل وتعبئة العسل", projectDescription: "اقتناء خلايا وآلة للتعبئة.", totalCostDirhams: 240_000, requestedDirhams: 140_000 }),
    code: "RJ-09", submittedDaysAgo: 42, outcome: "APPROVED", scores: [[7, 8, 7], [7, 7, 7]], approvedDirhams: 130_000, decisionReason: "مبلغ مخفض إلى 130.000 درهم بعد مراجعة كلفة آلة التعبئة.",
  },
  {
    ...applicant({ nameAr: "تعاونية البحر للصيد", nameFr: "Coopérative Pêcheurs de la Baie", communeCode: "TANGER", sectorCode: "FISHING", members: 6, womenMembers: 0, youngMembers: 2, contactName: "Ahmed Tanjaoui", language: "fr", channel: "ONLINE", projectTitle: "Achat de deux barques", projectDescription: "Renouvellement des barques de pêche artisanale.", totalCostDirhams: 300_000, requestedDirhams: 170_000 }),
    code: "RJ-10", submittedDaysAgo: 40, outcome: "REJECTED", scores: [[5, 5, 4], [4, 5, 5]], decisionReason: "Projet peu tourné vers les jeunes : 2 membres jeunes sur 6.",
  },
  {
    ...applicant({ nameAr: "تعاونية حجر النحل للخياطة", nameFr: "Coopérative Couture de Hjar Ennhal", communeCode: "HJAR-ENNHAL", sectorCode: "TEXTILES", members: 7, womenMembers: 7, youngMembers: 3, contactName: "فاطمة الزهراء", language: "ar", channel: "ONLINE", projectTitle: "ورشة خياطة", projectDescription: "اقتناء آلات خياطة.", totalCostDirhams: 110_000, requestedDirhams: 60_000 }),
    code: "RJ-11", submittedDaysAgo: 38, outcome: "REJECTED", scores: [[5, 4, 5], [5, 5, 4]], decisionReason: "مشروع مماثل ممول سنة 2024 لنفس التعاونية.",
  },
  {
    ...applicant({ nameAr: "تعاونية أقواس بريش للسياحة", nameFr: "Coopérative Tourisme d'Aquouass Briech", communeCode: "AQUOUASS-BRIECH", sectorCode: "TOURISM", members: 9, womenMembers: 4, youngMembers: 6, contactName: "Mehdi Briech", language: "fr", channel: "ONLINE", projectTitle: "Gîte rural et circuits de randonnée", projectDescription: "Aménagement d'un gîte de six chambres.", totalCostDirhams: 230_000, requestedDirhams: 130_000 }),
    code: "RJ-12", submittedDaysAgo: 36, outcome: "DEFERRED", scores: [[7, 6, 6], [6, 6, 7]], decisionReason: "Reporté : l'autorisation d'exploitation du gîte est attendue.",
  },
];

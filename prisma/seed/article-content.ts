// The seed article (/work/shared/seed/tanger-cooperatives-day-2025.ar.txt), held as records: pure data,
// no database access. The Arabic body is the published text word for word (website chrome left out);
// the French body is a translation with the same structure. Organisations and the commune are named by
// their reference codes (reference-data.ts) and resolved to ids by article.ts.

export type ArticlePresentationContent = {
  position: number;
  organisationCode: string;
  titleAr: string;
  titleFr: string;
  presenterRoleAr: string;
  presenterRoleFr: string;
  summaryAr: string;
  summaryFr: string;
  reportedPeriodStartYear?: number;
  reportedPeriodEndYear?: number;
  reportedCooperativesFunded?: number;
  reportedUrbanCooperatives?: number;
  reportedRuralCooperatives?: number;
  reportedTotalEnvelopeCentimes?: bigint;
  reportedIndhContributionCentimes?: bigint;
};

export type ArticleEventContent = {
  slug: string;
  kind: "COMMUNICATION_MEETING";
  titleAr: string;
  titleFr: string;
  occasionAr: string;
  occasionFr: string;
  startsAt: Date;
  venueAr: string;
  venueFr: string;
  communeCode: string;
  organiserCode: string;
  /** In the order the article names them. */
  partnerCodes: readonly string[];
  attendance: number;
  attendanceNoteAr: string;
  attendanceNoteFr: string;
  summaryAr: string;
  summaryFr: string;
  bodyAr: string;
  bodyFr: string;
  sourceNameAr: string;
  sourceNameFr: string;
  status: "PUBLISHED";
  publishedAt: Date;
  presentations: readonly ArticlePresentationContent[];
};

// Markdown: paragraphs separated by a blank line, the three presentations as a numbered list.
const BODY_AR = [
  "**شمل عرض الأرقام تتعلق بعدد المستفيدين.. لقاء تواصلي بطنجة احتفاءً باليوم العالمي للتعاونيات**",
  "في إطار تفعيل البرنامج التواصلي للمبادرة الوطنية للتنمية البشرية برسم سنة 2025، وبمناسبة الاحتفال باليوم العالمي للتعاونيات، نظمت عمالة طنجة أصيلة، صباح يومه الأربعاء 9 يوليوز الجاري، لقاءً تواصلياً مع التعاونيات الشريكة للمبادرة، وذلك بدار الشباب حسنونة بمدينة طنجة، ابتداء من الساعة العاشرة صباحاً.",
  "وجرى تنظيم هذا اللقاء بشراكة مع كل من المديرية الجهوية للشباب، المكتب الجهوي لتنمية التعاون، ووكالة التنمية الاجتماعية، بهدف تعزيز قنوات التعاون والتنسيق مع التعاونيات المحلية، لاسيما تلك المستفيدة من دعم المبادرة الوطنية للتنمية البشرية، في إطار البرنامج الثالث المتعلق بتحسين الدخل والإدماج الاقتصادي للشباب، خاصة ضمن محور دعم الاقتصاد الاجتماعي والتضامني.",
  "وشكل اللقاء مناسبة لتبادل التجارب بين مختلف التعاونيات العاملة على تراب العمالة، وفرصة لعرض حصيلة البرامج، والاستماع لانشغالات الفاعلين المحليين، وتعزيز جسور التواصل والمواكبة المستمرة.",
  "وقد تميز هذا اللقاء التواصلي بتقديم ثلاث عروض رئيسية:",
  [
    "1. العرض الأول قدمه المندوب الجهوي لمكتب تنمية التعاون، حيث تناول فيه دلالات اليوم العالمي للتعاونيات وأهميته في ترسيخ مبادئ التضامن والاقتصاد الاجتماعي.",
    "2. العرض الثاني، من تقديم ممثلة وكالة التنمية الاجتماعية، سلط الضوء على التمكين الاقتصادي للنساء، ودور التعاونيات النسائية في التنمية المحلية.",
    "3. أما العرض الثالث، فقدمه رئيس قسم العمل الاجتماعي بالنيابة، حيث استعرض من خلاله حصيلة المبادرة الوطنية للتنمية البشرية في دعم التعاونيات خلال المرحلتين الثانية والثالثة، مشيرا إلى أنه بين سنتي 2019 و2025 تم تمويل 85 تعاونية، منها 52 تعاونية في الوسط الحضري و33 بالوسط القروي، بغلاف مالي إجمالي بلغ حوالي 13.179.091 درهم، ساهمت فيه المبادرة بمبلغ يناهز 20.860.515 درهم. كما تم تقديم نماذج ناجحة لمشاريع ممولة ضمن هذا الإطار.",
  ].join("\n"),
  "وعقب العروض، فُتح باب النقاش أمام الحضور، حيث عبر ممثلو التعاونيات المشاركة – الذين بلغ عددهم حوالي 60 شخصاً – عن آرائهم، وناقشوا مختلف التحديات والصعوبات التي تعترض مسار عملهم، في جو تفاعلي تميز بالإصغاء من طرف ممثلي القطاعات الشريكة، الذين قدموا توضيحات وإجابات على الأسئلة المطروحة.",
  "وقد نوه المشاركون بهذه المبادرة التواصلية، التي تندرج ضمن استراتيجية عمالة طنجة أصيلة الرامية إلى تعزيز دور المبادرة الوطنية للتنمية البشرية كشريك فاعل في دعم التنمية الاقتصادية والاجتماعية، وتشجيع ثقافة التعاون، خاصة في صفوف الشباب والنساء، من خلال المواكبة والتكوين والدعم التقني والمالي.",
  "وفي ختام اللقاء، شكر ممثل قسم العمل الاجتماعي كافة المتدخلين والمشاركين، مؤكداً على أن منصات الشباب المتواجدة على صعيد العمالة تبقى مفتوحة أمام التعاونيات الراغبة في المواكبة والدعم، وفق الشروط والمعايير المعمول بها.",
].join("\n\n");

// Amounts are written the Moroccan way ("13.179.091"), as the app's fr-MA money format prints them.
const BODY_FR = [
  "**Des chiffres sur le nombre de bénéficiaires présentés… Une rencontre de communication à Tanger pour célébrer la Journée internationale des coopératives**",
  "Dans le cadre de la mise en œuvre du programme de communication de l'Initiative nationale pour le développement humain au titre de l'année 2025, et à l'occasion de la célébration de la Journée internationale des coopératives, la préfecture de Tanger-Assilah a organisé, dans la matinée du mercredi 9 juillet courant, une rencontre de communication avec les coopératives partenaires de l'Initiative, à la Maison des jeunes Hasnouna, à Tanger, à partir de dix heures.",
  "Cette rencontre a été organisée en partenariat avec la Direction régionale de la jeunesse, la Délégation régionale de l'Office du développement de la coopération et l'Agence de développement social, dans le but de renforcer les canaux de coopération et de coordination avec les coopératives locales, notamment celles qui bénéficient du soutien de l'Initiative nationale pour le développement humain dans le cadre du troisième programme, relatif à l'amélioration du revenu et à l'inclusion économique des jeunes, en particulier au titre de l'axe d'appui à l'économie sociale et solidaire.",
  "La rencontre a été l'occasion d'échanger les expériences entre les différentes coopératives actives sur le territoire de la préfecture, de présenter le bilan des programmes, d'écouter les préoccupations des acteurs locaux et de renforcer les passerelles de communication et l'accompagnement continu.",
  "Cette rencontre de communication a été marquée par trois exposés principaux :",
  [
    "1. Le premier exposé a été présenté par le délégué régional de l'Office du développement de la coopération, qui y a abordé la signification de la Journée internationale des coopératives et son importance dans l'ancrage des principes de solidarité et d'économie sociale.",
    "2. Le deuxième exposé, présenté par la représentante de l'Agence de développement social, a mis en lumière l'autonomisation économique des femmes et le rôle des coopératives féminines dans le développement local.",
    "3. Quant au troisième exposé, il a été présenté par le chef par intérim de la Division de l'action sociale, qui y a passé en revue le bilan de l'Initiative nationale pour le développement humain en matière de soutien aux coopératives au cours de ses deuxième et troisième phases, indiquant qu'entre 2019 et 2025, 85 coopératives ont été financées, dont 52 en milieu urbain et 33 en milieu rural, pour une enveloppe financière globale d'environ 13.179.091 dirhams, à laquelle l'Initiative a contribué à hauteur de quelque 20.860.515 dirhams. Des exemples réussis de projets financés dans ce cadre ont également été présentés.",
  ].join("\n"),
  "À l'issue des exposés, le débat a été ouvert à l'assistance : les représentants des coopératives participantes – environ 60 personnes – ont exprimé leurs points de vue et discuté des différents défis et difficultés qui entravent leur travail, dans une ambiance interactive marquée par l'écoute attentive des représentants des secteurs partenaires, qui ont apporté des éclaircissements et des réponses aux questions posées.",
  "Les participants ont salué cette initiative de communication, qui s'inscrit dans la stratégie de la préfecture de Tanger-Assilah visant à renforcer le rôle de l'Initiative nationale pour le développement humain en tant que partenaire actif du développement économique et social, et à encourager la culture de la coopération, en particulier chez les jeunes et les femmes, à travers l'accompagnement, la formation et l'appui technique et financier.",
  "Au terme de la rencontre, le représentant de la Division de l'action sociale a remercié l'ensemble des intervenants et des participants, soulignant que les Plateformes des jeunes implantées sur le territoire de la préfecture restent ouvertes aux coopératives souhaitant bénéficier d'accompagnement et de soutien, selon les conditions et critères en vigueur.",
].join("\n\n");

export const COOPERATIVES_DAY_TANGER_2025: ArticleEventContent = {
  slug: "cooperatives-day-tanger-2025",
  kind: "COMMUNICATION_MEETING",
  titleAr: "لقاء تواصلي بطنجة احتفاءً باليوم العالمي للتعاونيات",
  titleFr: "Une rencontre de communication à Tanger pour célébrer la Journée internationale des coopératives",
  occasionAr: "اليوم العالمي للتعاونيات",
  occasionFr: "Journée internationale des coopératives",
  // "Wednesday 9 July, from ten in the morning", Tangier time. Morocco is on UTC+1 all year except during
  // Ramadan (UTC+0, in March in 2025), so 10:00 local on 9 July 2025 is 09:00 UTC; timestamps are stored in UTC.
  startsAt: new Date("2025-07-09T09:00:00Z"),
  venueAr: "دار الشباب حسنونة",
  venueFr: "Maison des jeunes Hasnouna",
  // The article names the city only, not the arrondissement, so no Place is recorded.
  communeCode: "TANGER",
  organiserCode: "PREFECTURE",
  partnerCodes: ["DRJ", "ODCO", "ADS"],
  // The article says "about 60": the number is kept for dashboards, the note says it is approximate.
  attendance: 60,
  attendanceNoteAr: "حوالي 60 من ممثلي التعاونيات",
  attendanceNoteFr: "environ 60 représentants de coopératives",
  summaryAr:
    "بمناسبة اليوم العالمي للتعاونيات، نظمت عمالة طنجة أصيلة يوم الأربعاء 9 يوليوز 2025 بدار الشباب حسنونة لقاءً تواصلياً مع التعاونيات الشريكة للمبادرة الوطنية للتنمية البشرية، بشراكة مع المديرية الجهوية للشباب والمكتب الجهوي لتنمية التعاون ووكالة التنمية الاجتماعية. وتضمن اللقاء ثلاثة عروض، من بينها حصيلة دعم المبادرة للتعاونيات بين سنتي 2019 و2025، تلاها نقاش مفتوح مع حوالي 60 من ممثلي التعاونيات.",
  summaryFr:
    "À l'occasion de la Journée internationale des coopératives, la préfecture de Tanger-Assilah a organisé le mercredi 9 juillet 2025, à la Maison des jeunes Hasnouna, une rencontre de communication avec les coopératives partenaires de l'Initiative nationale pour le développement humain, en partenariat avec la Direction régionale de la jeunesse, la Délégation régionale de l'Office du développement de la coopération et l'Agence de développement social. La rencontre a comporté trois exposés, dont le bilan du soutien de l'Initiative aux coopératives entre 2019 et 2025, suivis d'un débat ouvert avec environ 60 représentants de coopératives.",
  bodyAr: BODY_AR,
  bodyFr: BODY_FR,
  // The article was read from a Tangier city news site, "economy" section; its address is not known.
  sourceNameAr: "موقع إخباري لمدينة طنجة، قسم «اقتصاد»",
  sourceNameFr: "Site d'information de la ville de Tanger, rubrique « Économie »",
  status: "PUBLISHED",
  publishedAt: new Date("2025-07-09T09:00:00Z"),
  presentations: [
    {
      position: 1,
      organisationCode: "ODCO",
      titleAr: "دلالات اليوم العالمي للتعاونيات وأهميته في ترسيخ مبادئ التضامن والاقتصاد الاجتماعي",
      titleFr:
        "La signification de la Journée internationale des coopératives et son importance dans l'ancrage des principes de solidarité et d'économie sociale",
      presenterRoleAr: "المندوب الجهوي لمكتب تنمية التعاون",
      presenterRoleFr: "Délégué régional de l'Office du développement de la coopération",
      summaryAr:
        "تناول المندوب الجهوي لمكتب تنمية التعاون دلالات اليوم العالمي للتعاونيات وأهميته في ترسيخ مبادئ التضامن والاقتصاد الاجتماعي.",
      summaryFr:
        "Le délégué régional de l'Office du développement de la coopération a abordé la signification de la Journée internationale des coopératives et son importance dans l'ancrage des principes de solidarité et d'économie sociale.",
    },
    {
      position: 2,
      organisationCode: "ADS",
      titleAr: "التمكين الاقتصادي للنساء ودور التعاونيات النسائية في التنمية المحلية",
      titleFr: "L'autonomisation économique des femmes et le rôle des coopératives féminines dans le développement local",
      // Feminine in the article: the presenter is a woman.
      presenterRoleAr: "ممثلة وكالة التنمية الاجتماعية",
      presenterRoleFr: "Représentante de l'Agence de développement social",
      summaryAr:
        "سلطت ممثلة وكالة التنمية الاجتماعية الضوء على التمكين الاقتصادي للنساء، ودور التعاونيات النسائية في التنمية المحلية.",
      summaryFr:
        "La représentante de l'Agence de développement social a mis en lumière l'autonomisation économique des femmes et le rôle des coopératives féminines dans le développement local.",
    },
    {
      position: 3,
      organisationCode: "DAS",
      titleAr: "حصيلة المبادرة الوطنية للتنمية البشرية في دعم التعاونيات خلال المرحلتين الثانية والثالثة",
      titleFr:
        "Le bilan de l'Initiative nationale pour le développement humain en matière de soutien aux coopératives au cours de ses deuxième et troisième phases",
      presenterRoleAr: "رئيس قسم العمل الاجتماعي بالنيابة",
      presenterRoleFr: "Chef par intérim de la Division de l'action sociale",
      summaryAr:
        "استعرض رئيس قسم العمل الاجتماعي بالنيابة حصيلة المبادرة الوطنية للتنمية البشرية في دعم التعاونيات خلال المرحلتين الثانية والثالثة، مع أرقام التعاونيات الممولة بين سنتي 2019 و2025. كما تم تقديم نماذج ناجحة لمشاريع ممولة ضمن هذا الإطار.",
      summaryFr:
        "Le chef par intérim de la Division de l'action sociale a passé en revue le bilan de l'Initiative nationale pour le développement humain en matière de soutien aux coopératives au cours de ses deuxième et troisième phases, avec les chiffres des coopératives financées entre 2019 et 2025. Des exemples réussis de projets financés dans ce cadre ont également été présentés.",
      // Stored exactly as printed, not corrected: the INDH contribution (20,860,515 MAD) exceeds the total
      // envelope (13,179,091 MAD), which cannot both be right. The app shows reported figures beside the
      // totals computed from the records and flags the difference (see Presentation in schema.prisma).
      reportedPeriodStartYear: 2019,
      reportedPeriodEndYear: 2025,
      reportedCooperativesFunded: 85,
      reportedUrbanCooperatives: 52,
      reportedRuralCooperatives: 33,
      reportedTotalEnvelopeCentimes: 1317909100n, // 13,179,091 MAD
      reportedIndhContributionCentimes: 2086051500n, // 20,860,515 MAD
    },
  ],
};

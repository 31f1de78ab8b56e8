// Word lists of the demonstration dataset: cooperative names, activities and project titles per sector,
// and contact names. Kept apart from the generator so its logic stays readable.
// Everything here is invented; any resemblance to a registered cooperative is accidental.

export type Bilingual = { ar: string; fr: string };

/** The distinctive word of a Moroccan cooperative's name ("تعاونية النور ..."), with its usual transliteration. */
export const NAME_THEMES: Bilingual[] = [
  { ar: "النور", fr: "Annour" },
  { ar: "الأمل", fr: "Al Amal" },
  { ar: "الفتح", fr: "Al Fath" },
  { ar: "الخير", fr: "Al Khair" },
  { ar: "البركة", fr: "Al Baraka" },
  { ar: "الوفاء", fr: "Al Wafae" },
  { ar: "النجاح", fr: "Annajah" },
  { ar: "الإخلاص", fr: "Al Ikhlass" },
  { ar: "التضامن", fr: "Attadamoun" },
  { ar: "الرحمة", fr: "Arrahma" },
  { ar: "السلام", fr: "Assalam" },
  { ar: "الفلاح", fr: "Al Falah" },
  { ar: "الهدى", fr: "Al Houda" },
  { ar: "الصفاء", fr: "Assafae" },
  { ar: "الأندلس", fr: "Al Andalous" },
  { ar: "الزيتونة", fr: "Azzaytouna" },
  { ar: "الواحة", fr: "Al Waha" },
  { ar: "المستقبل", fr: "Al Moustaqbal" },
  { ar: "الإشراق", fr: "Al Ichraq" },
  { ar: "الياسمين", fr: "Al Yasmine" },
  { ar: "الرياحين", fr: "Arrayahine" },
  { ar: "الزهور", fr: "Azzouhour" },
  { ar: "الشروق", fr: "Achourouk" },
  { ar: "طيبة", fr: "Tayba" },
  { ar: "المنار", fr: "Al Manar" },
  { ar: "الغد", fr: "Al Ghad" },
  { ar: "الكرامة", fr: "Al Karama" },
  { ar: "الأصالة", fr: "Al Assala" },
  { ar: "السعادة", fr: "Assaada" },
  { ar: "النسيم", fr: "Annassim" },
  { ar: "الفجر", fr: "Al Fajr" },
  { ar: "الربيع", fr: "Arrabie" },
  { ar: "البوغاز", fr: "Al Boughaz" },
  { ar: "الوئام", fr: "Al Wiam" },
  { ar: "الرجاء", fr: "Arrajae" },
  { ar: "الإحسان", fr: "Al Ihssane" },
];

/** What follows the theme in the name: "تعاونية النور للخياطة والطرز" / "Coopérative Annour de couture et de broderie". */
export const SECTOR_ACTIVITIES: Record<string, Bilingual[]> = {
  AGRICULTURE: [
    { ar: "للتنمية الفلاحية", fr: "de développement agricole" },
    { ar: "لإنتاج الخضر والفواكه", fr: "de production maraîchère et fruitière" },
    { ar: "لزراعة الزيتون", fr: "d'oléiculture" },
  ],
  LIVESTOCK: [
    { ar: "لتربية الأغنام والماعز", fr: "d'élevage ovin et caprin" },
    { ar: "لإنتاج الحليب", fr: "de production laitière" },
    { ar: "لتربية الأبقار", fr: "d'élevage bovin" },
  ],
  BEEKEEPING: [
    { ar: "لتربية النحل", fr: "d'apiculture" },
    { ar: "لإنتاج العسل", fr: "de production de miel" },
  ],
  "FOOD-PROCESSING": [
    { ar: "لتثمين المنتوجات المحلية", fr: "de valorisation des produits du terroir" },
    { ar: "للكسكس والمنتوجات الغذائية", fr: "de couscous et produits alimentaires" },
    { ar: "لصناعة الجبن البلدي", fr: "de fromage de terroir" },
    { ar: "للحلويات التقليدية", fr: "de pâtisserie traditionnelle" },
  ],
  CRAFTS: [
    { ar: "للصناعة التقليدية", fr: "d'artisanat" },
    { ar: "للفخار", fr: "de poterie" },
    { ar: "للنسيج التقليدي", fr: "de tissage traditionnel" },
    { ar: "للصناعة الجلدية", fr: "de maroquinerie" },
  ],
  TEXTILES: [
    { ar: "للخياطة والطرز", fr: "de couture et de broderie" },
    { ar: "للطرز التقليدي", fr: "de broderie traditionnelle" },
    { ar: "للخياطة العصرية", fr: "de couture moderne" },
  ],
  FISHING: [
    { ar: "للصيد التقليدي", fr: "de pêche artisanale" },
    { ar: "لتسويق منتوجات الصيد", fr: "de commercialisation des produits de la pêche" },
  ],
  SERVICES: [
    { ar: "للخدمات", fr: "de services" },
    { ar: "للنظافة والبستنة", fr: "de nettoyage et de jardinage" },
    { ar: "لخدمات الممون", fr: "de traiteur" },
  ],
  TOURISM: [
    { ar: "للسياحة التضامنية", fr: "de tourisme solidaire" },
    { ar: "للإيواء القروي", fr: "d'hébergement rural" },
    { ar: "للسياحة البيئية", fr: "d'écotourisme" },
  ],
};

/** Project titles a grant of each sector would carry; a cooperative's grants never repeat a title. */
export const SECTOR_PROJECT_TITLES: Record<string, Bilingual[]> = {
  AGRICULTURE: [
    { ar: "اقتناء معدات الري بالتنقيط", fr: "Acquisition d'équipements d'irrigation goutte-à-goutte" },
    { ar: "اقتناء جرار فلاحي ومعداته", fr: "Acquisition d'un tracteur agricole et de ses équipements" },
    { ar: "إحداث وحدة لتخزين وتوضيب المنتوجات الفلاحية", fr: "Création d'une unité de stockage et de conditionnement des produits agricoles" },
    { ar: "إحداث معصرة عصرية للزيتون", fr: "Création d'une huilerie d'olives moderne" },
  ],
  LIVESTOCK: [
    { ar: "اقتناء رؤوس الأغنام والماعز", fr: "Acquisition de têtes d'ovins et de caprins" },
    { ar: "بناء حظيرة لتربية الماشية", fr: "Construction d'une bergerie" },
    { ar: "إحداث مركز لتجميع الحليب", fr: "Création d'un centre de collecte de lait" },
    { ar: "اقتناء أبقار حلوب", fr: "Acquisition de vaches laitières" },
  ],
  BEEKEEPING: [
    { ar: "اقتناء خلايا النحل ومعدات الجني", fr: "Acquisition de ruches et de matériel de récolte" },
    { ar: "تجهيز وحدة لاستخلاص وتعبئة العسل", fr: "Équipement d'une miellerie d'extraction et de conditionnement" },
    { ar: "توسيع المنحل وتكوين الأعضاء", fr: "Extension du rucher et formation des membres" },
  ],
  "FOOD-PROCESSING": [
    { ar: "تجهيز وحدة لتحويل المنتوجات المحلية", fr: "Équipement d'une unité de transformation des produits du terroir" },
    { ar: "اقتناء معدات إنتاج الكسكس", fr: "Acquisition d'équipements de production de couscous" },
    { ar: "تجهيز وحدة لصناعة الأجبان", fr: "Équipement d'une fromagerie" },
    { ar: "اقتناء معدات التعبئة والتغليف", fr: "Acquisition de matériel d'emballage et d'étiquetage" },
  ],
  CRAFTS: [
    { ar: "تجهيز ورشة للصناعة التقليدية", fr: "Équipement d'un atelier d'artisanat" },
    { ar: "اقتناء أفران الفخار", fr: "Acquisition de fours de poterie" },
    { ar: "اقتناء أنوال النسيج التقليدي", fr: "Acquisition de métiers à tisser traditionnels" },
    { ar: "إحداث فضاء لعرض وبيع المنتوجات", fr: "Création d'un espace d'exposition et de vente" },
  ],
  TEXTILES: [
    { ar: "اقتناء معدات الخياطة", fr: "Acquisition d'équipements de couture" },
    { ar: "اقتناء آلات الطرز الآلي", fr: "Acquisition de machines à broder automatiques" },
    { ar: "تجهيز ورشة للخياطة والطرز", fr: "Équipement d'un atelier de couture et de broderie" },
  ],
  FISHING: [
    { ar: "اقتناء قارب صيد تقليدي ومحرك", fr: "Acquisition d'une barque de pêche et d'un moteur" },
    { ar: "اقتناء معدات وشباك الصيد", fr: "Acquisition d'engins et de filets de pêche" },
    { ar: "تجهيز وحدة لتبريد وحفظ الأسماك", fr: "Équipement d'une unité de réfrigération du poisson" },
  ],
  SERVICES: [
    { ar: "اقتناء معدات النظافة والبستنة", fr: "Acquisition de matériel de nettoyage et de jardinage" },
    { ar: "تجهيز مطبخ لخدمات الممون", fr: "Équipement d'une cuisine de traiteur" },
    { ar: "اقتناء سيارة نفعية للتوزيع", fr: "Acquisition d'un véhicule utilitaire de livraison" },
  ],
  TOURISM: [
    { ar: "تهيئة وتجهيز دار للضيافة القروية", fr: "Aménagement et équipement d'un gîte rural" },
    { ar: "تهيئة مسارات للسياحة البيئية", fr: "Aménagement de circuits d'écotourisme" },
    { ar: "تجهيز فضاء للاستقبال والإطعام", fr: "Équipement d'un espace d'accueil et de restauration" },
  ],
};

export const WOMEN_FIRST_NAMES = [
  "Fatima", "Khadija", "Naima", "Saida", "Rachida", "Amina", "Zineb", "Hanane",
  "Latifa", "Meryem", "Souad", "Karima", "Nadia", "Houda", "Samira", "Malika",
];

export const MEN_FIRST_NAMES = [
  "Mohamed", "Ahmed", "Abdelkader", "Hassan", "Youssef", "Rachid", "Mustapha",
  "Abdellah", "Karim", "Said", "Hamid", "Omar", "Driss", "Nabil",
];

export const FAMILY_NAMES = [
  "El Amrani", "Bennani", "El Idrissi", "Tahiri", "Benali", "El Khattabi", "Alaoui", "Chaoui",
  "Belhaj", "Ouazzani", "El Fassi", "Boukhari", "Zemmouri", "Riffi", "Jebli", "El Haddad",
  "Benjelloun", "Lamrani", "Sefrioui", "Aarab",
];

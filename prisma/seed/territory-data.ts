// Morocco's 12 regions and their 75 prefectures and provinces, as decree 2-15-40 of 20 February 2015
// lists them (13 prefectures, the urban units, and 62 provinces). Codes are stable natural keys: existing
// databases hold TANGER-TETOUAN-AL-HOCEIMA and TANGER-ASSILAH, so those two never change.

export type PrefectureKind = "PREFECTURE" | "PROVINCE";

/** [code, short name in French, short name in Arabic, kind] */
type Unit = [string, string, string, PrefectureKind];

type RegionSeed = { code: string; nameAr: string; nameFr: string; units: Unit[] };

const P = "PREFECTURE";
const V = "PROVINCE";

export const REGIONS: RegionSeed[] = [
  {
    code: "TANGER-TETOUAN-AL-HOCEIMA", nameAr: "جهة طنجة تطوان الحسيمة", nameFr: "Région de Tanger-Tétouan-Al Hoceïma",
    units: [
      ["TANGER-ASSILAH", "Tanger-Assilah", "طنجة أصيلة", P], ["MDIQ-FNIDEQ", "M'diq-Fnideq", "المضيق الفنيدق", P],
      ["TETOUAN", "Tétouan", "تطوان", V], ["FAHS-ANJRA", "Fahs-Anjra", "الفحص أنجرة", V], ["LARACHE", "Larache", "العرائش", V],
      ["AL-HOCEIMA", "Al Hoceïma", "الحسيمة", V], ["CHEFCHAOUEN", "Chefchaouen", "شفشاون", V], ["OUEZZANE", "Ouezzane", "وزان", V],
    ],
  },
  {
    code: "ORIENTAL", nameAr: "جهة الشرق", nameFr: "Région de l'Oriental",
    units: [
      ["OUJDA-ANGAD", "Oujda-Angad", "وجدة أنجاد", P], ["NADOR", "Nador", "الناظور", V], ["DRIOUCH", "Driouch", "الدريوش", V],
      ["JERADA", "Jerada", "جرادة", V], ["BERKANE", "Berkane", "بركان", V], ["TAOURIRT", "Taourirt", "تاوريرت", V],
      ["GUERCIF", "Guercif", "جرسيف", V], ["FIGUIG", "Figuig", "فجيج", V],
    ],
  },
  {
    code: "FES-MEKNES", nameAr: "جهة فاس مكناس", nameFr: "Région de Fès-Meknès",
    units: [
      ["FES", "Fès", "فاس", P], ["MEKNES", "Meknès", "مكناس", P], ["EL-HAJEB", "El Hajeb", "الحاجب", V], ["IFRANE", "Ifrane", "إفران", V],
      ["MOULAY-YACOUB", "Moulay Yacoub", "مولاي يعقوب", V], ["SEFROU", "Sefrou", "صفرو", V], ["BOULEMANE", "Boulemane", "بولمان", V],
      ["TAOUNATE", "Taounate", "تاونات", V], ["TAZA", "Taza", "تازة", V],
    ],
  },
  {
    code: "RABAT-SALE-KENITRA", nameAr: "جهة الرباط سلا القنيطرة", nameFr: "Région de Rabat-Salé-Kénitra",
    units: [
      ["RABAT", "Rabat", "الرباط", P], ["SALE", "Salé", "سلا", P], ["SKHIRATE-TEMARA", "Skhirate-Témara", "الصخيرات تمارة", P],
      ["KENITRA", "Kénitra", "القنيطرة", V], ["KHEMISSET", "Khémisset", "الخميسات", V], ["SIDI-KACEM", "Sidi Kacem", "سيدي قاسم", V],
      ["SIDI-SLIMANE", "Sidi Slimane", "سيدي سليمان", V],
    ],
  },
  {
    code: "BENI-MELLAL-KHENIFRA", nameAr: "جهة بني ملال خنيفرة", nameFr: "Région de Béni Mellal-Khénifra",
    units: [
      ["BENI-MELLAL", "Béni Mellal", "بني ملال", V], ["AZILAL", "Azilal", "أزيلال", V], ["FQUIH-BEN-SALAH", "Fquih Ben Salah", "الفقيه بن صالح", V],
      ["KHENIFRA", "Khénifra", "خنيفرة", V], ["KHOURIBGA", "Khouribga", "خريبكة", V],
    ],
  },
  {
    code: "CASABLANCA-SETTAT", nameAr: "جهة الدار البيضاء سطات", nameFr: "Région de Casablanca-Settat",
    units: [
      ["CASABLANCA", "Casablanca", "الدار البيضاء", P], ["MOHAMMEDIA", "Mohammédia", "المحمدية", P], ["EL-JADIDA", "El Jadida", "الجديدة", V],
      ["NOUACEUR", "Nouaceur", "النواصر", V], ["MEDIOUNA", "Médiouna", "مديونة", V], ["BENSLIMANE", "Benslimane", "بنسليمان", V],
      ["BERRECHID", "Berrechid", "برشيد", V], ["SETTAT", "Settat", "سطات", V], ["SIDI-BENNOUR", "Sidi Bennour", "سيدي بنور", V],
    ],
  },
  {
    code: "MARRAKECH-SAFI", nameAr: "جهة مراكش آسفي", nameFr: "Région de Marrakech-Safi",
    units: [
      ["MARRAKECH", "Marrakech", "مراكش", P], ["CHICHAOUA", "Chichaoua", "شيشاوة", V], ["AL-HAOUZ", "Al Haouz", "الحوز", V],
      ["EL-KELAA-DES-SRAGHNA", "El Kelâa des Sraghna", "قلعة السراغنة", V], ["ESSAOUIRA", "Essaouira", "الصويرة", V],
      ["REHAMNA", "Rehamna", "الرحامنة", V], ["SAFI", "Safi", "آسفي", V], ["YOUSSOUFIA", "Youssoufia", "اليوسفية", V],
    ],
  },
  {
    code: "DRAA-TAFILALET", nameAr: "جهة درعة تافيلالت", nameFr: "Région de Drâa-Tafilalet",
    units: [
      ["ERRACHIDIA", "Errachidia", "الرشيدية", V], ["OUARZAZATE", "Ouarzazate", "ورزازات", V], ["MIDELT", "Midelt", "ميدلت", V],
      ["TINGHIR", "Tinghir", "تنغير", V], ["ZAGORA", "Zagora", "زاكورة", V],
    ],
  },
  {
    code: "SOUSS-MASSA", nameAr: "جهة سوس ماسة", nameFr: "Région de Souss-Massa",
    units: [
      ["AGADIR-IDA-OUTANANE", "Agadir Ida-Outanane", "أكادير إداوتنان", P], ["INEZGANE-AIT-MELLOUL", "Inezgane-Aït Melloul", "إنزكان أيت ملول", P],
      ["CHTOUKA-AIT-BAHA", "Chtouka-Aït Baha", "اشتوكة أيت باها", V], ["TAROUDANNT", "Taroudannt", "تارودانت", V],
      ["TIZNIT", "Tiznit", "تيزنيت", V], ["TATA", "Tata", "طاطا", V],
    ],
  },
  {
    code: "GUELMIM-OUED-NOUN", nameAr: "جهة كلميم واد نون", nameFr: "Région de Guelmim-Oued Noun",
    units: [
      ["GUELMIM", "Guelmim", "كلميم", V], ["ASSA-ZAG", "Assa-Zag", "أسا الزاك", V], ["TAN-TAN", "Tan-Tan", "طانطان", V],
      ["SIDI-IFNI", "Sidi Ifni", "سيدي إفني", V],
    ],
  },
  {
    code: "LAAYOUNE-SAKIA-EL-HAMRA", nameAr: "جهة العيون الساقية الحمراء", nameFr: "Région de Laâyoune-Sakia El Hamra",
    units: [
      ["LAAYOUNE", "Laâyoune", "العيون", V], ["BOUJDOUR", "Boujdour", "بوجدور", V], ["TARFAYA", "Tarfaya", "طرفاية", V],
      ["ES-SEMARA", "Es-Semara", "السمارة", V],
    ],
  },
  {
    code: "DAKHLA-OUED-ED-DAHAB", nameAr: "جهة الداخلة وادي الذهب", nameFr: "Région de Dakhla-Oued Ed-Dahab",
    units: [["OUED-ED-DAHAB", "Oued Ed-Dahab", "وادي الذهب", V], ["AOUSSERD", "Aousserd", "أوسرد", V]],
  },
];

/** "Préfecture de Tanger-Assilah", "Province d'Al Hoceïma"; "عمالة طنجة أصيلة", "إقليم الحسيمة". */
export function prefectureNames(kind: PrefectureKind, shortFr: string, shortAr: string) {
  const word = kind === "PREFECTURE" ? "Préfecture" : "Province";
  const of = /^[AEIOUYÉÂ]/i.test(shortFr) && !/^Y/.test(shortFr) ? "d'" : "de ";
  return { nameFr: `${word} ${of}${shortFr}`, nameAr: `${kind === "PREFECTURE" ? "عمالة" : "إقليم"} ${shortAr}` };
}

export type PrefectureSeed = { code: string; kind: PrefectureKind; nameAr: string; nameFr: string; regionCode: string };

export const PREFECTURES: PrefectureSeed[] = REGIONS.flatMap((region) =>
  region.units.map(([code, shortFr, shortAr, kind]) => ({ code, kind, ...prefectureNames(kind, shortFr, shortAr), regionCode: region.code })),
);

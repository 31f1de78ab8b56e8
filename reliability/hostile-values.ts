// The raw material of the bad-input suite. Two kinds of values:
// - fillers: hostile text that is nevertheless VALID for a free-text field (markup, SQL, bidi overrides,
//   NUL, broken UTF-8 once decoded...). The app must store such text verbatim and escape it on output, so
//   a payload made of fillers alone could rightly be accepted; fillers ride along with a poison.
// - poisons: values a field must refuse (wrong type, out of range, overflowing, malformed). Every generated
//   payload carries at least one poison, so each one must be answered with a refusal.
import type { Rng } from "./prng";

/** Bytes that are not UTF-8, decoded the lenient way a careless proxy would: U+FFFD replacement marks. */
export const BROKEN_UTF8 = new TextDecoder("utf-8").decode(new Uint8Array([0x41, 0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82, 0x42]));

export const FILLERS: readonly string[] = [
  "<script>alert(document.cookie)</script>",
  `'; DROP TABLE "Grant"; --`,
  `" OR "1"="1`,
  "1; DELETE FROM Cooperative WHERE 1=1",
  "\u202Egnp.exe\u202C تعاونية",
  "before\u0000after",
  BROKEN_UTF8,
  "lone \uD800 surrogate \uDFFF",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "=HYPERLINK(\"http://evil.example\",\"x\")",
  "{{7*7}} ${7*7} #{7*7}",
  "../../../../etc/passwd",
  "line\r\nSet-Cookie: indh_session=forged",
  "تَعَاوُنِيَّة النِّسَاء 👩‍🌾",
  "\u200B\u200C\u200D\uFEFF zero width",
  "$ACTION_ID_forged",
  "%00%27%22%3Cscript%3E",
];

/** A 100 kB string: far beyond every text field's limit (the longest, an event body, is 50,000). */
export const HUGE = "<script>x</script>".repeat(Math.ceil(100_000 / 18)).slice(0, 100_000);

export type FieldKind =
  | "text" | "optionalText" | "int" | "optionalInt" | "id" | "optionalId" | "amount" | "optionalAmount" | "date" | "optionalDate"
  | "enum" | "version" | "email" | "optionalEmail" | "password" | "optionalPassword" | "slug" | "code" | "time" | "percent" | "reason" | "confirm" | "boolean";

export type Field = {
  kind: FieldKind;
  max?: number;
  min?: number;
  /** Ids of real rows this field must not accept: another prefecture's, or national data for a local user. */
  foreign?: number[];
};

/** 28 digits of dirhams: beyond any 64-bit count of centimes, for amounts that must hit an upper bound. */
export const HUGE_AMOUNT = "9999999999999999999999999999";

/** Shorthands of the specs: a required and an optional free text of at most `max` characters. */
export const text = (max: number): Field => ({ kind: "text", max });
export const optionalText = (max: number): Field => ({ kind: "optionalText", max });

/** A hostile but valid text for a field of at most `max` characters (never blank after trimming). */
export function filler(rng: Rng, max = 200): string {
  const text = rng.pick(FILLERS).slice(0, max);
  return text.trim() === "" ? "x" : text;
}

const OVERFLOWING_NUMBERS = ["9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "18446744073709551616"];
// Eastern Arabic digits ("٣") are a number for typed counts (normalizeDigits) but never a record id.
const NOT_NUMBERS = ["12,34,56", "NaN", "Infinity", "0x10", "1.5", "1 OR 1=1", "<script>", "true", "[]", "{}"];
const NOT_IDS = [...NOT_NUMBERS, "٣"];

/** Values the field must refuse. `current` is the stored version, for stale-version poisons. */
export function poisonsFor(field: Field, current?: number): string[] {
  const max = field.max ?? 200;
  switch (field.kind) {
    case "text":
      return [HUGE, "x".repeat(max + 1), "", "   \t\n  "];
    case "optionalText":
      return [HUGE, "é".repeat(max + 1)];
    case "int":
      return ["-1", String((field.max ?? 1_000_000) + 1), "", ...OVERFLOWING_NUMBERS, ...NOT_NUMBERS];
    case "optionalInt":
      return ["-1", String((field.max ?? 1_000_000) + 1), ...OVERFLOWING_NUMBERS, ...NOT_NUMBERS];
    case "id":
      return ["", "-1", "0", "999999", ...OVERFLOWING_NUMBERS, ...NOT_IDS, ...(field.foreign ?? []).map(String)];
    case "optionalId":
      return ["-1", "999999", ...OVERFLOWING_NUMBERS, ...NOT_IDS, ...(field.foreign ?? []).map(String)];
    case "amount":
    case "optionalAmount": {
      // Negative, overflowing (beyond a signed 64-bit count of centimes) and malformed dirhams.
      const malformed = ["-1", "-0,50", "99999999999999999999999999999", "92233720368547758,08", "1e309", "12,34,56", "NaN", "--5", "1.2.3,4,5", HUGE];
      return field.kind === "amount" ? [...malformed, ""] : malformed;
    }
    case "date":
    case "optionalDate": {
      const bad = ["2025-02-31", "31/02/2025", "9999-12-31", "0000-01-01", "2025-13-01", "yesterday", "'; DROP TABLE", "1e309"];
      return field.kind === "date" ? [...bad, ""] : bad;
    }
    case "enum":
      return ["", "<script>alert(1)</script>", `'; DROP TABLE "User"; --`, "approved", "ADMIN\u0000", HUGE];
    case "version":
      return ["", "0", "-1", "abc", "1e309", "9223372036854775808", "1000000001", ...(current ? [String(current + 7)] : [])];
    case "email":
      return ["", "not-an-email", "a@", "<script>@x.ma", `${"x".repeat(300)}@x.ma`, "a@b@c.ma", "admin@demo.indh.ma\r\nBcc: x@evil.example"];
    case "optionalEmail":
      return ["not-an-email", "a@", "<script>@x.ma", `${"x".repeat(300)}@x.ma`, "a@b@c.ma"];
    case "password":
      return ["", "short", "x".repeat(201), HUGE];
    case "optionalPassword":
      return ["short", "x".repeat(201), HUGE];
    case "slug":
      return ["", "Has Spaces", "../etc/passwd", "<script>", "a--b", "UPPER", "x".repeat(121), "événement"];
    case "code":
      return ["", "<script>", "-LEADING", "a b", "x".repeat(61), "'; DROP", "é"];
    case "time":
      return ["", "25:00", "12:60", "noon", "1e309", "12:00:00:00"];
    case "percent":
      return ["101", "-1", "1e2", "abc", "9223372036854775808", "50.5"];
    case "reason":
      return ["", "   ", "x".repeat(501), HUGE];
    case "confirm":
      return ["", "off", "yes", "ON", "<script>"];
    case "boolean":
      return ["", "yes", "1", "TRUE", "<script>"];
  }
}

/** What a crafted action request can send where a FormData is expected (React decodes any value). */
// (An array is left out: Array.prototype.entries makes [] read as an empty form, which is valid for a form
// without fields such as the discard button's.)
export const NOT_FORM_DATA: readonly unknown[] = [null, undefined, {}, "reason=x&confirm=on", 42, { get: "x" }, new Blob(["reason=x"])];

/** What a crafted request can bind as a record id (the page binds a number; a client may send anything). */
export const FORGED_ID_VALUES: readonly unknown[] = [
  999_999, -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 63, Number.MAX_SAFE_INTEGER + 2, "1 OR 1=1", "", null, undefined, { id: 1 }, [],
];

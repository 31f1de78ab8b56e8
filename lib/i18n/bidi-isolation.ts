// Numbers inside right-to-left text must be isolated, or the bidi algorithm scrambles them: a sign moves
// to the far side ("بفارق 12-"), groups of a spaced number swap ("091 179 13"), a period turns round
// ("2025–2019"). A message isolates a numeric placeholder by wrapping it (or the phrase it belongs to, such
// as a whole period) in FSI/LRI/RLI ... PDI, written "\u2068{count}\u2069" in the JSON catalogues.
import { IntlMessageFormat } from "intl-messageformat";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
// The element kinds of intl-messageformat's syntax tree (its parser's TYPE enum, not re-exported).
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, tag: 8 } as const;

const OPENERS = new Set(["\u2066", "\u2067", "\u2068"]);
const PDI = "\u2069";
const ISOLATING_TAGS = new Set(["ltr", "bdi"]);

/**
 * Placeholders that carry a number, an amount, a year or a date, or a code, an e-mail or a web address
 * (Latin text whose punctuation the bidi algorithm also moves), by their name in the catalogues.
 */
const NUMERIC_NAME =
  /^(id|code|email|url|link|slug|file|count|total|amount|sum|difference|gap|remaining|reported|computed|from|to|start|end|year|share|max|min|version|line|lines|rows|size|indh|urban|rural|women|young|drafts|number|position|percent|expected|actual|done)$|(Count|Amount|Total|Year|Centimes|Number)$/;

/** A number written in the text itself whose groups are separated by spaces ("13 179 091"). */
const SPACED_NUMBER = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+/g;

/** Whether the text contains right-to-left letters (Arabic), i.e. will be laid out with the bidi rules. */
export function hasRightToLeftText(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text);
}

/** Isolation depth at each position of a literal: >0 inside an FSI/LRI/RLI ... PDI. */
function depthAfter(text: string, depth: number): number {
  let d = depth;
  for (const c of text) {
    if (OPENERS.has(c)) d++;
    else if (c === PDI && d > 0) d--;
  }
  return d;
}

function problemsIn(elements: Element[], depth: number, out: string[]): number {
  let d = depth;
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      let inner = d;
      let last = 0;
      for (const match of element.value.matchAll(SPACED_NUMBER)) {
        inner = depthAfter(element.value.slice(last, match.index), inner);
        last = match.index;
        if (inner === 0) out.push(`the number "${match[0]}" is not isolated`);
      }
      d = depthAfter(element.value, d);
    } else if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      const numeric = element.type !== TYPE.argument || NUMERIC_NAME.test(element.value);
      if (numeric && d === 0) out.push(`{${element.value}} is not isolated`);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) problemsIn(option.value, d, out);
    } else if (element.type === TYPE.tag) {
      // <ltr>…</ltr> and <bdi>…</bdi> are rendered as an element with a dir attribute, which HTML isolates.
      problemsIn(element.children, ISOLATING_TAGS.has(element.value) ? d + 1 : d, out);
    }
  }
  return d;
}

/**
 * The numeric placeholders and spaced numbers of a message that are not isolated, for messages that hold
 * right-to-left text (every Arabic one; a French one only if it quotes Arabic). Empty when all is well.
 */
export function findUnisolatedNumbers(message: string): string[] {
  if (!hasRightToLeftText(message)) return [];
  const out: string[] = [];
  problemsIn(new IntlMessageFormat(message, "ar").getAst(), 0, out);
  return out;
}

// Unicode isolates for numbers shown in right-to-left text. Without them the bidi algorithm lets a number
// interact with the Arabic around it: the sign of "-12" is drawn on the far side ("12-"), the groups of
// "13 179 091" swap, a trailing full stop sticks to "د.م.". An isolate makes the number one neutral block
// for the text outside and lays it out on its own inside. Plain characters, so they work in every context
// (React text, message placeholders, titles, CSV cells); Chromium, Firefox and Safari all honour them.
export const LRI = "\u2066"; // left-to-right isolate: digits, signs, years
export const RLI = "\u2067"; // right-to-left isolate: an Arabic amount with its currency
export const FSI = "\u2068"; // first-strong isolate: direction taken from the content
export const PDI = "\u2069"; // pop directional isolate: ends any of the three

/** The marks ICU puts around Arabic numbers (LRM, RLM, ALM): replaced by isolates, so dropped. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c]/g;

export function isolateLeftToRight(text: string): string {
  return `${LRI}${text.replace(DIRECTION_MARKS, "")}${PDI}`;
}

export function isolateRightToLeft(text: string): string {
  return `${RLI}${text}${PDI}`;
}

/** Removes the isolates and marks, for a comparison or a cell that must hold the bare text. */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "");
}

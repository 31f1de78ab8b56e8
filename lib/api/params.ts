// Query parameters of the public API, checked with zod. Unlike the dashboard's URL parsing (which drops a
// bad value so that a hand-edited page still renders), the API refuses a bad value with 400 and says which
// parameter is wrong: a program that sent it should learn, not silently get other figures. Unknown
// parameters are ignored, so cache-busting parameters do no harm. Messages are English: they are for
// developers, like the field names.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { apiError, type ApiResult } from "@/lib/api/respond";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Digits only ("1e3", "0x10", "-2" are refused); at most 9 digits keeps it a safe integer. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));

const lang = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default("ar");

export const eventListQuerySchema = z.object({
  lang,
  page: wholeNumber(1, 1_000_000).default(1),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type EventListQuery = z.output<typeof eventListQuerySchema>;

export const langQuerySchema = z.object({ lang });

// The filters the public results page offers (lib/dashboards/public-results.ts), no more.
export const figuresQuerySchema = z
  .object({
    lang,
    fromYear: wholeNumber(1900, 2200).optional(),
    toYear: wholeNumber(1900, 2200).optional(),
    zone: z.enum(["URBAN", "RURAL"], { error: "must be URBAN or RURAL" }).optional(),
    phaseId: wholeNumber(1, 999_999_999).optional(),
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ["toYear"],
    error: "must not be before fromYear",
  });
export type FiguresQuery = z.output<typeof figuresQuerySchema>;

/** The first value of each parameter; an empty value counts as absent (an empty form field). */
function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!(key in out) && value.trim() !== "") out[key] = value.trim();
  }
  return out;
}

export type Parsed<T> = { ok: true; query: T } | { ok: false; error: ApiResult };

export function parseQuery<S extends z.ZodType>(schema: S, request: Request): Parsed<z.output<S>> {
  const parsed = schema.safeParse(firstValues(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, query: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
  const summary = issues.map((i) => `${i.field} ${i.message}`).join("; ");
  return { ok: false, error: apiError(400, "invalid_parameter", `Invalid query parameter: ${summary}.`, issues) };
}

import { callPhaseAt } from "@/lib/calls/deadline";
import { PublicPagesScript } from "@/components/layout/public-pages-script";

/** Texts formatted on the server (components/calls/deadline-texts.ts): public pages load no i18n library. */
export type DeadlineTexts = {
  /** "Closes in {days} days" by plural category of the page's language ("one", "few"...). */
  closesIn: Partial<Record<Intl.LDMLPluralRule, string>>;
  closesToday: string;
  notYetOpen: string;
  closed: string;
  apply: string;
};

type Props = {
  locale: string;
  opensAt: string;
  closesAt: string;
  /** The application form's address in the page's language. */
  applyHref: string;
  texts: DeadlineTexts;
  /** The instant the page was rendered: which of the three states is shown before the script runs. */
  renderedAt: string;
};

function closesInText(texts: DeadlineTexts, locale: string, days: number): string {
  const template = texts.closesIn[new Intl.PluralRules(locale).select(days)] ?? texts.closesIn.other ?? "";
  return template.replace("{days}", new Intl.NumberFormat(locale).format(days));
}

/**
 * "Closes in N days" with the Apply button while the call is open, the notice before it opens and after it
 * closes. All three are rendered, the one true at `renderedAt` shown. The page is cached (for minutes), so
 * public/js/public-pages.js shows the one true by the visitor's own clock once loaded and every minute
 * after: a page cached before the deadline never offers to apply after it. suppressHydrationWarning: where
 * React hydrates the page after all (PUBLIC_PAGE_SCRIPTS=on), it keeps what the script changed.
 */
export function DeadlineStatus({ locale, opensAt, closesAt, applyHref, texts, renderedAt }: Props) {
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  const phase = callPhaseAt(Date.parse(renderedAt), opens, closes);
  const clientTexts = { closesIn: texts.closesIn, closesToday: texts.closesToday };
  return (
    <div data-call-phase data-opens-at={opens} data-closes-at={closes} data-locale={locale} data-texts={JSON.stringify(clientTexts)} data-testid="call-phase">
      <p data-phase="upcoming" hidden={phase.kind !== "upcoming"} suppressHydrationWarning className="rounded-md bg-ochre-100 p-3 font-semibold">
        {texts.notYetOpen}
      </p>
      <div data-phase="open" hidden={phase.kind !== "open"} suppressHydrationWarning className="flex flex-wrap items-center gap-4">
        <p data-closes-in suppressHydrationWarning className="font-semibold text-brand-800" data-testid="closes-in">
          {phase.kind === "open" && (phase.days === 0 ? texts.closesToday : closesInText(texts, locale, phase.days))}
        </p>
        <a href={applyHref} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          {texts.apply}
        </a>
      </div>
      <p data-phase="closed" hidden={phase.kind !== "closed"} suppressHydrationWarning className="rounded-md bg-slate-100 p-3 font-semibold">
        {texts.closed}
      </p>
      <PublicPagesScript />
    </div>
  );
}

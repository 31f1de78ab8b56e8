"use client";

import { useEffect, useState } from "react";
import { callPhaseAt, type CallPhase } from "@/lib/calls/deadline";

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
  /** The instant the page was rendered: the first paint agrees with the server's HTML (no hydration mismatch). */
  renderedAt: string;
};

function closesInText(texts: DeadlineTexts, locale: string, days: number): string {
  const template = texts.closesIn[new Intl.PluralRules(locale).select(days)] ?? texts.closesIn.other ?? "";
  return template.replace("{days}", new Intl.NumberFormat(locale).format(days));
}

/**
 * "Closes in N days" with the Apply button while the call is open, the closed notice after. The page is
 * cached, so the browser recomputes from its own clock once loaded and every minute after: a page cached
 * before the deadline never offers to apply after it.
 */
export function DeadlineStatus({ locale, opensAt, closesAt, applyHref, texts, renderedAt }: Props) {
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  const [phase, setPhase] = useState<CallPhase>(() => callPhaseAt(Date.parse(renderedAt), opens, closes));
  useEffect(() => {
    const update = () => setPhase(callPhaseAt(Date.now(), opens, closes));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [opens, closes]);
  if (phase.kind === "upcoming") return <p className="rounded-md bg-ochre-100 p-3 font-semibold" data-testid="call-phase">{texts.notYetOpen}</p>;
  if (phase.kind === "closed") return <p className="rounded-md bg-slate-100 p-3 font-semibold" data-testid="call-phase">{texts.closed}</p>;
  return (
    <div className="flex flex-wrap items-center gap-4" data-testid="call-phase">
      <p className="font-semibold text-brand-800" data-testid="closes-in">{phase.days === 0 ? texts.closesToday : closesInText(texts, locale, phase.days)}</p>
      <a href={applyHref} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800">{texts.apply}</a>
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { callPhaseAt, type CallPhase } from "@/lib/calls/deadline";

type Props = {
  slug: string;
  opensAt: string;
  closesAt: string;
  /** Texts formatted on the server (Morocco time), so the client never formats dates itself. */
  opensText: string;
  closesText: string;
  /** The instant the page was rendered: the first paint agrees with the server's HTML (no hydration mismatch). */
  renderedAt: string;
};

/**
 * "Closes in N days" with the Apply button while the call is open, the closed notice after. The page is
 * cached, so the browser recomputes from its own clock once loaded and every minute after: a page cached
 * before the deadline never offers to apply after it.
 */
export function DeadlineStatus({ slug, opensAt, closesAt, opensText, closesText, renderedAt }: Props) {
  const t = useTranslations("Calls.page");
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  const [phase, setPhase] = useState<CallPhase>(() => callPhaseAt(Date.parse(renderedAt), opens, closes));
  useEffect(() => {
    const update = () => setPhase(callPhaseAt(Date.now(), opens, closes));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [opens, closes]);
  if (phase.kind === "upcoming") return <p className="rounded-md bg-ochre-100 p-3 font-semibold" data-testid="call-phase">{t("notYetOpen", { date: opensText })}</p>;
  if (phase.kind === "closed") return <p className="rounded-md bg-slate-100 p-3 font-semibold" data-testid="call-phase">{t("closed", { date: closesText })}</p>;
  return (
    <div className="flex flex-wrap items-center gap-4" data-testid="call-phase">
      <p className="font-semibold text-brand-800" data-testid="closes-in">{phase.days === 0 ? t("closesToday") : t("closesIn", { days: phase.days })}</p>
      <Link href={`/calls/${slug}/apply`} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800">{t("apply")}</Link>
    </div>
  );
}

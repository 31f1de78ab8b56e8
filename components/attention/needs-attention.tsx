import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate, formatTime } from "@/lib/format/dates";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { AttentionGroup as Group } from "@/lib/attention/types";
import type { KeptNeedsAttention as Lists } from "@/lib/attention/kept-attention";
import { StateBadge } from "@/components/visits/state-badge";
import { AttentionGroup, type AttentionEntry } from "@/components/attention/attention-group";

/** The workspace home's "needs attention" section: four groups, or one sentence when all are empty. */
export async function NeedsAttention({ lists, locale, national }: { lists: Lists; locale: AppLocale; national: boolean }) {
  const t = await getTranslations("Attention");
  const date = (d: Date) => formatCalendarDate(d, locale);
  const count = (n: number) => ({ count: n, total: formatCount(n, locale) });
  const more = (key: string, group: Group<unknown>) => {
    const rest = group.total - group.items.length;
    return rest > 0 ? t(`groups.${key}.more`, count(rest)) : null;
  };
  const { overdueTranches, unvisitedConventions, projectsAtRisk, closingCalls } = lists;

  const groups: { key: string; group: Group<unknown>; entries: AttentionEntry[] }[] = [
    {
      key: "overdueTranches", group: overdueTranches,
      entries: overdueTranches.items.map((i) => ({
        key: i.trancheId, href: i.href, title: i.grantTitle,
        lines: [i.cooperative, t("groups.overdueTranches.tranche", { position: formatCount(i.position, locale), amount: formatMoney(i.amountCentimes, locale), date: date(i.plannedOn) }), t("groups.overdueTranches.late", count(i.daysOverdue))],
      })),
    },
    {
      key: "unvisitedConventions", group: unvisitedConventions,
      entries: unvisitedConventions.items.map((i) => ({
        key: i.grantId, href: i.href, title: i.grantTitle,
        lines: [
          i.cooperative, t("groups.unvisitedConventions.reference", { reference: i.reference }),
          i.lastVisitOn ? t("groups.unvisitedConventions.lastVisit", { date: date(i.lastVisitOn) }) : t("groups.unvisitedConventions.neverVisited", { date: date(i.signedOn) }),
        ],
      })),
    },
    {
      key: "projectsAtRisk", group: projectsAtRisk,
      entries: projectsAtRisk.items.map((i) => ({
        key: i.visitId, href: i.href, title: i.grantTitle,
        lines: [i.cooperative, <><StateBadge state={i.state} /> {t("groups.projectsAtRisk.visit", { date: date(i.visitedOn) })}</>],
      })),
    },
    {
      key: "closingCalls", group: closingCalls,
      entries: closingCalls.items.map((i) => ({
        key: i.callId, href: i.href, title: i.title,
        lines: [
          t("groups.closingCalls.reference", { reference: i.reference }),
          t("groups.closingCalls.closes", { date: date(i.closesOn), time: formatTime(i.closesAt, locale) }),
          <strong className="text-slate-900">{i.daysLeft === 0 ? t("groups.closingCalls.lastDay") : t("groups.closingCalls.daysLeft", count(i.daysLeft))}</strong>,
        ],
      })),
    },
  ];
  const empty = groups.every((g) => g.group.total === 0);

  return (
    <section aria-labelledby="needs-attention" className="space-y-4 rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid="needs-attention">
      <div className="space-y-1">
        <h2 id="needs-attention" className="text-xl font-bold text-brand-800">{t("title")}</h2>
        {!empty && <p className="text-sm text-slate-700">{national ? t("leadNational") : t("lead")}</p>}
      </div>
      {lists.beingUpdated && (
        <p role="status" className="rounded-md border border-brand-100 bg-white px-4 py-2 text-sm text-brand-800" data-testid="attention-being-updated">
          {t("beingUpdated")}
        </p>
      )}
      {empty ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {groups.map((g) => (
            <AttentionGroup
              key={g.key} id={`attention-${g.key}`} title={t(`groups.${g.key}.title`)} total={g.group.total} entries={g.entries}
              none={t(`groups.${g.key}.none`)} more={more(g.key, g.group)} locale={locale}
            />
          ))}
        </div>
      )}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { ReportedFigures } from "@/lib/reconciliation/compare";

type Props = { reported: ReportedFigures; locale: AppLocale };

/** The stated figures alone, when there is nothing to compare them with: no computed column of zeros. */
export async function ReportedFiguresOnly({ reported: r, locale }: Props) {
  const t = await getTranslations("Reconciliation");
  const count = (n: number | null) => (n === null ? null : formatCount(n, locale));
  const money = (c: bigint | null) => (c === null ? null : formatMoney(c, locale));
  const rows = ([
    ["cooperativesFunded", count(r.cooperativesFunded)],
    ["urbanCooperatives", count(r.urbanCooperatives)],
    ["ruralCooperatives", count(r.ruralCooperatives)],
    ["totalEnvelope", money(r.totalEnvelopeCentimes)],
    ["indhContribution", money(r.indhContributionCentimes)],
  ] as const).filter(([, value]) => value !== null);
  if (rows.length === 0) return null;
  return (
    <dl data-testid="reported-only" className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-700">{t(key)}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

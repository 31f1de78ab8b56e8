import { getTranslations } from "next-intl/server";
import type { ReportedPresentation } from "@/lib/dashboards/reported-presentations";
import type { Reconciliation } from "@/lib/reconciliation/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { ReconciliationPanel } from "@/components/events/reconciliation-panel";

type Props = { items: { presentation: ReportedPresentation; reconciliation: Reconciliation }[]; locale: AppLocale };

/** Every presentation that stated figures, beside the same figures computed from the records. */
export async function ReconciliationSection({ items, locale }: Props) {
  const t = await getTranslations("DashboardPage");
  return (
    <section aria-labelledby="reconciliation" className="space-y-4">
      <h2 id="reconciliation" className="text-2xl font-bold text-brand-800">{t("reconciliationTitle")}</h2>
      {items.length === 0 && <p>{t("noReportedFigures")}</p>}
      {items.map(({ presentation, reconciliation }) => (
        <div key={presentation.id} className="space-y-2">
          <p className="font-semibold">
            <Link href={`/admin/events/${presentation.eventId}`} className="underline">{presentation.eventTitle}</Link> — {presentation.title}
          </p>
          <ReconciliationPanel position={presentation.position} reported={presentation.reported} reconciliation={reconciliation} locale={locale} />
        </div>
      ))}
    </section>
  );
}

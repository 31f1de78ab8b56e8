import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import type { ApplicationDetail } from "@/lib/screening/types";
import { FactList, Section } from "@/components/screening/fact-list";

/** Everything the applicant submitted: the cooperative with its members, the project and its cost split. */
export async function ApplicationFacts({ application: a, locale }: { application: ApplicationDetail; locale: AppLocale }) {
  const t = await getTranslations("Screening.detail");
  const p = a.applicant;
  const withShare = (count: number) => t("countWithShare", { count: formatCount(count, locale), share: formatShare(BigInt(count), BigInt(p.members), locale) });
  const m = a.money;
  const money = (centimes: bigint) => formatMoney(centimes, locale);
  return (
    <>
      <Section id="application-cooperative" title={t("cooperative")}>
        <FactList
          rows={[
            [t("nameAr"), <span key="ar" lang="ar" dir="rtl">{p.nameAr}</span>],
            [t("nameFr"), <span key="fr" lang="fr" dir="ltr">{p.nameFr}</span>],
            [t("registerNumber"), <span key="rc" dir="ltr">{p.registerNumber}</span>],
            [t("commune"), p.commune],
            [t("sector"), p.sector],
            [t("members"), formatCount(p.members, locale)],
            [t("womenMembers"), withShare(p.womenMembers)],
            [t("youngMembers"), withShare(p.youngMembers)],
            [t("contact"), <span key="c">{p.contactName} — <span dir="ltr">{p.contactPhone}</span>{p.contactEmail && <> — <span dir="ltr">{p.contactEmail}</span></>}</span>],
            ...(p.cooperativeId ? [[t("linkedCooperative"), <Link key="l" href={`/admin/cooperatives/${p.cooperativeId}`} className="text-brand-800 underline">{t("openCooperative")}</Link>] as [string, React.ReactNode]] : []),
          ]}
        />
      </Section>
      <Section id="application-project" title={t("project")}>
        <FactList
          rows={[
            [t("call"), `${a.call.reference} — ${a.call.title}`],
            [t("axis"), a.axisName ?? t("none")],
            [t("projectTitle"), a.project.title],
            [t("projectDescription"), <p key="d" className="whitespace-pre-line">{a.project.description}</p>],
          ]}
        />
      </Section>
      <Section id="application-money" title={t("money")}>
        <FactList
          rows={[
            [t("totalCost"), money(m.totalCostCentimes)],
            [t("requestedIndh"), money(m.requestedIndhCentimes)],
            [t("indhShare"), formatShare(m.requestedIndhCentimes, m.totalCostCentimes, locale)],
            [t("beneficiary"), money(m.beneficiaryContributionCentimes)],
            [t("partners"), money(m.partnersContributionCentimes)],
            ...(m.partnersDescription ? [[t("partnersDescription"), m.partnersDescription] as [string, React.ReactNode]] : []),
          ]}
        />
      </Section>
    </>
  );
}

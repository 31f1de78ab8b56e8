import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";
import type { ApplicationReviews } from "@/lib/reviews/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The average, then every reviewer's scores per criterion, total and comment; conflicts say so instead. */
export async function ReviewList({ data, locale }: { data: ApplicationReviews; locale: AppLocale }) {
  const t = await getTranslations("Reviews");
  const screening = await getTranslations("Screening");
  const submitted = data.reviews.filter((r) => !r.hasConflict && r.totalScore !== null);
  return (
    <div className="space-y-3">
      <p className="font-semibold" data-testid="review-average">
        {data.average === null ? t("noAverage") : t("average", { score: formatCount(data.average, locale), count: submitted.length })}
      </p>
      {data.reviews.length > 0 && (
        <ScrollRegion label={t("title")}>
          <table className="w-full border-collapse bg-white text-sm">
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="p-2 text-start">{t("reviewer")}</th>
                {data.criteria.map((c) => (
                  <th key={c.id} scope="col" className="p-2 text-start">{t("criterionWeight", { label: c.label, weight: formatCount(c.weight, locale) })}</th>
                ))}
                <th scope="col" className="p-2 text-start">{t("total")}</th>
                <th scope="col" className="p-2 text-start">{t("comment")}</th>
              </tr>
            </thead>
            <tbody>
              {data.reviews.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start font-semibold">{r.reviewerName}</th>
                  {r.hasConflict ? (
                    <td colSpan={data.criteria.length + 2} className="p-2 text-slate-700">{t("conflictShown", { note: r.conflictNote ?? "" })}</td>
                  ) : (
                    <>
                      {data.criteria.map((c) => (
                        <td key={c.id} className="whitespace-nowrap p-2">{r.scores[c.id] === undefined ? "—" : t("scoreOf", { score: formatCount(r.scores[c.id]!, locale) })}</td>
                      ))}
                      <td className="whitespace-nowrap p-2 font-semibold">{r.totalScore === null ? "—" : screening("scoreOutOf", { score: formatCount(r.totalScore, locale) })}</td>
                      <td className="whitespace-pre-line p-2">{r.comment}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}

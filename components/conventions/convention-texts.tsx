import { getTranslations } from "next-intl/server";
import type { ConventionView } from "@/lib/conventions/types";

/** The obligations and the results, one clause a line as staff typed them. */
export async function ConventionTexts({ convention, headingClass }: { convention: ConventionView; headingClass: string }) {
  const t = await getTranslations("Conventions.page");
  const clauses = (text: string) => (
    <ul className="list-disc space-y-1 ps-6">
      {text.split("\n").map((line) => line.trim()).filter(Boolean).map((line, i) => <li key={i}>{line}</li>)}
    </ul>
  );
  return (
    <>
      <section aria-labelledby="convention-obligations" className="space-y-3">
        <h2 id="convention-obligations" className={headingClass}>{t("obligations")}</h2>
        {clauses(convention.obligations)}
      </section>
      <section aria-labelledby="convention-results" className="space-y-3">
        <h2 id="convention-results" className={headingClass}>{t("results")}</h2>
        {clauses(convention.results)}
      </section>
    </>
  );
}

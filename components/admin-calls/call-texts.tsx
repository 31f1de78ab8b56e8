import { getTranslations } from "next-intl/server";
import { MarkdownBody } from "@/components/events/markdown-body";

type Props = { call: { titleAr: string; titleFr: string; textAr: string; textFr: string; documents: { position: number; labelAr: string; labelFr: string }[] } };

/** Both languages side by side: staff check the Arabic and the French before publishing. */
export async function CallTexts({ call }: Props) {
  const t = await getTranslations("Calls");
  const column = (lang: "ar" | "fr") => (
    <section lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} className="min-w-0 space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-bold text-brand-800">{t(lang === "ar" ? "admin.detail.arabic" : "admin.detail.french")}</h2>
      <p className="text-xl font-bold">{lang === "ar" ? call.titleAr : call.titleFr}</p>
      <MarkdownBody source={lang === "ar" ? call.textAr : call.textFr} />
    </section>
  );
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">{column("ar")}{column("fr")}</div>
      <section aria-labelledby="call-documents" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="call-documents" className="text-xl font-bold text-brand-800">{t("page.documents")}</h2>
        <ol className="list-decimal space-y-1 ps-6">
          {call.documents.map((d) => <li key={d.position}><span lang="ar" dir="rtl">{d.labelAr}</span> — <span lang="fr" dir="ltr">{d.labelFr}</span></li>)}
        </ol>
      </section>
    </div>
  );
}

import { MarkdownBody } from "@/components/events/markdown-body";

/** A body rendered exactly as the public page renders it (react-markdown, raw HTML skipped). */
export function MarkdownPreview({ source, lang, label }: { source: string; lang: "ar" | "fr"; label: string }) {
  return (
    <div lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} className="min-w-0 rounded-md border border-dashed border-brand-600 bg-white p-4">
      <p className="mb-2 text-xs font-semibold text-slate-600">{label}</p>
      <MarkdownBody source={source} />
    </div>
  );
}

import { MarkdownBody } from "@/components/events/markdown-body";

type Props = { label: string; ar: string | null; fr: string | null; arLabel: string; frLabel: string; markdown?: boolean };

/** Staff check both languages side by side; each column carries its own lang and direction. */
export function BilingualText({ label, ar, fr, arLabel, frLabel, markdown }: Props) {
  const column = (text: string | null, lang: "ar" | "fr", heading: string) => (
    <div lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} className="min-w-0 rounded-md border border-slate-200 bg-white p-3">
      <p className="mb-1 text-xs font-semibold text-slate-600">{heading}</p>
      {!text ? <p>—</p> : markdown ? <MarkdownBody source={text} /> : <p className="whitespace-pre-line">{text}</p>}
    </div>
  );
  return (
    <div className="space-y-1">
      <h3 className="font-bold text-slate-900">{label}</h3>
      <div className="grid gap-3 md:grid-cols-2">
        {column(ar, "ar", arLabel)}
        {column(fr, "fr", frLabel)}
      </div>
    </div>
  );
}

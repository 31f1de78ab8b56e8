import { getTranslations } from "next-intl/server";
import { OPEN_DATA_PATH } from "@/lib/open-data/three-sixty-giving";

/**
 * Links to the public 360Giving files. Plain <a>: they are API files outside the locale routes, which the
 * navigation module's Link would prefix with /ar or /fr.
 */
export async function OpenDataDownloads({ publishedGrants }: { publishedGrants: number }) {
  const t = await getTranslations("OpenData.results");
  const files = [
    { href: `${OPEN_DATA_PATH}/grants.json`, label: t("json"), type: "application/json" },
    { href: `${OPEN_DATA_PATH}/grants.csv`, label: t("csv"), type: "text/csv" },
  ];
  return (
    <section aria-labelledby="open-data" className="space-y-3">
      <h2 id="open-data" className="text-2xl font-bold text-brand-800">{t("title")}</h2>
      {/* No link to a file that would only answer "nothing published" (an empty package is invalid). */}
      {publishedGrants === 0 ? (
        <p data-testid="open-data-empty" className="text-slate-800">{t("nothingPublished")}</p>
      ) : (
        <>
          <p className="text-slate-800">{t("lead")}</p>
          <ul className="list-disc space-y-1 ps-5">
            {files.map((file) => (
              <li key={file.href}>
                <a href={file.href} type={file.type} download className="text-brand-800 underline">{file.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-sm text-slate-700">{t("licence")}</p>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { PublicationSwitchForm } from "@/components/forms/publication-switch-form";

type Props = {
  cooperativeId: number;
  isPublic: boolean;
  version: number;
  /** Given to users who may write; the others see the state only. */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
};

/** Whether the cooperative has a public page, the link to it, and the switch. */
export async function CooperativePublication({ cooperativeId, isPublic, version, action }: Props) {
  const t = await getTranslations("CooperativePublication");
  return (
    <section aria-labelledby="cooperative-publication" className="space-y-3 rounded-md bg-white p-4" data-testid="cooperative-publication">
      <h2 id="cooperative-publication" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      <p>
        <span className={`me-2 inline-block rounded px-2 py-0.5 text-sm font-semibold ${isPublic ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-800"}`}>
          {isPublic ? t("public") : t("notPublic")}
        </span>
        {isPublic ? t("publicHelp") : t("notPublicHelp")}
      </p>
      {isPublic && <Link href={`/cooperatives/${cooperativeId}`} className="text-brand-700 underline">{t("view")}</Link>}
      {action && <PublicationSwitchForm action={action} namespace="CooperativePublication" isPublic={isPublic} version={version} />}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import { PublicationSwitchForm } from "@/components/forms/publication-switch-form";

type Props = {
  isPublic: boolean;
  /** A demonstration grant is never published; only withdrawing one flagged public earlier is offered. */
  isDemo: boolean;
  version: number;
  /** Given only to users who may publish (ADMIN); everyone else sees the state without the button. */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
};

/** Whether the grant is in the public 360Giving open-data files, and for an ADMIN the button to change it. */
export async function GrantPublication({ isPublic, isDemo, version, action }: Props) {
  const t = await getTranslations("OpenData.grant");
  return (
    <section aria-labelledby="grant-publication" className="space-y-3 rounded-md bg-white p-4">
      <h2 id="grant-publication" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      <p data-testid="grant-public-status">
        <span className={`me-2 inline-block rounded px-2 py-0.5 text-sm font-semibold ${isPublic ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-800"}`}>
          {isPublic ? t("public") : t("notPublic")}
        </span>
        {isPublic ? t("publicHelp") : t("notPublicHelp")}
      </p>
      {isDemo && <p data-testid="demo-not-publishable" className="text-sm font-semibold text-slate-900">{t("demoNotPublishable")}</p>}
      {action && (!isDemo || isPublic) && (
        <>
          <p className="text-sm text-slate-700">{t("adminHelp")}</p>
          <PublicationSwitchForm action={action} namespace="OpenData.grant" isPublic={isPublic} version={version} />
        </>
      )}
    </section>
  );
}

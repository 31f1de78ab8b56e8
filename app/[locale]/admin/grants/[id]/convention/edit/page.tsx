import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { formatMoney } from "@/lib/format/money";
import { getConventionForm } from "@/lib/conventions/queries";
import { toFormValues } from "@/lib/conventions/snapshot";
import { createConventionAction, updateConventionAction } from "@/lib/conventions/actions";
import { ConventionForm } from "@/components/conventions/convention-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Conventions.form");
  return { title: t("editTitle") };
}

/** Prepares the grant's convention (proposed reference and standard texts) or edits it until it is signed. */
export default async function ConventionEditPage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const form = id ? await getConventionForm(user, id) : null;
  if (!id || !form) notFound();
  // A signed convention is no longer edited: its page says so and offers what may still change.
  if (form.stored?.signedOn) redirect({ href: `/admin/grants/${id}/convention`, locale });
  const t = await getTranslations("Conventions.form");
  const tranches = form.tranches.map((tr) => ({ value: tr.id, label: t("trancheOption", { position: tr.position, amount: formatMoney(tr.amountCentimes, locale) }) }));
  const creating = form.stored === null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{creating ? t("createTitle") : t("editTitle")}</h1>
      <p className="text-lg font-semibold">{localized(locale, form.grantTitle.ar, form.grantTitle.fr)}</p>
      <p className="text-slate-700">{t("intro")}</p>
      <ConventionForm
        action={creating ? createConventionAction.bind(null, id) : updateConventionAction.bind(null, id)}
        defaults={form.stored ? toFormValues(form.stored) : form.proposal}
        version={form.stored?.version ?? null}
        tranches={tranches}
        cancelHref={creating ? `/admin/grants/${id}` : `/admin/grants/${id}/convention`}
      />
    </div>
  );
}

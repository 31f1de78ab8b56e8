import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getGrantForEdit, getGrantFormOptions } from "@/lib/grants/queries";
import { getConventionSummary } from "@/lib/conventions/queries";
import { formatCalendarDate } from "@/lib/format/dates";
import { toFormValues } from "@/lib/grants/snapshot";
import { updateGrantAction } from "@/lib/grants/actions";
import { GrantForm } from "@/components/grants/grant-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grants");
  return { title: t("editTitle") };
}

export default async function EditGrantPage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const grant = id ? await getGrantForEdit(user, id) : null;
  if (!grant) notFound();
  const [options, convention, t] = await Promise.all([getGrantFormOptions(user, locale), getConventionSummary(user, grant.id), getTranslations("Grants")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
      {/* Said before typing, not only on saving: the signed convention fixes the amounts (lib/grants/tranche-rows.ts). */}
      {convention?.signedOn && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900" data-testid="signed-convention-note">
          {t("form.signedConvention", { reference: convention.reference, date: formatCalendarDate(convention.signedOn, locale) })}
        </p>
      )}
      <GrantForm
        action={updateGrantAction.bind(null, grant.id)}
        options={options}
        defaults={toFormValues(grant)}
        version={grant.version}
        cancelHref={`/admin/grants/${grant.id}`}
      />
    </div>
  );
}

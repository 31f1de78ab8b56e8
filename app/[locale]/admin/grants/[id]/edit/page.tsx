import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getGrantForEdit, getGrantFormOptions } from "@/lib/grants/queries";
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
  const options = await getGrantFormOptions(user, locale);
  const t = await getTranslations("Grants");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
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

import { getTranslations } from "next-intl/server";
import type { ConventionView } from "@/lib/conventions/types";

/** The two parties: the CPDH, represented by the governor, and the cooperative with its register number. */
export async function ConventionParties({ grant }: { grant: ConventionView["grant"] }) {
  const t = await getTranslations("Conventions.page");
  return (
    <ol className="list-decimal space-y-2 ps-6" data-testid="convention-parties">
      <li>{t("cpdh", { name: grant.prefecture.name })}</li>
      <li>{t("cooperative", { name: grant.cooperative.name, number: grant.cooperative.registerNumber, commune: grant.cooperative.commune })}</li>
    </ol>
  );
}

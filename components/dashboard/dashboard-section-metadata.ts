import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { DashboardSection } from "@/lib/dashboards/dashboard-sections";

/** "Outcomes on the ground — Dashboard": each page of the dashboard says which one it is in the tab's title. */
export async function dashboardSectionMetadata(section: DashboardSection): Promise<Metadata> {
  const t = await getTranslations("DashboardPage");
  return { title: section === "overview" ? t("title") : `${t(`sections.${section}`)} — ${t("title")}` };
}

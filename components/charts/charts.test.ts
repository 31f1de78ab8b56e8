// Rendered to static markup: what a browser and a screen reader get, in both directions.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/lib/i18n/locales";
import { dashboardT, testDashboard as d } from "@/lib/exports/test-fixtures";
import { formatMoney, formatShare } from "@/lib/format/money";
import { BreakdownBarChart } from "./breakdown-bar-chart";
import { YearChart, yearSeries } from "./year-chart";
import { ZonePhaseChart } from "./zone-phase-chart";
import { COST_PARTS, ShareBar } from "./share-bar";
import { zoneBreakdown } from "./zone-phase-breakdowns";
import { chartSummary } from "./chart-props";

// The data tables scroll inside a ScrollRegion, whose swipe hint is translated through next-intl's context.
function markup(element: ReactElement<{ locale: AppLocale }>): string {
  const locale = element.props.locale;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, timeZone: DISPLAY_TIME_ZONE, messages: locale === "ar" ? ar : fr, children: element }));
}

const base = (locale: AppLocale) => ({ locale, t: dashboardT(locale), title: "T", link: { pathname: `/${locale}/admin/dashboard`, filters: d.filters } });

function communes(locale: AppLocale) {
  return markup(createElement(BreakdownBarChart, { ...base(locale), breakdown: d.byCommune, measure: "totalCostCentimes", dimensionLabel: "commune" }));
}

describe("chartSummary", () => {
  const items = Array.from({ length: 8 }, (_, i) => `c${i + 1}`);
  it("names the first five and counts the rest, with one conjunction, in both languages", () => {
    expect(chartSummary("T", items, "fr", dashboardT("fr"))).toBe("T : c1, c2, c3, c4, c5 et 3 autres");
    expect(chartSummary("T", items, "ar", dashboardT("ar"))).toBe("T: c1، وc2، وc3، وc4، وc5، و3 بنود أخرى");
    expect(chartSummary("T", items.slice(0, 6), "fr", dashboardT("fr"))).toBe("T : c1, c2, c3, c4, c5 et 1 autre");
    expect(chartSummary("T", items.slice(0, 3), "fr", dashboardT("fr"))).toBe("T : c1, c2 et c3");
  });
});

describe("BreakdownBarChart", () => {
  it("is a picture hidden from screen readers, which get a summary and a captioned data table with scoped headers", () => {
    const html = communes("ar");
    expect(html).toContain('<svg aria-hidden="true"');
    expect(html).toContain(`<p class="sr-only">T: طنجة ${formatMoney(1_567_909_155n, "ar")} وأصيلة`);
    expect(html).toMatch(/<table[^>]*><caption[^>]*>T<\/caption>/);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("<details");
  });

  it("links bars and rows to the current filters narrowed by the row, in the reader's locale", () => {
    const href = "/ar/admin/dashboard?fromYear=2019&amp;toYear=2025&amp;communeId=10&amp;programmeId=2";
    const html = communes("ar");
    expect(html).toContain(`<a href="${href}" tabindex="-1" class="bar-row">`); // the bar, out of the tab order
    expect(html).toContain(`<th scope="row"><a href="${href}">`); // the table row's link, styled by .figures-table
    expect(communes("fr")).toContain('href="/fr/admin/dashboard?');
  });

  it("draws bars from the right edge in Arabic and from the left in French", () => {
    // أصيلة: 9.450.000,99 of a 15.679.091,55 maximum is 60.27 % of the width.
    expect(communes("ar")).toContain('x="39.73%" y="4" width="60.27%"');
    expect(communes("fr")).toContain('x="0%" y="4" width="60.27%"');
    expect(communes("ar")).toContain('direction="rtl"');
  });

  it("writes row labels as wrapping HTML above the bars, never as SVG text that cannot wrap", () => {
    // A long French programme name ran 499-549 px wide on a 390 px phone as one line of SVG <text>.
    for (const locale of ["ar", "fr"] as const) {
      const html = communes(locale);
      const label = d.byCommune.rows[0]!.label;
      // Its look (a block that wraps: .bar-row > span) is in app/globals.css; e2e/dashboard.spec.ts measures it on a phone.
      expect(html).toContain(`class="bar-row"><span>${label}</span><svg`);
      expect(html).not.toMatch(new RegExp(`<text[^>]*>${label}</text>`));
      expect(html).toContain(`<div aria-hidden="true" dir="${locale === "ar" ? "rtl" : "ltr"}"`);
    }
    const zones = markup(createElement(ZonePhaseChart, { ...base("fr"), table: d.zoneByPhase, measure: "grants" }));
    const phase = d.zoneByPhase.phases[0]!.label;
    expect(zones).toContain(`break-words text-slate-800">${phase}</p>`);
    expect(zones).not.toContain(`>${phase}</text>`);
  });

  it("formats amounts the Moroccan way and capitalises the French column header", () => {
    expect(communes("fr")).toContain(`>${formatMoney(1_567_909_155n, "fr")}</td>`);
    expect(formatMoney(1_567_909_155n, "fr").replace(/\s/g, " ")).toBe("15.679.091,55 MAD");
    expect(communes("fr")).toContain(">Commune</th>");
  });

  it("does not link rows that cannot narrow the filters", () => {
    const html = markup(createElement(BreakdownBarChart, { ...base("fr"), breakdown: d.bySector, measure: "grants", dimensionLabel: "secteur" }));
    expect(html).not.toContain("<a ");
  });

  it("says so when there is nothing to draw", () => {
    const html = markup(createElement(BreakdownBarChart, { ...base("fr"), breakdown: { rows: [], total: d.cancelled }, measure: "grants", dimensionLabel: "x" }));
    expect(html).toContain("Aucun projet financé pour ces filtres.");
    expect(html).not.toContain("<svg");
  });
});

describe("YearChart", () => {
  it("fills the years without grants and keeps them in order", () => {
    expect(yearSeries(d.byYear).map((r) => r.key)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
  });

  it("puts the earliest year on the right in Arabic and on the left in French", () => {
    const first = (locale: AppLocale) => {
      const html = markup(createElement(YearChart, { ...base(locale), breakdown: d.byYear, measure: "totalCostCentimes" }));
      return Number(/<text x="([\d.]+)%"[^>]*>2019<\/text>/.exec(html)![1]);
    };
    expect(first("ar")).toBeGreaterThan(90);
    expect(first("fr")).toBeLessThan(10);
  });

  it("links a year's bar to that year", () => {
    const html = markup(createElement(YearChart, { ...base("fr"), breakdown: d.byYear, measure: "grants" }));
    expect(html).toContain('href="/fr/admin/dashboard?fromYear=2021&amp;toYear=2021&amp;programmeId=2"');
  });
});

describe("ZonePhaseChart and ShareBar", () => {
  it("names each zone in text beside its bar and totals the table both ways", () => {
    const html = markup(createElement(ZonePhaseChart, { ...base("fr"), table: d.zoneByPhase, measure: "grants" }));
    expect(html).toContain(">Urbain: 3</text>");
    expect(html).toContain("zone=URBAN&amp;phaseId=2");
    expect(html).toMatch(/<th scope="row"[^>]*><span class="font-bold">Total<\/span><\/th><td[^>]*>7<\/td><td[^>]*>3<\/td><td[^>]*>10<\/td>/);
  });

  it("stacks the cost shares from the start edge", () => {
    const html = (locale: AppLocale) => markup(createElement(ShareBar, { ...base(locale), totals: d.headline, parts: COST_PARTS, whole: "totalCostCentimes" }));
    expect(html("fr")).toContain('x="0%" y="2" width="67.52%"');
    expect(html("ar")).toContain('x="32.48%" y="2" width="67.52%"');
    const share = formatShare(d.headline.indhContributionCentimes, d.headline.totalCostCentimes, "fr");
    expect(share.replace(/\s/g, " ")).toBe("67,5 %");
    expect(html("fr")).toContain(`>${share}</td>`);
  });

  it("draws zones from the zone × phase totals with zone links", () => {
    const html = markup(createElement(BreakdownBarChart, { ...base("fr"), breakdown: zoneBreakdown(d.zoneByPhase, dashboardT("fr")), measure: "grants", dimensionLabel: "milieu" }));
    expect(html).toContain("zone=RURAL");
    expect(html).toContain(">Rural</a>");
  });
});

// The translator of the "Dashboard" namespace, as getTranslations("Dashboard") (pages, route handlers)
// or createTranslator({ locale, messages, namespace: "Dashboard" }) (tests, scripts) return it. Declared
// structurally so that pure functions take it without depending on next-intl's server entry.
export type DashboardTranslate = (key: string, values?: Record<string, string | number>) => string;

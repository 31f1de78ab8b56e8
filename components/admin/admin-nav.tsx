import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { signOutAction } from "@/lib/auth/actions";

const ITEMS: { href: string; key: string; permission: Permission }[] = [
  { href: "/admin", key: "overview", permission: "records.read" },
  { href: "/admin/dashboard", key: "dashboard", permission: "records.read" },
  { href: "/admin/cooperatives", key: "cooperatives", permission: "records.read" },
  { href: "/admin/grants", key: "grants", permission: "records.read" },
  { href: "/admin/calls", key: "calls", permission: "records.read" },
  { href: "/admin/applications", key: "applications", permission: "records.read" },
  { href: "/admin/committee", key: "committee", permission: "records.read" },
  { href: "/admin/events", key: "events", permission: "records.read" },
  { href: "/admin/organisations", key: "organisations", permission: "records.read" },
  { href: "/admin/imports", key: "imports", permission: "records.write" },
  { href: "/admin/territory", key: "territory", permission: "reference.write" },
  { href: "/admin/users", key: "users", permission: "users.manage" },
  { href: "/admin/audit", key: "audit", permission: "audit.read" },
  { href: "/admin/account", key: "account", permission: "records.read" },
];

/**
 * The workspace menu shows only what the user's role may open. On a phone it folds behind one "menu"
 * button (a <details>, no JavaScript) so that each page's own content comes first; from the md width up
 * it is always open (app/globals.css, .fold-below-md).
 */
export async function AdminNav({ user }: { user: SessionUser }) {
  const t = await getTranslations("Admin");
  const auth = await getTranslations("Auth");
  const phone = await getTranslations("PhoneLayout");
  return (
    <nav aria-label={t("navLabel")} className="no-print space-y-4">
      <p className="text-sm text-slate-700">
        {t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
        {user.isNational && ` · ${t("national")}`}
      </p>
      <details className="fold-below-md space-y-4">
        <summary className="cursor-pointer rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800">{phone("menu")}</summary>
        <ul className="mt-3 flex flex-wrap gap-2 md:mt-0 md:flex-col md:gap-1">
          {ITEMS.filter((item) => can(user.role, item.permission)).map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded px-2 py-1 text-brand-800 hover:bg-brand-50 hover:underline">
                {t(item.key as "overview")}
              </Link>
            </li>
          ))}
        </ul>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
            {auth("signOut")}
          </button>
        </form>
      </details>
    </nav>
  );
}

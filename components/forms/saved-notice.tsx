"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { SAVED_COOKIE, savedPathOf } from "@/lib/actions/saved-cookie";

function readSavedCookie(): string | null {
  const entry = document.cookie.split("; ").find((c) => c.startsWith(`${SAVED_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(SAVED_COOKIE.length + 1)) : null;
}

/**
 * "Saved" on the record page a form action redirected to (lib/actions/saved-flash.ts). The status region is
 * always in the workspace layout, so the message is announced when it appears; the cookie is cleared at
 * once, so a reload or a later visit says nothing.
 */
export function SavedNotice() {
  const t = useTranslations("FormHelp");
  const pathname = usePathname();
  const [savedPath, setSavedPath] = useState<string | null>(null);
  useEffect(() => {
    const saved = readSavedCookie();
    if (saved === null) return;
    document.cookie = `${SAVED_COOKIE}=; path=/; max-age=0; samesite=lax`;
    setSavedPath(saved);
  }, [pathname]);
  const shown = savedPath !== null && savedPath === savedPathOf(pathname);
  return (
    <div role="status" className={shown ? "mb-4" : undefined}>
      {shown && <p className="rounded-md border border-brand-600 bg-brand-50 p-3 font-semibold text-brand-800">{t("saved")}</p>}
    </div>
  );
}

import { useTranslations } from "next-intl";

/**
 * A table that may be wider than a phone: it scrolls inside this frame, never the page. Keyboard users must
 * be able to scroll it too, so the region is focusable and named after what it holds. The cue is pure CSS
 * (app/globals.css, .scroll-cue): shadows at the edges that still hide content, and on a phone a "swipe"
 * line shown only while the table is wider than its frame. `relative` keeps visually hidden text in the
 * cells (sr-only, positioned absolutely) inside the frame: without it, it widens the whole page.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  const t = useTranslations("PhoneLayout");
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`scroll-cue relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600 ${className}`}>
      <p className="scroll-cue-hint" aria-hidden="true">{t("swipeHint")}</p>
      {children}
    </div>
  );
}

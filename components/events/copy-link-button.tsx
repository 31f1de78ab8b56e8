"use client";

import { useEffect, useState } from "react";

type Outcome = "idle" | "copied" | "shared" | "failed";

/** The EventShare texts the button shows, translated on the server: public pages load no i18n library. */
export type CopyLinkTexts = Record<"copyLink" | "shareLink" | "copied" | "shared" | "copyFailed", string>;

const BUTTON =
  "rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * Shares the page through the device's share sheet where there is one (phones), else copies its address.
 * Progressive enhancement: nothing is rendered before hydration, so without JavaScript there is no dead
 * button, and the plain share links beside it still work.
 */
export function CopyLinkButton({ url, title, texts }: { url: string; title: string; texts: CopyLinkTexts }) {
  // null until hydrated; then whether the Web Share API exists decides the button's label and action.
  const [canShare, setCanShare] = useState<boolean | null>(null);
  const [outcome, setOutcome] = useState<Outcome>("idle");
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);
  if (canShare === null) return null;

  async function copy(): Promise<Outcome> {
    // navigator.clipboard is missing on plain-http pages other than localhost.
    if (!navigator.clipboard) return "failed";
    await navigator.clipboard.writeText(url);
    return "copied";
  }

  async function share() {
    setOutcome("idle"); // cleared first so that a second success is announced again
    try {
      if (canShare) {
        try {
          await navigator.share({ title, url });
          setOutcome("shared");
          return;
        } catch (error) {
          // Closing the share sheet is the reader's choice, not a failure: say nothing.
          if (error instanceof DOMException && error.name === "AbortError") return;
        }
      }
      setOutcome(await copy());
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={share} className={BUTTON}>
        {canShare ? texts.shareLink : texts.copyLink}
      </button>
      {/* role=status is a polite live region, present before any message so screen readers announce it. */}
      <p role="status" className="text-sm text-slate-800">
        {outcome === "copied" && texts.copied}
        {outcome === "shared" && texts.shared}
        {outcome === "failed" && (
          <>
            {texts.copyFailed} <bdi dir="ltr" className="select-all break-all">{url}</bdi>
          </>
        )}
      </p>
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import type { CooperativeSuggestion } from "@/lib/cooperatives/suggestions";

export type SuggestionStatus = "idle" | "loading" | "done" | "failed";

/** Pause after the last key before asking the server: one request per word typed, not per letter. */
const DEBOUNCE_MS = 200;

/**
 * Suggestions for `query` from the cooperative suggestions route, while `active`. A stale answer (the user
 * typed on) is dropped: each new query aborts the request of the previous one.
 */
export function useSuggestions(locale: string, query: string, active: boolean) {
  const [suggestions, setSuggestions] = useState<CooperativeSuggestion[]>([]);
  const [status, setStatus] = useState<SuggestionStatus>("idle");
  useEffect(() => {
    if (!active) {
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    setStatus("loading");
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/${locale}/admin/cooperatives/suggestions?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`suggestions: HTTP ${response.status}`);
        setSuggestions((await response.json()) as CooperativeSuggestion[]);
        setStatus("done");
      } catch {
        if (!controller.signal.aborted) setStatus("failed");
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [locale, query, active]);
  return { suggestions: status === "idle" ? [] : suggestions, status };
}

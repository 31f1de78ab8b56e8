"use client";

import { useEffect, type RefObject } from "react";
import { leavingLink, snapshotOf } from "@/components/forms/unsaved-changes";

type Guard = { dirty: () => boolean; message: string };

// One set of window listeners for every guarded form of the page, so two changed forms ask once.
const guards = new Set<Guard>();
let leaving = false;
let swallowNextPop = false;

const changedGuard = () => (leaving ? undefined : [...guards].find((g) => g.dirty()));

function confirmLeaving(guard: Guard): boolean {
  if (!window.confirm(guard.message)) return false;
  leaving = true; // asked once: the rest of the way out (beforeunload after a full load) asks nothing
  return true;
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!changedGuard()) return;
  event.preventDefault();
  event.returnValue = ""; // older browsers need it to show their own prompt
}

function onClick(event: MouseEvent) {
  const guard = leavingLink(event) ? changedGuard() : undefined;
  if (!guard || confirmLeaving(guard)) return;
  event.preventDefault();
  event.stopImmediatePropagation(); // Next's Link never hears of it
}

// Back/forward: the address has already changed. Refused, Next's router is kept from following it and the
// history goes forward again, to the form; that second popstate is swallowed too.
function onPopState(event: PopStateEvent) {
  if (swallowNextPop) {
    swallowNextPop = false;
    event.stopImmediatePropagation();
    return;
  }
  const guard = changedGuard();
  if (!guard || confirmLeaving(guard)) return;
  event.stopImmediatePropagation();
  swallowNextPop = true;
  window.history.go(1);
}

function register(guard: Guard): () => void {
  if (guards.size === 0) {
    leaving = false;
    window.addEventListener("beforeunload", onBeforeUnload);
    // Capture on window: before React's listeners on the document and before Next's popstate listener.
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState, true);
  }
  guards.add(guard);
  return () => {
    guards.delete(guard);
    if (guards.size > 0) return;
    window.removeEventListener("beforeunload", onBeforeUnload);
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("popstate", onPopState, true);
  };
}

/**
 * Asks before the page is left with input that differs from what the form showed when it was opened (or
 * last saved): links and the language switch, the browser's back and forward buttons, closing or reloading
 * the tab. Nothing changed, or changed back, asks nothing. `savedAt` changes after a save that stays on the
 * page: the saved values become the reference. A form that redirects after saving leaves through the
 * router, which asks nothing.
 */
export function useUnsavedChangesGuard(anchor: RefObject<HTMLElement | null>, message: string, savedAt: unknown) {
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const reference = snapshotOf(form);
    let touched = false; // values set by scripts before the user did anything are not the user's input
    const onInput = () => (touched = true);
    form.addEventListener("input", onInput);
    form.addEventListener("change", onInput);
    const unregister = register({ dirty: () => touched && form.isConnected && snapshotOf(form) !== reference, message });
    // Says the form is watched: input typed before this (before hydration) is part of the reference, so the
    // browser tests wait for it before typing what must be asked about.
    form.dataset.unsavedGuard = "on";
    return () => {
      delete form.dataset.unsavedGuard;
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onInput);
      unregister();
    };
  }, [anchor, message, savedAt]);
}

"use client";

import { createContext, useContext } from "react";

/** The Errors texts of app/[locale]/error.tsx, translated by the locale layout (public pages load no i18n library). */
export type ErrorTexts = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts>({ title: "Error", body: "", retry: "Retry" });

/** Placed by the locale layout above every page, so above the error boundary that app/[locale]/error.tsx is. */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext);
}

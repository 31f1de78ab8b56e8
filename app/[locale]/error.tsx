"use client";

import { useErrorTexts } from "@/components/layout/error-texts";

// Unexpected failures land here, in the reader's language; expected ones are handled where they occur.
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold text-red-900">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}

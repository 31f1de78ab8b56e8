"use client";

/** Opens the browser's print dialog (the page prints without it too: Ctrl+P uses the print stylesheet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-700 px-4 py-1 font-semibold text-white">
      {label}
    </button>
  );
}

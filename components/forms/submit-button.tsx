"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ label, pendingLabel, variant = "primary" }: { label: string; pendingLabel: string; variant?: "primary" | "danger" }) {
  const { pending } = useFormStatus();
  const colours = variant === "danger" ? "bg-red-800 hover:bg-red-900" : "bg-brand-700 hover:bg-brand-800";
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-5 py-2 font-semibold text-white disabled:opacity-60 ${colours}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}

import { notFound } from "next/navigation";

// Any unknown path under /ar or /fr renders the translated app/[locale]/not-found.tsx.
export default function CatchAll() {
  notFound();
}

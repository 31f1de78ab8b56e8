import { revalidatePath } from "next/cache";
import { forgetCachedPages } from "@/lib/page-cache/forget";

// A public page is cached twice: by Next (ISR) and by the page cache in front of it (server.ts). Actions
// revalidate public pages through these two functions only, so that neither copy outlives an edit.

/** These public pages (concrete paths, such as `/ar/events/<slug>`). */
export function revalidatePublicPages(paths: string[]): void {
  for (const path of paths) revalidatePath(path);
  forgetCachedPages();
}

/** Every event page: their reconciliation panels compute figures from the grants. */
export function revalidateEveryEventPage(): void {
  revalidatePath("/[locale]/events/[slug]", "page");
  forgetCachedPages();
}

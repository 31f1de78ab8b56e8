import { revalidatePath } from "next/cache";
import { forgetCachedPages } from "@/lib/page-cache/forget";

/**
 * The public pages that show photos or visits: event pages (gallery) and cooperative pages. Photos change
 * rarely, so every such page is revalidated rather than working out which ones showed the photo.
 */
export function revalidatePublicPhotoPages(): void {
  revalidatePath("/[locale]/events/[slug]", "page");
  revalidatePath("/[locale]/cooperatives/[id]", "page");
  forgetCachedPages();
}

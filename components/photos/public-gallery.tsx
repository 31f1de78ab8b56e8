import type { PhotoView } from "@/lib/photos/queries";
import { PhotoImage } from "@/components/photos/photo-image";

/** Public photos with their captions; nothing when there are none (the page then has no empty heading). */
export function PublicGallery({ photos, title, sizes }: { photos: PhotoView[]; title: string; sizes: string }) {
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="gallery" className="space-y-3" data-testid="public-gallery">
      <h2 id="gallery" className="text-2xl font-bold text-brand-800">{title}</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {photos.map((photo) => (
          <li key={photo.id}>
            <figure className="space-y-2">
              <PhotoImage photo={photo} sizes={sizes} className="h-auto w-full rounded-md bg-slate-100" />
              <figcaption className="text-sm text-slate-800">{photo.caption}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { PhotoView } from "@/lib/photos/queries";
import { addEventPhotosAction, deleteEventPhotoAction, updateEventPhotoAction } from "@/lib/photos/actions";
import { PhotoEditor } from "@/components/photos/photo-editor";
import { PhotoUploadForm } from "@/components/photos/photo-upload-form";

/** The staff side of an event's gallery: add photos, describe them in both languages, choose the public ones. */
export async function EventGalleryAdmin({ eventId, photos, canWrite, isPublished }: { eventId: number; photos: PhotoView[]; canWrite: boolean; isPublished: boolean }) {
  const t = await getTranslations("Photos.gallery");
  const shown = photos.filter((p) => p.isPublic).length;
  return (
    <section aria-labelledby="event-gallery" className="space-y-4" data-testid="event-gallery-admin">
      <h2 id="event-gallery" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      <p className="text-slate-700">{isPublished ? t("publicCount", { shown, count: photos.length }) : t("notPublished")}</p>
      {photos.length > 0 && (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {photos.map((photo) => (
            <PhotoEditor
              key={`${photo.id}-${photo.version}`}
              photo={photo}
              canWrite={canWrite}
              saveAction={updateEventPhotoAction.bind(null, eventId, photo.id)}
              deleteAction={deleteEventPhotoAction.bind(null, eventId, photo.id)}
            />
          ))}
        </ul>
      )}
      {canWrite && <PhotoUploadForm action={addEventPhotosAction.bind(null, eventId)} />}
    </section>
  );
}

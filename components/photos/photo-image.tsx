import type { PhotoView } from "@/lib/photos/queries";

/**
 * A stored photo at the size the screen needs: the browser picks from the variants (srcset) given the width
 * the layout gives it (`sizes`). Width and height reserve the space, so nothing moves when it arrives.
 */
export function PhotoImage({ photo, sizes, className, alt, eager = false }: { photo: Pick<PhotoView, "id" | "width" | "height" | "widths" | "alt">; sizes: string; className?: string; alt?: string; eager?: boolean }) {
  const url = (width: number) => `/photos/${photo.id}-${width}.webp`;
  const smallest = photo.widths[0] ?? photo.width;
  return (
    // A plain img: the app serves its own WebP variants (lib/photos/process.ts), next/image would resize again.
    <img
      src={url(smallest)}
      srcSet={photo.widths.map((w) => `${url(w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={alt ?? photo.alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={className}
    />
  );
}

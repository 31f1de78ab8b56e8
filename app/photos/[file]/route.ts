// A photo's web variant, `/photos/<id>-<width>.webp`. Public photos (lib/photos/queries.ts PUBLIC_PHOTO)
// for everyone, with a cache time short enough that withdrawing one takes effect soon; the others for the
// staff of their prefecture only, never kept by a shared cache. Anything else: 404, whoever asks.
// The extension keeps this path out of proxy.ts (no locale redirect): a photo is the same in both languages.
import { getSessionUser } from "@/lib/auth/session";
import { getPhotoFile } from "@/lib/photos/queries";

type Context = { params: Promise<{ file: string }> };

const NAME = /^([1-9]\d{0,9})-([1-9]\d{0,4})\.webp$/;

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const match = NAME.exec((await params).file);
  const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!match) return notFound();
  const user = await getSessionUser();
  const file = await getPhotoFile(user, Number(match[1]), Number(match[2]));
  if (!file) return notFound();
  const etag = `"${file.sha256.slice(0, 32)}"`;
  const headers: Record<string, string> = {
    "Content-Type": "image/webp",
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
    "Cache-Control": file.isPublic ? "public, max-age=300, s-maxage=300" : "private, max-age=300",
    // A signed-in answer and a public one may differ for the same URL.
    Vary: "Cookie",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.content), { headers: { ...headers, "Content-Length": String(file.content.length) } });
}

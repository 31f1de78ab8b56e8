// Response headers shared by the public open-data files: a download with a dated name, cacheable for five
// minutes by browsers and proxies (the data is public and changes only when an ADMIN publishes a grant),
// and readable from other sites' scripts, as open data should be.
export function openDataHeaders(contentType: string, extension: "json" | "csv", issued: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="indh-360giving-grants-${issued.slice(0, 10)}.${extension}"`,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
  };
}

// How many photos one form may carry. 20 MB in all stays under the server actions' body limit (21 MB,
// next.config.ts); a phone photo is 2 to 6 MB, so a visit's handful fits, and the browser says so at once
// (components/photos/photo-input.tsx) before anything is sent.
export const MAX_PHOTOS_PER_FORM = 6;
export const MAX_PHOTOS_BYTES = 20 * 1024 * 1024;

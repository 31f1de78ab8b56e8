// How much an application may carry. 20 MB also bounds the request: the server actions' body limit
// (next.config.ts, 21 MB) leaves room for the form's text fields around the files.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES_PER_APPLICATION = 12;
export const MAX_APPLICATION_BYTES = 20 * 1024 * 1024;

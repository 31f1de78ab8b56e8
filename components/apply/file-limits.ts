"use client";
// In the browser, the file limits are checked as soon as files are chosen, so nobody waits for 20 MB to
// upload to be told it is too much: the browser then refuses to submit and shows our message at the input.
// Past the server's body limit (21 MB) the request could not even be read, so this is the only friendly
// answer to a very large choice when JavaScript runs; the server checks everything again (lib/files/check.ts).
import { MAX_APPLICATION_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_APPLICATION } from "@/lib/files/limits";

type Say = (code: string, values?: Record<string, string | number>) => string;
const MB = 1024 * 1024;

export function checkChosenFiles(form: HTMLFormElement, say: Say): void {
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="file"]')];
  let count = 0;
  let total = 0;
  for (const input of inputs) {
    let message = "";
    for (const file of input.files ?? []) {
      count += 1;
      total += file.size;
      if (file.size > MAX_FILE_BYTES) message ||= say("apply.fileTooLarge", { name: file.name, max: MAX_FILE_BYTES / MB });
      else if (count > MAX_FILES_PER_APPLICATION) message ||= say("apply.tooManyFiles", { max: MAX_FILES_PER_APPLICATION });
      else if (total > MAX_APPLICATION_BYTES) message ||= say("apply.applicationTooLarge", { max: MAX_APPLICATION_BYTES / MB });
    }
    input.setCustomValidity(message);
  }
}

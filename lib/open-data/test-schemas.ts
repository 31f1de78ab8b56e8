// Test helper: a validator for the 360Giving package schema, read from the standard's published JSON
// schemas beside the project (../shared/standards/360giving/, on developer machines and in CI). They are
// read, never copied into the repository. Returns null when the folder is absent, so tests can skip.
import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";

export const SCHEMA_DIR = path.resolve(process.cwd(), "../shared/standards/360giving");

// RFC 3339 date-time, as JSON Schema's "date-time" format means it. ajv-formats is not installed, so the
// two formats the schemas use are defined here; validating formats matters: "awardDate" is a oneOf of a
// date-time and a YYYY-MM-DD pattern, and with formats ignored a plain date would match both branches.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const isDateTime = (value: string) => {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 61;
};
const isAbsoluteUri = (value: string) => {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
};

export type PackageValidator = (data: unknown) => ErrorObject[];

export function loadPackageValidator(): PackageValidator | null {
  // The files name draft 2020-12 by its http:// address; Ajv knows the meta-schema by its https:// $id.
  // Same draft: the address is rewritten so the schemas are still checked against the meta-schema.
  const read = (name: string): Record<string, unknown> => ({
    ...(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8")) as Record<string, unknown>),
    $schema: "https://json-schema.org/draft/2020-12/schema",
  });
  if (!fs.existsSync(path.join(SCHEMA_DIR, "360-giving-package-schema.json"))) return null;
  const packageSchema = read("360-giving-package-schema.json");
  const grantSchema = read("360-giving-schema.json");
  // Unknown keywords stay errors (the standard's own annotations are declared below). The strict checks of
  // style are off: the schema lists "required" in oneOf branches without repeating the properties there,
  // and leaves "type" to the parent of some formats, both valid JSON Schema.
  const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictRequired: false, strictTypes: false });
  ajv.addVocabulary(["codelist", "openCodelist", "rollUp"]);
  ajv.addFormat("date-time", isDateTime);
  ajv.addFormat("uri", isAbsoluteUri);
  // The package's items point at the 1.4.2 URL while the grant schema's $id is the 1.4.3 one (see the
  // folder's README): register the grant schema under the URL the package refers to.
  const ref = ((packageSchema.properties as Record<string, { items: { $ref: string } }>).grants!.items.$ref);
  ajv.addSchema({ ...grantSchema, $id: ref });
  const validate = ajv.compile(packageSchema);
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

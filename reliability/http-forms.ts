// Writes over real HTTP, the way a browser WITHOUT JavaScript submits the app's forms: GET the page, keep
// the hidden fields React rendered into the form of the wanted server action ($ACTION_REF_n, $ACTION_n:0
// with the action id, $ACTION_n:1 with the bound arguments, $ACTION_KEY), add the visible fields, POST it
// as multipart to the same URL. Next answers 303 when the action redirected (saved) and 200 with the page
// re-rendered around the action's answer otherwise (a refusal or a version conflict, shown in the page).
// Every form of the app works without JavaScript, so this is a supported path, and it needs no knowledge
// of React's wire format. Action ids come from the build's server-reference manifest.
import fs from "node:fs";
import path from "node:path";
import { useTestBuildDir } from "../scripts/test-build-dir";

export type ActionIds = Record<string, string>;

/** exportedName -> action id, from <build dir>/server/server-reference-manifest.json of the build being served. */
export function readActionIds(appDir: string): ActionIds {
  const manifestFile = path.join(appDir, useTestBuildDir(), "server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeHtml(match[1]!) : null;
};

export type OpenedForm = { hidden: [string, string][]; inputs: Record<string, string> };

/** The form of `actionId` in a page: its hidden $ACTION fields and the values of its <input>s. */
export function findForm(html: string, actionId: string): OpenedForm | null {
  for (const [, body] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    if (!body!.includes(actionId)) continue;
    const hidden: [string, string][] = [];
    const inputs: Record<string, string> = {};
    for (const [tag] of body!.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      if (!name) continue;
      const value = attribute(tag, "value") ?? "";
      if (name.startsWith("$ACTION")) hidden.push([name, value]);
      else inputs[name] = value;
    }
    return { hidden, inputs };
  }
  return null;
}

export type Client = { baseUrl: string; cookie: string };

export async function getPage(client: Client, pathname: string, signal?: AbortSignal): Promise<{ status: number; html: string }> {
  const response = await fetch(`${client.baseUrl}${pathname}`, { headers: { cookie: client.cookie }, redirect: "manual", signal });
  return { status: response.status, html: await response.text() };
}

export type Submitted = { status: number; location: string | null; html: string };

/** POSTs the form as the browser would: its hidden fields, then `fields`, from the page's own origin. */
export async function submitForm(client: Client, pathname: string, form: OpenedForm, fields: Record<string, string>, signal?: AbortSignal): Promise<Submitted> {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const response = await fetch(`${client.baseUrl}${pathname}`, {
    method: "POST",
    body,
    headers: { cookie: client.cookie, origin: client.baseUrl },
    redirect: "manual",
    signal,
  });
  return { status: response.status, location: response.headers.get("location"), html: response.status === 200 ? await response.text() : "" };
}

/** The text of a Validation message as the French page shows it, to recognise it in a re-rendered page. */
export function frenchMessage(appDir: string, key: string): string {
  const messages = JSON.parse(fs.readFileSync(path.join(appDir, "messages/fr.json"), "utf8")) as { Validation: Record<string, string> };
  return messages.Validation[key]!;
}

export const pageContains = (html: string, text: string) => unescapeHtml(html).includes(text);

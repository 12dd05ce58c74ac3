// Calling a server action over HTTP as the browser does: POST to a page whose bundle holds
// the action, with `Next-Action: <id>` and the arguments as a JSON array, answered in the
// RSC wire format. The id comes from the build's server-reference manifest.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./server.mjs";

const MANIFEST = path.join(ROOT, ".next", "server", "server-reference-manifest.json");

/**
 * The id of the server action exported as `exportName` (optionally from `filename`), and the
 * pages ("app/…/page") whose bundles include it. Throws, naming the export, when the build has none.
 */
export function findActionId(exportName, filename) {
  if (!fs.existsSync(MANIFEST)) throw new Error(`no ${path.relative(ROOT, MANIFEST)}: build the app first`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
  const matches = Object.entries(manifest.node ?? {}).filter(
    ([, entry]) => entry.exportedName === exportName && (!filename || entry.filename === filename),
  );
  if (matches.length === 0) {
    throw new Error(
      `the build has no server action ${exportName}${filename ? ` exported from ${filename}` : ""} (build again once it exists)`,
    );
  }
  const [id, entry] = matches[0];
  return { id, pages: Object.keys(entry.workers ?? {}) };
}

/** "app/staff/(group)/projects/[id]/page" with { id: "x" } -> "/staff/projects/x"; null when a parameter is missing. */
export function pagePath(page, params) {
  const segments = page
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
  const filled = segments.map((s) => {
    const m = /^\[(.+)\]$/.exec(s);
    return m ? params[m[1]] : s;
  });
  return filled.some((s) => s === undefined) ? null : `/${filled.join("/")}`;
}

/** The action's return value from an RSC answer ("0:{...}\n1:{...}"), following "$@n" references. */
export function parseActionResult(text) {
  const rows = new Map();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!m) continue;
    try {
      rows.set(m[1], JSON.parse(m[2]));
    } catch {}
  }
  const root = rows.get("0");
  if (!root || !("a" in root)) throw new Error(`no action result in the answer: ${text.slice(0, 300)}`);
  let value = root.a;
  if (typeof value === "string" && /^\$@[0-9a-f]+$/.test(value)) value = rows.get(value.slice(2));
  return value;
}

/** Calls the action; returns { result, ms }. Throws on an HTTP error. */
export async function callAction(baseUrl, pageUrlPath, actionId, args, cookie) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${pageUrlPath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseUrl,
      Cookie: cookie,
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(
      `POST ${pageUrlPath} (action ${actionId.slice(0, 8)}…) answered ${response.status}: ${text.slice(0, 200)}`,
    );
  return { result: parseActionResult(text), ms };
}

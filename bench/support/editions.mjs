// Making and publishing an edition through the same server actions the staff editions page
// calls, for the benchmarks that need an edition of many projects.
import { randomUUID } from "node:crypto";
import { callAction, findActionId } from "./actions.mjs";

export const EDITIONS_PAGE_FILE = "app/staff/editions/actions.ts";
const FILE = EDITIONS_PAGE_FILE;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Makes a draft while polling its progress as the page does; returns the draft and what was seen. */
export async function makeDraft(server, cookie, period) {
  const action = findActionId("createEditionAction", FILE);
  const job = randomUUID();
  const seen = [];
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const r = await fetch(`${server.baseUrl}/staff/editions/progress?job=${job}`, { headers: { cookie } });
      if (r.ok) {
        const p = await r.json();
        if (seen.at(-1)?.key !== p.key) seen.push({ ...p, at: performance.now() });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const started = performance.now();
  const { result, ms } = await callAction(
    server.baseUrl,
    "/staff/editions",
    action.id,
    [{ period, titleJa: `${period} 合成`, titleEn: "", job }],
    cookie,
  );
  polling = false;
  await poll;
  if (!result?.ok) throw new Error(`making the ${period} draft was refused: ${JSON.stringify(result).slice(0, 300)}`);
  return {
    draft: result.data,
    ms,
    steps: seen.map((s) => `${s.step}/${s.steps} ${s.key} at ${seconds(s.at - started)}`),
  };
}

export async function publish(server, cookie, draft) {
  const action = findActionId("publishEditionAction", FILE);
  const { result, ms } = await callAction(
    server.baseUrl,
    "/staff/editions",
    action.id,
    [{ id: draft.id, version: draft.version }],
    cookie,
  );
  if (!result?.ok) throw new Error(`publishing was refused: ${JSON.stringify(result).slice(0, 300)}`);
  return ms;
}

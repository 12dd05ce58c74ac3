import { cache } from "react";
import { getDb } from "@/db/client";
import { listPublicEditions, type EditionMeta } from "@/db/queries/editions";

// The list of public editions changes when an edition is published or withdrawn, through
// any of the app servers. A page that renders (cached pages do not) or an API answer reads
// it from the database, once per request: a page rendered on one server just after another
// published must not be stored with the list from before (the shared page cache would then
// keep it). The proxy, which runs on every request of an edition's address and only decides
// how long caches keep the answer, uses a copy at most a second old.

/** Every published or withdrawn edition, newest first, as the database has it now. */
export const publicEditions = cache(async (): Promise<EditionMeta[]> => listPublicEditions(await getDb()));

const RECENT_MS = 1000;
const slot = globalThis as unknown as { __recentEditions?: { at: number; list: Promise<EditionMeta[]> } };

/** The same list, read at most a second ago (by this process). */
export function recentPublicEditions(now = Date.now()): Promise<EditionMeta[]> {
  const recent = slot.__recentEditions;
  if (recent && now - recent.at < RECENT_MS) return recent.list;
  const list = getDb().then((db) => listPublicEditions(db));
  slot.__recentEditions = { at: now, list };
  list.catch(() => {
    if (slot.__recentEditions?.list === list) slot.__recentEditions = undefined;
  });
  return list;
}

/** Drops this process's copy, so that its next request reads the list again (tests; the edition actions). */
export function forgetPublicEditions(): void {
  slot.__recentEditions = undefined;
}

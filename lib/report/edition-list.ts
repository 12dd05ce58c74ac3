import { getDb } from "@/db/client";
import { listPublicEditions, type EditionMeta } from "@/db/queries/editions";

// The list of public editions changes only when an edition is published or withdrawn, so a
// public page view reads it from memory instead of the database. The edition actions forget
// it once their transaction has committed. One app process is assumed: a second process
// would keep its own list until it restarts.
const slot = globalThis as unknown as { __publicEditions?: Promise<EditionMeta[]> };

export function cachedPublicEditions(load: () => Promise<EditionMeta[]>): Promise<EditionMeta[]> {
  if (!slot.__publicEditions) {
    const loading = load();
    slot.__publicEditions = loading;
    loading.catch(() => {
      if (slot.__publicEditions === loading) slot.__publicEditions = undefined;
    });
  }
  return slot.__publicEditions;
}

export function forgetPublicEditions(): void {
  slot.__publicEditions = undefined;
}

/** Every published or withdrawn edition, newest first, from memory once read. */
export const publicEditions = () => cachedPublicEditions(async () => listPublicEditions(await getDb()));

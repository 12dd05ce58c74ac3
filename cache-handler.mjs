// Next's page cache, shared by every app server through Redis (used only when REDIS_URL is
// set; see next.config.js). @fortedigital/nextjs-cache-handler is the maintained handler for
// Next 16 (@neshca/cache-handler, which it grew from, stops at Next 14).
//
// - Pages are stored under the site (its database) and the build's id: two sites sharing a
//   Redis never see each other's pages, and during a rolling deploy the old and the new
//   build each read their own (a page names the scripts of the build that rendered it).
// - Invalidation is shared by every server of the build: publishing an edition through any
//   of them makes every server's copy of every page stale at once.
// - If Redis cannot be reached at start, or fails later, this server keeps a cache in its own
//   memory and says so: the public report is served, perhaps for a while from before the last
//   publication, rather than not at all.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import { createHash } from "node:crypto";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

const slot = globalThis;

/**
 * The site these pages belong to: its database (host, port and name; never the password).
 * Two sites that share a Redis, a staging and a production one of the same build, or two
 * test runs, must never read each other's pages.
 */
function siteKey() {
  let identity = `embedded:${path.resolve(process.env.DATA_DIR || ".data")}`;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    identity = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return createHash("sha256").update(identity).digest("hex").slice(0, 16);
}

async function configure(buildId) {
  const local = createLruHandler({ maxItemsNumber: 2000, maxItemSizeBytes: 8 * 1024 * 1024 });
  // The build has no Redis to talk to, and needs none.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [local] };
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  let warned = false;
  client.on("error", (error) => {
    if (warned) return;
    warned = true;
    console.error(
      JSON.stringify({ level: "error", msg: "Redis: the shared page cache is unreachable", error: String(error) }),
    );
  });
  client.on("ready", () => (warned = false));
  try {
    await client.connect();
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        msg: "Redis unreachable at start: pages are cached in this server's memory only",
        error: String(error),
      }),
    );
    client.destroy();
    return { handlers: [local] };
  }
  const shared = createRedisHandler({
    client,
    keyPrefix: `tracker:next:${siteKey()}:${buildId ?? "dev"}:`,
    sharedTagsKey: "tags",
    sharedTagsTtlKey: "tag-ttls",
    timeoutMs: 1000,
    keyExpirationStrategy: "EXAT",
  });
  // The first handler that answers is used: Redis, then this server's memory when Redis fails.
  return { handlers: [shared, local] };
}

// Next keeps how long a page lives (its cacheControl) beside the entry in its own cache and
// reads it back with the entry; the shared handler stores the entry's value only. A server
// that did not render a page itself would then take the page for one to render again every
// second. So the lifetime travels inside the stored value.
class TrackerCacheHandler extends CacheHandler {
  async set(key, value, ctx) {
    const kept = value && ctx?.cacheControl ? { ...value, trackerCacheControl: ctx.cacheControl } : value;
    return super.set(key, kept, ctx);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const cacheControl = entry?.value?.trackerCacheControl;
    return cacheControl ? { ...entry, cacheControl } : entry;
  }
}

CacheHandler.onCreation(({ buildId }) => (slot.__trackerCacheConfig ??= configure(buildId)));

export default TrackerCacheHandler;

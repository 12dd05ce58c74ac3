import { getDbHandle } from "@/db/client";
import { closeSharedRedis } from "@/lib/shared/redis";

// On SIGTERM (a deploy, systemd stopping the unit) Next stops taking new connections and
// waits for the requests in flight, then exits. A proxy in front (nginx) may keep sending
// requests on connections it already holds; those are served for a grace period too, so
// no reader's request fails. Then the database pool and the Redis connection are closed
// and the process ends, however busy: a stop never waits longer than the grace period.
const GRACE_MS = 10_000;
const CLOSE_MS = 3000;

const slot = globalThis as unknown as { __trackerStopping?: boolean };

/** Whether this server has been told to stop (its readiness check then says so). */
export const isStopping = () => slot.__trackerStopping === true;

export function installGracefulStop(): void {
  process.once("SIGTERM", () => {
    slot.__trackerStopping = true;
    console.log(JSON.stringify({ level: "info", msg: `SIGTERM: stopping, at the latest in ${GRACE_MS / 1000} s` }));
    setTimeout(async () => {
      const closing = Promise.allSettled([getDbHandle().then((h) => h.close()), closeSharedRedis()]);
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, CLOSE_MS))]);
      process.exit(143);
    }, GRACE_MS).unref();
  });
}

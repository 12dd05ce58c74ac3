import { can, type Actor, type Permission } from "@/lib/domain/permissions";
import { sharedRedis, withinMs } from "@/lib/shared/redis";

// Long actions (making or publishing an edition of 10,000 projects, importing a spreadsheet)
// report the step they are at, so that the browser that started one can show it while it
// runs. The browser's polls may reach any app server: with REDIS_URL each step is written to
// Redis as well as to this server's memory; without it there is one server, and its memory
// is enough. Only the person who started a job can read it; a step is of no interest ten
// minutes on.

type Job = { owner: string; step: number; steps: number; key: string; at: number };
export type Progress = Omit<Job, "owner" | "at">;

const slot = globalThis as unknown as { __actionJobs?: Map<string, Job> };
const jobs = () => (slot.__actionJobs ??= new Map());
const KEEP_MS = 10 * 60_000;
const REDIS_MS = 500;
// A job id comes from the browser: a key of bounded size and alphabet, or none at all.
const JOB_ID = /^[A-Za-z0-9-]{8,64}$/;
const redisKey = (jobId: string) => `tracker:job:${jobId}`;

/** A function that records each step of `steps` as it starts; a no-op without a job id. */
export function progressReporter<K extends string>(jobId: string | undefined, owner: string, steps: readonly K[]) {
  return (key: K) => {
    if (!jobId || !JOB_ID.test(jobId)) return;
    const now = Date.now();
    for (const [id, job] of jobs()) if (now - job.at > KEEP_MS) jobs().delete(id);
    const job: Job = { owner, step: steps.indexOf(key) + 1, steps: steps.length, key, at: now };
    jobs().set(jobId, job);
    // In order on the one connection; a Redis that fails costs the other servers' polls only.
    void sharedRedis()
      .then((redis) => redis && withinMs(REDIS_MS, redis.set(redisKey(jobId), JSON.stringify(job), { PX: KEEP_MS })))
      .catch(() => undefined);
  };
}

async function findJob(jobId: string): Promise<Job | null> {
  if (!JOB_ID.test(jobId)) return null;
  const here = jobs().get(jobId);
  if (here) return here;
  const redis = await sharedRedis();
  const stored = redis && (await withinMs(REDIS_MS, redis.get(redisKey(jobId))).catch(() => null));
  return stored ? (JSON.parse(stored) as Job) : null;
}

export async function readProgress(jobId: string, owner: string): Promise<Progress | null> {
  const job = await findJob(jobId);
  if (!job || job.owner !== owner) return null;
  return { step: job.step, steps: job.steps, key: job.key };
}

/**
 * The answer of a progress route: those holding the permission of the action the route
 * follows (editions: admins; imports: editors too) read their own jobs only.
 */
export async function progressAnswer(
  actor: Actor | null,
  jobId: string,
  permission: Permission = "editions.manage",
): Promise<{ status: 200 | 403 | 404; body: Progress | { error: string } }> {
  if (!can(actor, permission)) return { status: 403, body: { error: "forbidden" } };
  const progress = await readProgress(jobId, actor!.id);
  return progress ? { status: 200, body: progress } : { status: 404, body: { error: "unknown job" } };
}

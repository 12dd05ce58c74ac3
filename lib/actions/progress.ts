import { can, type Actor, type Permission } from "@/lib/domain/permissions";

// Long actions (making or publishing an edition of 10,000 projects, importing a spreadsheet) report the step they are
// at, so that the browser that started one can show it while it runs. Kept in the memory
// of this process: the browser polls the server that runs the action, and a step is of no
// interest once the action has answered. Only the person who started a job can read it.

type Job = { owner: string; step: number; steps: number; key: string; at: number };
export type Progress = Omit<Job, "owner" | "at">;

const slot = globalThis as unknown as { __actionJobs?: Map<string, Job> };
const jobs = () => (slot.__actionJobs ??= new Map());
const KEEP_MS = 10 * 60_000;

/** A function that records each step of `steps` as it starts; a no-op without a job id. */
export function progressReporter<K extends string>(jobId: string | undefined, owner: string, steps: readonly K[]) {
  return (key: K) => {
    if (!jobId) return;
    const now = Date.now();
    for (const [id, job] of jobs()) if (now - job.at > KEEP_MS) jobs().delete(id);
    jobs().set(jobId, { owner, step: steps.indexOf(key) + 1, steps: steps.length, key, at: now });
  };
}

export function readProgress(jobId: string, owner: string): Progress | null {
  const job = jobs().get(jobId);
  if (!job || job.owner !== owner) return null;
  return { step: job.step, steps: job.steps, key: job.key };
}

/**
 * The answer of a progress route: those holding the permission of the action the route
 * follows (editions: admins; imports: editors too) read their own jobs only.
 */
export function progressAnswer(
  actor: Actor | null,
  jobId: string,
  permission: Permission = "editions.manage",
): { status: 200 | 403 | 404; body: Progress | { error: string } } {
  if (!can(actor, permission)) return { status: 403, body: { error: "forbidden" } };
  const progress = readProgress(jobId, actor!.id);
  return progress ? { status: 200, body: progress } : { status: 404, body: { error: "unknown job" } };
}

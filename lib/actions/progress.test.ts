import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { progressAnswer, progressReporter } from "./progress";

// A long job's progress, as the browser that started it polls for it. With REDIS_URL set
// (CI sets it), the poll may reach another app server: that server has nothing in memory and
// reads what the first wrote to Redis.
const admin = { id: randomUUID(), role: "admin" as const, areas: [] };
const forgetThisServer = () => (globalThis as unknown as { __actionJobs?: Map<string, unknown> }).__actionJobs?.clear();

describe("the progress of a long job", () => {
  it("is each step as it starts, for the person who started it only", async () => {
    const job = randomUUID();
    const step = progressReporter(job, admin.id, ["read", "build", "store"] as const);
    step("read");
    expect(await progressAnswer(admin, job)).toEqual({ status: 200, body: { step: 1, steps: 3, key: "read" } });
    step("store");
    expect(await progressAnswer(admin, job)).toEqual({ status: 200, body: { step: 3, steps: 3, key: "store" } });
    expect((await progressAnswer({ ...admin, id: randomUUID() }, job)).status).toBe(404);
  });

  it("ignores a job id that could not be one (of any length or alphabet)", async () => {
    for (const job of ["", "x", "a".repeat(65), "../../etc", "tracker:job:*", "ジョブ".repeat(4)]) {
      progressReporter(job, admin.id, ["read"] as const)("read");
      expect((await progressAnswer(admin, job)).status, job).toBe(404);
    }
  });

  if (process.env.REDIS_URL) {
    it("is read on another server, through Redis", async () => {
      const job = randomUUID();
      const step = progressReporter(job, admin.id, ["read", "build", "store"] as const);
      step("read");
      step("build");
      forgetThisServer();
      await expect
        .poll(async () => (await progressAnswer(admin, job)).body)
        .toEqual({ step: 2, steps: 3, key: "build" });
      forgetThisServer();
      expect((await progressAnswer({ ...admin, id: randomUUID() }, job)).status).toBe(404);
    });
  }
});

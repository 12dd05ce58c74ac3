import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "db/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{db,lib,app,components,scripts}/**/*.test.ts"],
    // Migrates and seeds once per run; each file gets a copy (db/testing/fresh-db.ts).
    globalSetup: ["db/testing/templates.ts"],
    environment: "node",
    // The tests check behaviour, not log lines: a request's line is noise here, a failure not.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Several files each start their own PGlite; two cores do not gain from more. Threads
    // start a file faster than child processes (measured: the run takes a quarter less).
    pool: "threads",
    maxWorkers: 2,
  },
});

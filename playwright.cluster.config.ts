import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The cluster tests (e2e/cluster/): two app servers of the built app on the Postgres server
// of DATABASE_URL and the Redis of REDIS_URL, nginx in front, started by their global set-up.
// scripts/test.sh runs them when both are set.
export default defineConfig({
  testDir: "e2e/cluster",
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  globalSetup: "./e2e/cluster/global-setup.ts",
  timeout: 60_000,
  outputDir: "test-results/cluster",
  use: { ...base.use, baseURL: undefined },
});

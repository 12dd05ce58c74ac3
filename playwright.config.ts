import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";

// The suite drives the real production build (`next build` ran before it) in Debian's
// Chromium. scripts/test.sh prepares the database the server uses: a fresh embedded data
// folder, or a fresh database on the Postgres server when DATABASE_URL is set.
const port = Number(process.env.E2E_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;
// The server runs as in production, which requires a secret; a fresh one per run.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64");

// Two lanes side by side: the public report, which only reads, and the staff screens, which
// change live data and sign in (and so share the sign-in throttle), one file at a time each.
// What would disturb the other lane runs last, alone: publishing an edition changes what
// every public page shows, and the tests bound by a time limit (a hostile upload's 10 s,
// a second server's start) must not share the two cores with a whole other lane.
const ALONE = /(staff-editions|staff-import-hostile|staff-rounds-publish|startup)\.spec\.ts/;
const STAFF = /(staff-[^/]*|security)\.spec\.ts/;
// The public pages at three widths: only reads too, a lane of its own so that whichever of the
// other two finishes first takes it up.
const LAYOUT = /viewports\.spec\.ts/;
// Run against servers of their own (playwright.cluster.config.ts).
const CLUSTER = /cluster\//;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    // A failed test keeps its trace: actions, network and the DOM at each step. The screencast
    // is left out: encoding its frames cost about a twentieth of the run's CPU, measured.
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "public",
      testIgnore: [/auth\.setup\.ts/, STAFF, ALONE, CLUSTER, LAYOUT],
      dependencies: ["setup"],
      workers: 1,
    },
    { name: "layout", testMatch: LAYOUT, workers: 1 },
    { name: "staff", testMatch: STAFF, testIgnore: ALONE, dependencies: ["setup"], workers: 1 },
    { name: "alone", testMatch: ALONE, dependencies: ["public", "staff", "layout"], workers: 1 },
  ],
  webServer: {
    command: `npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      // On a Postgres server the app's role may not migrate: the server checks the schema only.
      MIGRATION_DATABASE_URL: "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      // Every request's line would bury the test report; failures are still logged.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});

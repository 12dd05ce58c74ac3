// npm run bench:sign-in — what a refused sign-in costs, for an e-mail that has an account and
// for one that has none, on the built app (built first when .next/BUILD_ID is missing) and
// the local Postgres server. An attacker who could tell them apart by time could list the
// staff's addresses; the target is that an unknown address costs no more than a known one
// (its p50 within 10% of the known one's). Attempts alternate between the two, each from an
// address of its own (TRUSTED_PROXY_HOPS=1 and a forwarded address), so that the throttle's
// per-address lock never answers in place of the password check.
//
// Settings (environment): BENCH_ATTEMPTS (40 of each; at most 45, under the account's
// ceiling), BENCH_DATABASE_URL or DATABASE_URL (the local server; a non-local one is refused).
import { randomBytes } from "node:crypto";
import { printTable, summarize } from "./support/load.mjs";
import { createDatabase, dropDatabase } from "./support/postgres.mjs";
import { ensureBuild, freePort, runScript, startNext } from "./support/server.mjs";
import { CookieJar } from "./support/session.mjs";

const ATTEMPTS = Math.min(45, Number(process.env.BENCH_ATTEMPTS ?? 40));
const KNOWN = "bench-known@example.test";
const UNKNOWN = "bench-unknown@example.test";

/** One refused sign-in through Auth.js's credentials callback; its time in ms. */
async function attempt(baseUrl, email, address) {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = await csrf.json();
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header(), "X-Forwarded-For": address },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: "not-the-password-at-all",
      callbackUrl: `${baseUrl}/staff`,
    }),
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  const location = response.headers.get("location") ?? "";
  if (!/error=CredentialsSignin/.test(location) || /code=locked/.test(location))
    throw new Error(`unexpected answer for ${email}: ${response.status} ${location}`);
  return elapsed;
}

async function main() {
  ensureBuild();
  const url = await createDatabase("signin");
  let server;
  try {
    runScript("scripts/db.ts", ["migrate"], { DATABASE_URL: url });
    runScript("scripts/user-add.ts", ["--email", KNOWN, "--name", "Bench", "--role", "viewer"], {
      DATABASE_URL: url,
      USER_PASSWORD: randomBytes(18).toString("base64url"),
    });
    server = await startNext({
      port: await freePort(),
      env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64"), TRUSTED_PROXY_HOPS: "1" },
    });
    // A few of each first, so that neither pays for the server's first compile of a route.
    for (let i = 0; i < 3; i++)
      for (const email of [KNOWN, UNKNOWN]) await attempt(server.baseUrl, email, `198.51.100.${i + 1}`);
    const times = { [KNOWN]: [], [UNKNOWN]: [] };
    for (let i = 0; i < ATTEMPTS; i++) {
      const order = i % 2 === 0 ? [KNOWN, UNKNOWN] : [UNKNOWN, KNOWN];
      for (const email of order) times[email].push(await attempt(server.baseUrl, email, `203.0.113.${i + 1}`));
    }
    const known = summarize(times[KNOWN], 1);
    const unknown = summarize(times[UNKNOWN], 1);
    const met = unknown.p50 <= known.p50 * 1.1;
    printTable("Refused sign-ins (Auth.js credentials callback, one at a time)", [
      { dataset: "known e-mail", scenario: "wrong password", ...known, rps: 1000 / known.p50, target: "", verdict: "" },
      {
        dataset: "unknown e-mail",
        scenario: "any password",
        ...unknown,
        rps: 1000 / unknown.p50,
        target: "p50 ≤ known × 1.1",
        verdict: met ? "met" : "NOT MET",
      },
    ]);
    if (!met) process.exitCode = 1;
  } finally {
    await server?.stop();
    await dropDatabase(url);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

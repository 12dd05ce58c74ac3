import { expect, test, type APIResponse } from "@playwright/test";
import { HOSTILE_RETURN_PATHS } from "../lib/auth/testing/return-paths";
import { email, formAlert, password, signIn, storageState } from "./support/accounts";

// What an attacker would try from outside: return addresses that leave the site, forged
// client addresses, oversized bodies, a session kept after signing out through Auth.js's own
// endpoint. Each must get nowhere, and the public report must still be served afterwards.

const expectLocation = (response: APIResponse, expected: string) => {
  expect(response.status(), `status for ${response.url()}`).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  const base = new URL(response.url());
  const location = new URL(response.headers()["location"]!, base);
  expect(location.origin).toBe(base.origin);
  expect(location.pathname + location.search + location.hash).toBe(expected);
};

test.describe("return addresses never leave the site", () => {
  test(`the sign-in page, opened when signed in, with ${HOSTILE_RETURN_PATHS.length} hostile callbackUrl values`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageState("viewer") });
    for (const { raw, safe } of HOSTILE_RETURN_PATHS) {
      const response = await context.request.get(`/login?callbackUrl=${encodeURIComponent(raw)}`, { maxRedirects: 0 });
      expectLocation(response, safe ?? "/staff");
    }
    await context.close();
  });

  test("the language switch, with the same values", async ({ request }) => {
    for (const { raw, safe } of HOSTILE_RETURN_PATHS) {
      const response = await request.post("/api/locale", { form: { locale: "en", back: raw }, maxRedirects: 0 });
      expectLocation(response, safe ?? "/");
    }
  });

  test("signing in, with the same values sent to the sign-in action itself", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The form only ever sends a value the page already checked; an attacker sends anything.
    // The browser's own call of the action is taken as sent, then sent again with each value
    // in place of the form's, as a client of the attacker's making would.
    const sent = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await signIn(page, email("viewer"), password());
    const call = await sent;
    const body = call.postData() ?? "";
    expect(body).toContain('"callbackUrl":"/staff"');
    const headers = Object.fromEntries(
      Object.entries(await call.allHeaders()).filter(([name]) => !/^(cookie|content-length|host)$/i.test(name)),
    );
    for (const testCase of HOSTILE_RETURN_PATHS) {
      await context.clearCookies();
      const response = await context.request.post(call.url(), {
        headers,
        data: body.replace('"callbackUrl":"/staff"', `"callbackUrl":${JSON.stringify(testCase.raw)}`),
        maxRedirects: 0,
      });
      // Next tells its client where to go in this header ("<address>;push"); the client goes there.
      const target = /^(.*);(push|replace)$/.exec(response.headers()["x-action-redirect"] ?? "")?.[1];
      expect(target, testCase.raw).toBeDefined();
      const baseURL = test.info().project.use.baseURL!;
      const landed = new URL(target!, baseURL);
      expect(landed.host, testCase.raw).toBe(new URL(baseURL).host);
      expect(landed.pathname + landed.search + landed.hash, testCase.raw).toBe(testCase.safe ?? "/staff");
    }
    await context.close();
  });

  test("Auth.js's own endpoints keep to the site too", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    // Without its CSRF token Auth.js does not act on the request at all.
    const forged = await request.post("/api/auth/signout", { form: { callbackUrl: "/staff" }, maxRedirects: 0 });
    expect(new URL(forged.headers()["location"] ?? "/", forged.url()).searchParams.get("error")).toBe("MissingCSRF");
    for (const raw of ["https://evil.example/", "//evil.example", "/\t/evil.example"]) {
      const response = await request.post("/api/auth/signout", {
        form: { csrfToken, callbackUrl: raw },
        maxRedirects: 0,
      });
      const location = new URL(response.headers()["location"]!, response.url());
      // Auth.js writes its own origin, which may name this host as "localhost".
      expect(["127.0.0.1", "localhost"]).toContain(location.hostname);
      expect(location.port).toBe(new URL(response.url()).port);
      expect(location.pathname).toBe("/staff");
    }
  });
});

test("a forged X-Forwarded-For does not move the sign-in throttle (no proxy is trusted by default)", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  const account = "forged-address@e2e.test";
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });
    await signIn(page, account, "not-the-password");
    await expect(formAlert(page)).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.200" });
  await signIn(page, account, "not-the-password");
  await expect(formAlert(page)).toContainText("一時的にログインできません");
});

test("signing out through Auth.js's own endpoint ends the session for good", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email("editor5"), password());
  await expect(page).toHaveURL(/\/staff$/);
  const cookies = await context.cookies();
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  await context.request.post("/api/auth/signout", { form: { csrfToken } });
  // The token handed back as it was: the server no longer counts it.
  await context.addCookies(cookies.filter((c) => c.name.includes("session-token")));
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test.describe("bodies larger than any staff form are refused before they are read", () => {
  const big = "x".repeat(2 * 1024 * 1024);
  test("a route handler", async ({ request }) => {
    expect((await request.post("/api/locale", { form: { locale: "en", back: big } })).status()).toBe(413);
  });
  test("a server action", async ({ request }) => {
    const response = await request.post("/staff/users", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain" },
      data: big,
    });
    expect(response.status()).toBe(413);
  });
  test("and the public report is still served", async ({ request }) => {
    expect((await request.get("/api/health")).status()).toBe(200);
    expect(await (await request.get("/")).text()).toContain("2021年10月現在");
  });
});

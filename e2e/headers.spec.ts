import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";

for (const path of ["/", "/areas/1/1", "/api/health", "/no-such-page"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("the cached public pages keep one policy for everyone, without a nonce", async ({ request }) => {
  const csp = (await request.get("/")).headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).not.toContain("nonce-");
});

test("staff pages and sign-in: a fresh nonce on every response, 'strict-dynamic', nothing inline without it", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: storageState("admin") });
  const anonymous = await browser.newContext();
  for (const [context, path] of [
    [anonymous, "/login"],
    [admin, "/staff"],
    [admin, "/staff/projects"],
    [admin, "/staff/audit"],
  ] as const) {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await context.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const csp = response.headers()["content-security-policy"] ?? "";
      const scriptSrc =
        csp
          .split(";")
          .map((d) => d.trim())
          .find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
      expect(csp).toContain("frame-ancestors 'none'");
      // Rendered for one reader: no shared cache may keep it.
      expect(response.headers()["cache-control"]).toContain("no-store");
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.push(nonce);
      // Every script Next writes carries it.
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  }
  // And the pages still run under it: no script refused while a staff page is used.
  const page = await admin.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/staff/projects");
  await page.getByTestId("project-8-3").getByRole("link", { name: "観光交流" }).click();
  await expect(page).toHaveURL(/\/staff\/projects\/[0-9a-f-]+$/);
  expect(refused).toEqual([]);
  await admin.close();
  await anonymous.close();
});

// What a browser, nginx or a CDN may keep (lib/cache-policy.js), for every kind of address.
const LATEST = [
  "/",
  "/en",
  "/areas/1",
  "/areas/3/1",
  "/en/areas/3/1",
  "/areas/8/print",
  "/map",
  "/print",
  "/search?q=%E6%9C%A8",
  "/reports",
  "/en/reports",
  "/data",
  "/accessibility",
  "/api/v1/editions",
  "/api/v1/catalog",
];
// Addresses that name nothing, among them an edition not (yet) published: a 404 that no
// cache may keep longer than a latest-edition page, so that it does not outlive a publication.
const NOTHING = [
  "/no-such-page",
  "/areas/99",
  "/reports/2099-01",
  "/en/reports/2099-01/areas/3",
  "/reports/2099-01/search?q=x",
  "/api/v1/editions/2099-01",
];
const PERMANENT_PAGES = [
  "/reports/2021-10",
  "/en/reports/2021-10",
  "/reports/2021-10/areas/3/1",
  "/reports/2021-10/map",
  "/reports/2021-10/changes",
  "/reports/2021-10/search?q=x",
];
const IMMUTABLE = ["/api/v1/editions/2021-10", "/api/v1/editions/2021-10/csv", "/api/v1/editions/2021-10/xlsx"];

/** A directive's seconds, or null. */
function seconds(cacheControl: string, directive: string): number | null {
  const match = new RegExp(`(?:^|,)\\s*${directive}=(\\d+)`).exec(cacheControl);
  return match ? Number(match[1]) : null;
}

/** Public, kept by a shared cache a minute at most, and never for good. */
function expectAMinuteAtMost(header: string, where: string) {
  expect(header, where).toMatch(/^public,/);
  const shared = seconds(header, "s-maxage") ?? seconds(header, "max-age");
  expect(shared, where).not.toBeNull();
  expect(shared!, where).toBeLessThanOrEqual(60);
  expect(header, where).not.toContain("immutable");
}

test("latest-edition addresses are kept by shared caches a minute at most, and served stale while they fail", async ({
  request,
}) => {
  for (const path of LATEST) {
    for (const rsc of path.startsWith("/api/") ? [false] : [false, true]) {
      const response = await request.get(path, { headers: rsc ? { rsc: "1" } : {}, maxRedirects: 0 });
      const header = response.headers()["cache-control"] ?? "";
      const where = `${path}${rsc ? " (React payload)" : ""}: ${header}`;
      expectAMinuteAtMost(header, where);
      expect(seconds(header, "stale-while-revalidate"), where).toBeGreaterThan(0);
      expect(seconds(header, "stale-if-error"), where).toBeGreaterThanOrEqual(3600);
    }
  }
});

test("an address that names nothing is kept a minute at most", async ({ request }) => {
  for (const path of NOTHING) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const header = response.headers()["cache-control"] ?? "";
    if (!/no-store/.test(header)) expectAMinuteAtMost(header, `${path}: ${header}`);
  }
});

test("an edition's pages are kept for an hour at their permanent address, its data for good", async ({ request }) => {
  for (const path of PERMANENT_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const header = response.headers()["cache-control"] ?? "";
    expect(header, path).toMatch(/^public,/);
    // Its banner changes once, when a newer edition replaces it or it is withdrawn.
    expect(seconds(header, "s-maxage"), `${path}: ${header}`).toBe(3600);
    // A reader's browser asks again each time, and so sees the notice as soon as it is there.
    expect(seconds(header, "max-age"), `${path}: ${header}`).toBe(0);
    expect(header, path).not.toContain("immutable");
  }
  for (const path of IMMUTABLE) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
});

test("staff pages, sign-in and the session are stored nowhere", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageState("admin") });
  for (const path of ["/login", "/staff", "/staff/projects", "/staff/editions", "/api/auth/session"]) {
    const response = await admin.request.get(path, { maxRedirects: 0 });
    const header = response.headers()["cache-control"] ?? "";
    expect(header, path).toContain("private");
    expect(header, path).toContain("no-store");
  }
  await admin.close();
});

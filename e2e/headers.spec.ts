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

import { expect, test } from "@playwright/test";
import { accountNames, email, formAlert, password, signIn, signInAs } from "./support/accounts";

const roleLabel = {
  admin: "管理者",
  editor2: "編集者",
  editor5: "編集者",
  reviewer2: "確認者",
  viewer: "閲覧者",
} as const;

test.describe("signing in and out", () => {
  for (const name of accountNames()) {
    test(`${name} signs in, is sent back to the page asked for, and signs out`, async ({ page }) => {
      await page.goto("/staff");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff$/);
      await page.getByLabel("メールアドレス").fill(email(name));
      await page.getByLabel("パスワード").fill(password());
      await page.getByRole("button", { name: "ログイン" }).click();
      await expect(page).toHaveURL(/\/staff$/);
      await expect(page.getByTestId("signed-in-as")).toContainText(`（${roleLabel[name]}）としてログイン中`);
      const sessionCookies = await page.context().cookies();
      await page.getByRole("button", { name: "ログアウト" }).click();
      await expect(page).toHaveURL(/\/login\?signedOut=1$/);
      await expect(page.getByText("ログアウトしました。")).toBeVisible();
      await page.goto("/staff");
      await expect(page).toHaveURL(/\/login/);
      // The old session token, handed back (as a late response could), no longer works.
      await page.context().addCookies(sessionCookies);
      await page.goto("/staff");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("an unknown e-mail and a wrong password get the same message", async ({ page }) => {
    const message = "メールアドレスまたはパスワードが正しくありません。";
    await signIn(page, "nobody@e2e.test", "some-wrong-password");
    await expect(formAlert(page)).toHaveText(message);
    await signIn(page, email("viewer"), "some-wrong-password");
    await expect(formAlert(page)).toHaveText(message);
  });

  test("the form says what is missing, field by field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByLabel("メールアドレス")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#email-error")).toHaveText("入力してください。");
    await expect(page.locator("#password-error")).toHaveText("入力してください。");
  });

  test("a sign-in never redirects to another site", async ({ page }) => {
    await page.goto("/login?callbackUrl=//evil.example/");
    await page.getByLabel("メールアドレス").fill(email("viewer"));
    await page.getByLabel("パスワード").fill(password());
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/staff$/);
  });
});

test.describe("over plain HTTP, anonymous requests never get staff content", () => {
  for (const path of ["/staff", "/staff/users", "/staff/users/new", "/staff/forbidden"]) {
    test(`GET ${path} redirects to sign-in`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const location = new URL(response.headers()["location"]!, response.url());
      expect(location.host).toBe(new URL(response.url()).host);
      expect(location.pathname + location.search).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
      expect(await response.text()).not.toContain("ユーザー管理");
    });
  }
});

test("session cookies are httpOnly, SameSite=Lax and Secure", async ({ page }) => {
  await signInAs(page, "viewer");
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
});

test("sign-in and staff pages work in English, and the switch keeps the reader on the page", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login?callbackUrl=%2Fstaff");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#email-error")).toHaveText("Please fill this in.");
  await page.getByLabel("E-mail address").fill(email("viewer"));
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("The e-mail address or password is not correct.");
  await page.getByLabel("Password").fill(password());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as 試験 閲覧者 (Viewer)");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("signed-in-as")).toContainText("（閲覧者）としてログイン中");
});

import { expect, type Browser, type Page } from "@playwright/test";
import { storageState } from "./accounts";

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.test`;

export async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState("admin") });
  return context.newPage();
}

/** Creates a user through the administration form; returns the edit page's URL. */
export async function createUserInUi(
  page: Page,
  user: { name: string; email: string; role: "管理者" | "編集者" | "閲覧者"; areas?: number[]; password: string },
) {
  await page.goto("/staff/users/new");
  await page.getByLabel("氏名").fill(user.name);
  await page.getByLabel("メールアドレス").fill(user.email);
  await page.getByRole("radio", { name: user.role }).check();
  for (const area of user.areas ?? []) await page.getByRole("checkbox", { name: new RegExp(`^${area} `) }).check();
  await page.getByLabel("初期パスワード").fill(user.password);
  await page.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(page.getByText("ユーザーを追加しました。")).toBeVisible();
  return page.url();
}

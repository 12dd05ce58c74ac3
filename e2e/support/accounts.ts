import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// The accounts scripts/test.sh creates before the run (e2e/accounts.txt), all with the
// run's own password.
export type AccountName = "admin" | "editor2" | "editor5" | "reviewer2" | "viewer";

export const password = () => {
  const p = process.env.E2E_PASSWORD;
  if (!p) throw new Error("E2E_PASSWORD is not set: run the suite with `npm test` (scripts/test.sh).");
  return p;
};

export const email = (name: AccountName) => `${name}@e2e.test`;

export const storageState = (name: AccountName) => path.join("test-results", ".auth", `${name}.json`);

export function accountNames(): AccountName[] {
  return fs
    .readFileSync(path.join("e2e", "accounts.txt"), "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split("@")[0] as AccountName);
}

export async function signIn(page: Page, address: string, pass: string) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(address);
  await page.getByLabel("パスワード").fill(pass);
  await page.getByRole("button", { name: "ログイン" }).click();
}

export async function signInAs(page: Page, name: AccountName) {
  await signIn(page, email(name), password());
  await expect(page).toHaveURL(/\/staff$/);
}

/** The form's own message region (Next adds a route announcer that is an alert too). */
export const formAlert = (page: Page) => page.locator("#main").getByRole("alert");

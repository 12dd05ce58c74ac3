import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { storageState } from "./support/accounts";
import { adminPage, createUserInUi, uniqueEmail } from "./support/users";

/** A change in an event's list: the field's old and new value as shown. */
async function expectChange(event: Locator, field: string, before: string, after: string) {
  const change = event.getByRole("listitem").filter({ hasText: field });
  await expect(change.getByTestId("old-value")).toHaveText(before);
  await expect(change.getByTestId("new-value")).toHaveText(after);
}

test("an admin's changes to a user are in the log, found by person and type, with old and new values", async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const address = uniqueEmail("audit");
  const name = `監査確認 ${address.slice(6, 14)}`;
  await createUserInUi(admin, { name, email: address, role: "閲覧者", password: "correct-horse-battery" });
  await admin.getByRole("radio", { name: "編集者" }).check();
  await admin.getByRole("checkbox", { name: /^3 / }).check();
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("保存しました。")).toBeVisible();

  await admin.goto("/staff/audit");
  await expect(admin.getByRole("heading", { level: 1, name: "変更履歴" })).toBeVisible();
  await admin.getByLabel("変更した人").selectOption({ label: "試験 管理者（admin@e2e.test）" });
  await admin.getByLabel("記録の種類").selectOption({ label: "ユーザー" });
  await admin.getByRole("button", { name: "絞り込む" }).click();
  await expect(admin).toHaveURL(/[?&]type=user/);
  await expect(admin).toHaveURL(/[?&]actor=[0-9a-f-]{36}/);
  // The form shows the filter it applied.
  await expect(admin.getByLabel("記録の種類")).toHaveValue("user");

  const table = admin.getByRole("table", { name: "変更履歴（新しい順）" });
  const events = table.getByTestId("audit-event").filter({ hasText: name });
  await expect(events).toHaveCount(2);
  const access = events.filter({ hasText: "権限・担当分野の変更" });
  await expect(access).toContainText("試験 管理者");
  await expectChange(access, "権限", "閲覧者", "編集者");
  await expectChange(access, "担当分野", "（なし）", "3");
  const created = events.filter({ hasText: "追加" });
  await expectChange(created, "メールアドレス", "（なし）", address);
  await expect(created.getByRole("rowheader")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // The same events as recorded, in a CSV download of the filtered log.
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: /この条件の記録をCSVで書き出す/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{8}-\d{4}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF日時（occurred_at）")).toBe(true);
  const lines = csv.split("\r\n").filter((l) => l.includes(name));
  expect(lines).toHaveLength(2);
  expect(lines.every((l) => l.includes(",user,"))).toBe(true);
  // The change of role, as stored (JSON, its keys in the database's order).
  const accessLine = lines.find((l) => l.includes('""role""'))!;
  expect(accessLine).toContain('""old"":""viewer""');
  expect(accessLine).toContain('""new"":""editor""');

  // Someone else's changes only: this user's events are not among them.
  await admin.getByLabel("変更した人").selectOption({ label: "試験 閲覧者（viewer@e2e.test）" });
  await admin.getByRole("button", { name: "絞り込む" }).click();
  await expect(admin.getByTestId("audit-empty")).toBeVisible();

  // The clear link drops the filter.
  await admin.getByRole("link", { name: "条件を解除" }).click();
  await expect(admin).toHaveURL(/\/staff\/audit$/);
  await expect(admin.getByLabel("変更した人")).toHaveValue("");
});

test("malformed filter values are ignored, not an error", async ({ browser }) => {
  const admin = await adminPage(browser);
  const response = await admin.goto(
    "/staff/audit?actor=nope&area=x&type=%3Cscript%3E&from=2025-02-30&to=tomorrow&page=-4",
  );
  expect(response?.status()).toBe(200);
  await expect(admin.getByRole("table", { name: "変更履歴（新しい順）" })).toBeVisible();
  await expect(admin.getByLabel("開始日", { exact: true })).toHaveValue("");
  await expect(admin.getByLabel("分野", { exact: true })).toHaveValue("");
  // A page past the end says so and links back.
  await admin.goto("/staff/audit?page=9999");
  await expect(admin.getByTestId("audit-empty")).toBeVisible();
  await expect(admin.getByTestId("audit-pager").getByRole("link", { name: "前のページ" })).toBeVisible();
});

test("a viewer can read the log", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageState("viewer") })).newPage();
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "変更履歴" }).click();
  await expect(page).toHaveURL(/\/staff\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "変更履歴" })).toBeVisible();
  await expect(page.getByTestId("audit-events")).toBeVisible();
});

test("an editor cannot open the log", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageState("editor2") })).newPage();
  await page.goto("/staff/audit");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByTestId("audit-events")).toHaveCount(0);
  await page.goto("/staff");
  await expect(page.getByRole("link", { name: "変更履歴" })).toHaveCount(0);
});

import { expect, test } from "@playwright/test";
import { formAlert, signIn, storageState } from "./support/accounts";
import { adminPage, createUserInUi, uniqueEmail } from "./support/users";

const PASSWORD = "correct-horse-battery";

test("an admin creates an editor for area 2, who then sees area 2's items at /staff", async ({ browser }) => {
  const admin = await adminPage(browser);
  const address = uniqueEmail("area2");
  await createUserInUi(admin, { name: "分野2 担当", email: address, role: "編集者", areas: [2], password: PASSWORD });
  await admin.goto("/staff/users");
  await expect(admin.getByTestId(`user-${address}`)).toContainText("編集者");

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, address, PASSWORD);
  await expect(editor).toHaveURL(/\/staff$/);
  const projects = editor.getByTestId("editable-projects");
  await expect(projects.getByRole("listitem")).toHaveCount(5);
  await expect(projects).toContainText("モデル都市：ヴォロネジ");
  await expect(projects).toContainText("郵便協力");
  await expect(projects).not.toContainText("小児科分野");
});

test("the create form shows the server's field errors and keeps what was typed", async ({ browser }) => {
  const admin = await adminPage(browser);
  await admin.goto("/staff/users/new");
  await admin.getByLabel("氏名").fill("重複");
  await admin.getByLabel("メールアドレス").fill("admin@e2e.test");
  await admin.getByRole("radio", { name: "閲覧者" }).check();
  await admin.getByLabel("初期パスワード").fill(PASSWORD);
  await admin.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(admin.locator("#email-error")).toHaveText("このメールアドレスはすでに登録されています。");
  await expect(admin.getByLabel("氏名")).toHaveValue("重複");
  // An editor without an area is refused in the browser before anything is sent.
  await admin.getByRole("radio", { name: "編集者" }).check();
  await admin.getByLabel("メールアドレス").fill(uniqueEmail("noarea"));
  await admin.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(admin.locator("#areas-error")).toHaveText("編集者と確認者には担当分野を1つ以上選んでください。");
});

test("after 5 failed attempts the account is locked, even for the right password", async ({ browser }) => {
  const admin = await adminPage(browser);
  const address = uniqueEmail("lockout");
  await createUserInUi(admin, { name: "ロック確認", email: address, role: "閲覧者", password: PASSWORD });
  const page = await (await browser.newContext()).newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(page, address, `wrong-password-${i}`);
    await expect(formAlert(page)).toContainText("メールアドレスまたはパスワードが正しくありません");
  }
  await signIn(page, address, PASSWORD);
  await expect(formAlert(page)).toContainText("15分ほど待ってから");
  await expect(page).toHaveURL(/\/login/);
});

test("a disabled user is signed out on their next request; a password reset ends sessions too", async ({ browser }) => {
  const admin = await adminPage(browser);
  const address = uniqueEmail("revoke");
  const editUrl = await createUserInUi(admin, { name: "取消確認", email: address, role: "閲覧者", password: PASSWORD });

  const user = await (await browser.newContext()).newPage();
  await signIn(user, address, PASSWORD);
  await expect(user).toHaveURL(/\/staff$/);

  admin.once("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: "このユーザーを無効にする" }).click();
  await expect(admin.getByRole("button", { name: "このユーザーを有効にする" })).toBeVisible();

  await user.reload();
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Fstaff$/);
  await signIn(user, address, PASSWORD);
  await expect(formAlert(user)).toContainText("メールアドレスまたはパスワードが正しくありません");

  // Enabled again and signed in; then a password reset ends that session.
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "このユーザーを有効にする" }).click();
  await expect(admin.getByRole("button", { name: "このユーザーを無効にする" })).toBeVisible();
  await signIn(user, address, PASSWORD);
  await expect(user).toHaveURL(/\/staff$/);
  await admin.getByLabel("新しいパスワード").fill("another-long-password");
  await admin.getByRole("button", { name: "パスワードを再設定" }).click();
  await expect(admin.getByText("パスワードを再設定しました。")).toBeVisible();
  await user.reload();
  await expect(user).toHaveURL(/\/login/);
});

test("a change of role applies on the user's next request", async ({ browser }) => {
  const admin = await adminPage(browser);
  const address = uniqueEmail("role");
  await createUserInUi(admin, { name: "権限変更", email: address, role: "編集者", areas: [5], password: PASSWORD });
  const user = await (await browser.newContext()).newPage();
  await signIn(user, address, PASSWORD);
  await expect(user.getByTestId("editable-projects")).toContainText("トヨタ自動車の生産性向上協力");

  await admin.getByRole("radio", { name: "閲覧者" }).check();
  await admin.getByRole("checkbox", { name: /^5 / }).uncheck();
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("保存しました。")).toBeVisible();

  await user.reload();
  await expect(user.getByTestId("signed-in-as")).toContainText("（閲覧者）");
  await expect(user.getByText("閲覧のみの権限です。")).toBeVisible();
});

for (const name of ["viewer", "editor2"] as const) {
  test(`${name} cannot open user administration`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageState(name) })).newPage();
    await page.goto("/staff/users");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("users")).toHaveCount(0);
    await page.goto("/staff");
    await expect(page.getByRole("link", { name: "ユーザー管理" })).toHaveCount(0);
  });
}

test("calling an action without a session is rejected and writes nothing", async ({ browser, playwright, baseURL }) => {
  const admin = await adminPage(browser);
  await admin.goto("/staff/users/new");
  // Capture the real server-action request the form sends…
  const captured = admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  const first = uniqueEmail("replay");
  await admin.getByLabel("氏名").fill("再送確認");
  await admin.getByLabel("メールアドレス").fill(first);
  await admin.getByRole("radio", { name: "閲覧者" }).check();
  await admin.getByLabel("初期パスワード").fill(PASSWORD);
  await admin.getByRole("button", { name: "ユーザーを追加" }).click();
  const request = await captured;
  await expect(admin.getByText("ユーザーを追加しました。")).toBeVisible();

  // …and send it again without cookies, for a different e-mail address.
  const attacker = await playwright.request.newContext({ baseURL });
  const replayed = uniqueEmail("anon");
  const response = await attacker.post(new URL(request.url()).pathname, {
    headers: {
      "next-action": request.headers()["next-action"]!,
      "content-type": request.headers()["content-type"]!,
      accept: "text/x-component",
    },
    data: request.postData()!.replace(first, replayed),
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain("errors.signInRequired");
  await admin.goto("/staff/users");
  await expect(admin.getByTestId(`user-${first}`)).toHaveCount(1);
  await expect(admin.getByTestId(`user-${replayed}`)).toHaveCount(0);
  await attacker.dispose();
});

import { test as setup } from "@playwright/test";
import { accountNames, signInAs, storageState } from "./support/accounts";

// One sign-in per role, saved for the tests that only need to be that role.
for (const name of accountNames()) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await signInAs(page, name);
    await page.context().storageState({ path: storageState(name) });
  });
}

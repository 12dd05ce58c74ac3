import fs from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { HOSTILE_FILES, OVERSIZED_FILES, READABLE_FILES } from "../lib/import/testing/hostile-files";
import { storageState } from "./support/accounts";
import { fixedTextOf } from "./support/message-text";
import { pidListeningOn, rssMb } from "./support/server-process";

// The hostile corpus (lib/import/testing/hostile-files.ts) uploaded to the built server as an
// editor would, one file after another: each gets its own message within 10 seconds, the
// health check answers throughout, the server's memory stays within bounds, and nothing is
// written.

const ANSWER_MS = 10_000;
const MAX_GROWTH_MB = 300;

/** Polls /api/health until stopped: every answer's status and the slowest answer. */
function pollHealth(request: APIRequestContext, pid: number) {
  const seen = { statuses: [] as number[], slowestMs: 0, peakRssMb: 0 };
  let running = true;
  const done = (async () => {
    while (running) {
      const started = Date.now();
      const status = await request.get("/api/health", { timeout: ANSWER_MS }).then(
        (r) => r.status(),
        () => 0,
      );
      seen.statuses.push(status);
      seen.slowestMs = Math.max(seen.slowestMs, Date.now() - started);
      seen.peakRssMb = Math.max(seen.peakRssMb, rssMb(pid));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return { seen, stop: async () => ((running = false), await done) };
}

async function auditTotal(browser: Browser): Promise<number> {
  const page = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await page.goto("/staff/audit");
  const text = await page.getByTestId("audit-pager").locator("p").first().innerText();
  await page.context().close();
  return Number(/(\d[\d,]*)件/.exec(text)![1]!.replace(/,/g, ""));
}

/** Chooses the file (which clears the last result), tries it, and waits for the answer. */
async function tryFile(page: Page, file: { name: string; buffer: Buffer } | string, expected: string): Promise<number> {
  await page
    .getByLabel("取り込むファイル")
    .setInputFiles(typeof file === "string" ? file : { ...file, mimeType: "application/octet-stream" });
  await expect(page.getByRole("heading", { name: /事前確認の結果/ })).toHaveCount(0);
  const started = Date.now();
  await page.getByRole("button", { name: "事前確認" }).click();
  if (expected === "import.fileTooLarge")
    await expect(page.locator("#import-file-error")).toHaveText(fixedTextOf(expected), { timeout: ANSWER_MS });
  else if (expected.startsWith("import."))
    await expect(page.getByTestId("import-verdict")).toHaveText(fixedTextOf(expected), { timeout: ANSWER_MS });
  else
    await expect(page.getByRole("table", { name: "エラー（表・行・列ごと）" })).toContainText(fixedTextOf(expected), {
      timeout: ANSWER_MS,
    });
  return Date.now() - started;
}

test("every hostile file gets its own message within 10 s; the server stays up and small, and nothing is written", async ({
  browser,
  baseURL,
}, info) => {
  test.setTimeout(240_000);
  const pid = pidListeningOn(Number(new URL(baseURL!).port));
  const context = await browser.newContext({ storageState: storageState("editor2") });
  const page = await context.newPage();
  const exported = new Uint8Array(await (await context.request.get("/staff/import/export?format=xlsx")).body());
  const auditBefore = await auditTotal(browser);
  await page.goto("/staff/import");
  // The control, which also loads everything a read needs once, before the baseline.
  await tryFile(page, { name: "export.xlsx", buffer: Buffer.from(exported) }, "import.nothingToChange");
  // Made before the clock starts: making them keeps this process too busy to poll.
  const files = [...HOSTILE_FILES, ...READABLE_FILES, ...OVERSIZED_FILES];
  const made = await Promise.all(files.map(async (file) => Buffer.from(await file.make(exported))));
  const baseline = rssMb(pid);
  const health = pollHealth(context.request, pid);

  const results: { file: string; expected: string; ms: number; growthMb: number }[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = made[i]!;
    // Playwright hands buffers of 50 MB and more to the browser only from a file.
    const upload =
      bytes.length >= 50 * 1024 * 1024
        ? info.outputPath(`${i}-${file.fileName}`)
        : { name: file.fileName, buffer: bytes };
    if (typeof upload === "string") fs.writeFileSync(upload, bytes);
    const ms = await tryFile(page, upload, file.expected);
    results.push({ file: file.name, expected: file.expected, ms, growthMb: Math.round(rssMb(pid) - baseline) });
  }

  // Past the form's own check, the upload route refuses the body itself.
  const oversized = made[files.indexOf(OVERSIZED_FILES[0]!)]!;
  const direct = await context.request.post("/staff/import/upload", {
    headers: { origin: new URL(baseURL!).origin },
    multipart: { file: { name: "milestones.csv", mimeType: "text/csv", buffer: oversized }, mode: "dryRun" },
  });
  expect(direct.status()).toBe(413);
  expect(await direct.json()).toEqual({ ok: false, formError: "import.uploadTooLarge", fieldErrors: {} });

  await health.stop();
  const auditAfter = await auditTotal(browser);
  console.log(
    results
      .map(
        (r) =>
          `${String(r.ms).padStart(5)} ms  ${String(r.growthMb).padStart(4)} MB  ${r.expected.padEnd(28)} ${r.file}`,
      )
      .join("\n"),
  );
  console.log(
    `health: ${health.seen.statuses.length} checks, slowest ${health.seen.slowestMs} ms; RSS baseline ${Math.round(baseline)} MB, peak ${Math.round(health.seen.peakRssMb)} MB`,
  );
  expect(health.seen.statuses.filter((s) => s !== 200)).toEqual([]);
  expect(health.seen.slowestMs).toBeLessThan(ANSWER_MS);
  expect(results.filter((r) => r.ms >= ANSWER_MS)).toEqual([]);
  expect(Math.max(...results.map((r) => r.growthMb))).toBeLessThan(MAX_GROWTH_MB);
  expect(health.seen.peakRssMb - baseline).toBeLessThan(MAX_GROWTH_MB);
  expect(auditAfter).toBe(auditBefore);
});

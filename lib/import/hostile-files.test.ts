import { beforeAll, describe, expect, it } from "vitest";
import { readImportFile, type ReadResult } from "./read-file";
import { staffXlsx, seededRows } from "./testing/export-files";
import { HOSTILE_FILES, OVERSIZED_FILES, READABLE_FILES } from "./testing/hostile-files";

// Every hostile file of the corpus, read as the upload reads it: each gets its own message,
// quickly, and nothing of it is built in this process's heap.

let exported: Uint8Array;
beforeAll(async () => {
  exported = await staffXlsx(await seededRows());
});

const firstMessage = (result: ReadResult) => (result.ok ? null : result.issues[0]!.message);

describe("the hostile corpus", () => {
  it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))(
    "refuses %s with its own message, quickly",
    async (_name, file) => {
      const bytes = await file.make(exported);
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const result = await readImportFile(file.fileName, bytes);
      expect(firstMessage(result)).toBe(file.expected);
      expect(result.ok ? [] : result.issues).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(5000);
      // What the read left behind: at most the file itself and the zip's inflated parts.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    },
    30_000,
  );

  it("refuses a file over the upload limit before reading a byte of it", async () => {
    for (const file of OVERSIZED_FILES)
      expect(firstMessage(await readImportFile(file.fileName, await file.make(exported)))).toBe("importFile.tooLarge");
  });

  it.each(READABLE_FILES.map((f) => [f.name, f] as const))("reads %s (the control)", async (_name, file) => {
    expect(await readImportFile(file.fileName, await file.make(exported))).toEqual({
      ok: true,
      format: "csv",
      tables: [{ table: "milestones", file: "milestones.csv", rows: [] }],
    });
  });

  it("reads the staff export it starts from (the control)", async () => {
    expect((await readImportFile("export.xlsx", exported)).ok).toBe(true);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { inTurn, MAX_QUEUED_READS, parseInWorker, PARSE_LIMITS, QueueFull } from "./parse-in-worker";
import { seededRows, staffXlsx } from "./testing/export-files";

// The worker that parses a file: its answer, and the limits that stop it with a message
// while this process goes on.

const defaults = { ...PARSE_LIMITS };
afterEach(() => Object.assign(PARSE_LIMITS, defaults));

const csvTask = (text: string) => ({ kind: "csv" as const, text, options: { bom: true, relax_column_count: true } });

describe("the parse worker", () => {
  it("answers with plain arrays", async () => {
    expect(await parseInWorker(csvTask("a,b\r\n1,2\r\n"))).toEqual({
      ok: true,
      records: [
        ["a", "b"],
        ["1", "2"],
      ],
    });
  });

  it("is stopped past its heap limit, with a message, and the next parse runs as usual", async () => {
    PARSE_LIMITS.oldGenerationMb = 8;
    PARSE_LIMITS.youngGenerationMb = 2;
    const workbook = await staffXlsx(await seededRows());
    expect(await parseInWorker({ kind: "xlsx", bytes: workbook, maxColumn: 40 })).toEqual({
      ok: false,
      message: "importFile.readOutOfMemory",
    });
    Object.assign(PARSE_LIMITS, defaults);
    expect(await parseInWorker({ kind: "xlsx", bytes: workbook, maxColumn: 40 })).toMatchObject({ ok: true });
  }, 60_000);

  it("is stopped past its time limit, with a message", async () => {
    PARSE_LIMITS.timeoutMs = 1;
    expect(await parseInWorker(csvTask("a\r\n".repeat(200_000)))).toEqual({
      ok: false,
      message: "importFile.readTimeout",
      params: { seconds: 0.001 },
    });
  });
});

describe("one read at a time", () => {
  it("runs reads in the order they came; only one that has to wait is told so", async () => {
    const order: string[] = [];
    const waited: string[] = [];
    let release!: () => void;
    const first = inTurn(
      () => waited.push("first"),
      () => new Promise<void>((resolve) => (release = resolve)).then(() => order.push("first")),
    );
    const second = inTurn(
      () => waited.push("second"),
      async () => order.push("second"),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
    expect(waited).toEqual(["second"]);
  });

  it("refuses a read past the queue's length, and takes one again once there is room", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const queued = Array.from({ length: MAX_QUEUED_READS }, () =>
      inTurn(
        () => {},
        () => held,
      ),
    );
    await expect(
      inTurn(
        () => {},
        async () => "one too many",
      ),
    ).rejects.toBeInstanceOf(QueueFull);
    release();
    await Promise.all(queued);
    expect(
      await inTurn(
        () => {},
        async () => "room again",
      ),
    ).toBe("room again");
  });

  it("lets the next read run when one fails", async () => {
    const failing = inTurn(
      () => {},
      async () => Promise.reject(new Error("broken file")),
    );
    await expect(failing).rejects.toThrow("broken file");
    expect(
      await inTurn(
        () => {},
        async () => "next",
      ),
    ).toBe("next");
  });
});

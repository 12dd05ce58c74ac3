import { Worker } from "node:worker_threads";

// The file's heavy parse (worker/parse-worker.mjs) runs in a worker thread of its own, with
// a heap limit and a time limit: a file that slips past every check and still costs too much
// stops that thread only, and the uploader is told so. The server's own heap, and the
// public report it serves, never carry a workbook's cells.

export const PARSE_LIMITS = {
  /** exceljs holds a sheet at some 25 times its XML: room for the largest real export. */
  oldGenerationMb: 320,
  youngGenerationMb: 32,
  stackMb: 4,
  timeoutMs: 20_000,
};

export type WorkerTask =
  | { kind: "xlsx"; bytes: Uint8Array; maxColumn: number }
  | { kind: "csv"; text: string; options: Record<string, unknown> };

/** A parse that was stopped: the message key for the uploader. */
export type ParseStopped = {
  ok: false;
  message: "importFile.readOutOfMemory" | "importFile.readTimeout" | "importFile.readFailed";
  params?: Record<string, number>;
};

/** Runs one task in a fresh worker; its answer, or why it was stopped. */
export function parseInWorker<T>(task: WorkerTask): Promise<T | ParseStopped> {
  return new Promise((resolve) => {
    // new URL(…, import.meta.url): the form Turbopack recognises and bundles as a worker
    // entry for the production build; under vitest it is the file itself.
    const worker = new Worker(new URL("./worker/parse-worker.mjs", import.meta.url), {
      workerData: task,
      resourceLimits: {
        maxOldGenerationSizeMb: PARSE_LIMITS.oldGenerationMb,
        maxYoungGenerationSizeMb: PARSE_LIMITS.youngGenerationMb,
        stackSizeMb: PARSE_LIMITS.stackMb,
      },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (answer: T | ParseStopped) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(
      () =>
        settle({ ok: false, message: "importFile.readTimeout", params: { seconds: PARSE_LIMITS.timeoutMs / 1000 } }),
      PARSE_LIMITS.timeoutMs,
    );
    worker.once("message", (answer: T) => settle(answer));
    worker.once("error", (e: Error & { code?: string }) => {
      if (e.code !== "ERR_WORKER_OUT_OF_MEMORY") console.error("Import parse worker failed:", e.message);
      settle({
        ok: false,
        message: e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "importFile.readOutOfMemory" : "importFile.readFailed",
      });
    });
    worker.once("exit", () => settle({ ok: false, message: "importFile.readFailed" }));
  });
}

// One read at a time per server process: a second upload waits for the first, rather than
// two workers and two inflated zips sharing the machine's memory. Each waiting upload holds
// its file, so the queue is short: past it, the uploader is asked to try again shortly.
type Turns = { tail: Promise<void>; holders: number };
const slot = globalThis as unknown as { __importTurns?: Turns };

/** Reads running or waiting at most; one more is refused (QueueFull). */
export const MAX_QUEUED_READS = 4;

export class QueueFull extends Error {}

/** Runs `read` when the reads before it are done; `onWait` is told when it has to wait. */
export async function inTurn<T>(onWait: () => void, read: () => Promise<T>): Promise<T> {
  const turns = (slot.__importTurns ??= { tail: Promise.resolve(), holders: 0 });
  if (turns.holders >= MAX_QUEUED_READS) throw new QueueFull();
  if (turns.holders > 0) onWait();
  turns.holders++;
  const before = turns.tail;
  let done!: () => void;
  turns.tail = new Promise((resolve) => (done = resolve));
  try {
    await before;
    return await read();
  } finally {
    turns.holders--;
    done();
  }
}

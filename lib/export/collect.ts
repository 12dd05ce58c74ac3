import type { Readable } from "node:stream";

/** A stream's bytes, whole: for a file that is stored (or compared in tests) rather than sent on. */
export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { editionFiles, editions } from "../schema";

export type EditionFileFormat = "csv" | "xlsx";
export type FileMeta = { editionId: string; format: EditionFileFormat; sha256: string; size: number };

/** The size and hash of each stored download of these editions (without their bytes). */
export async function listEditionFileMeta(db: Db, editionIds: string[]): Promise<FileMeta[]> {
  if (editionIds.length === 0) return [];
  const rows = await db
    .select({
      editionId: editionFiles.editionId,
      format: editionFiles.format,
      sha256: editionFiles.sha256,
      size: editionFiles.size,
    })
    .from(editionFiles)
    .where(inArray(editionFiles.editionId, editionIds));
  return rows as FileMeta[];
}

/** One stored download with its bytes. */
export async function getEditionFile(db: Db, editionId: string, format: EditionFileFormat) {
  const [row] = await db
    .select({ bytes: editionFiles.bytes, sha256: editionFiles.sha256, size: editionFiles.size })
    .from(editionFiles)
    .where(and(eq(editionFiles.editionId, editionId), eq(editionFiles.format, format)));
  return row ?? null;
}

/** The length in bytes of each edition's JSON, as it is served. */
export async function listContentSizes(db: Db, editionIds: string[]): Promise<Map<string, number>> {
  if (editionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: editions.id, size: sql<number>`octet_length(${editions.content})::int` })
    .from(editions)
    .where(inArray(editions.id, editionIds));
  return new Map(rows.map((r) => [r.id, Number(r.size)]));
}

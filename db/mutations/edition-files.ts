import type { Db } from "../connection";
import { editionFiles } from "../schema";
import type { EditionFileFormat } from "../queries/edition-files";

/**
 * Keeps a download made from an edition's content. The first one stored stands: another made
 * at the same moment (a second request, a second server) is dropped, so everyone is served
 * the same bytes. The database fills in the hash and size.
 */
export async function storeEditionFile(db: Db, editionId: string, format: EditionFileFormat, bytes: Uint8Array) {
  await db
    .insert(editionFiles)
    .values({ editionId, format, bytes, sha256: "", size: 0 })
    .onConflictDoNothing({ target: [editionFiles.editionId, editionFiles.format] });
}

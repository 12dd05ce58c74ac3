import "server-only";
import { getDb } from "@/db/client";
import { getEditionContent } from "@/db/queries/editions";
import { diffReports, type ReportDiff } from "./diff";
import { boundedCache } from "./bounded-cache";
import { deepFreeze } from "./frozen";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "./model";

// An edition's content never changes once stored (drafts are never rewritten by the
// application, and a published one cannot be, see migrations 0006 and 0007), so a parsed model
// is kept per edition id, and so is the difference between two. A few are kept: at 10,000
// projects one model is large.
const KEEP = 4;
const slot = globalThis as unknown as {
  __editionCaches?: {
    models: ReturnType<typeof boundedCache<ReportModel>>;
    diffs: ReturnType<typeof boundedCache<ReportDiff>>;
  };
};
const caches = () =>
  (slot.__editionCaches ??= { models: boundedCache<ReportModel>(KEEP), diffs: boundedCache<ReportDiff>(KEEP) });

async function loadEditionReport(id: string): Promise<ReportModel> {
  const content = await getEditionContent(await getDb(), id);
  if (!content) throw new Error(`Edition ${id} has no content.`);
  const model = JSON.parse(content) as ReportModel;
  // Only one shape has ever been stored; a second one will need an upgrade step here.
  if (model.schemaVersion !== REPORT_SCHEMA_VERSION)
    throw new Error(`Edition ${id} has schema version ${model.schemaVersion}.`);
  return deepFreeze(model);
}

export const getEditionReport = (id: string) => caches().models(id, () => loadEditionReport(id));

/** What changed from one stored edition to another. */
export const getEditionDiff = (fromId: string, toId: string) =>
  caches().diffs(`${fromId}:${toId}`, async () =>
    diffReports(...(await Promise.all([getEditionReport(fromId), getEditionReport(toId)]))),
  );

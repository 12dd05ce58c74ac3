import { eq, getTableColumns } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import { editionContent } from "@/lib/domain/edition-content";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "@/lib/domain/report-model";
import type { Tx } from "../connection";
import { checkVersion } from "../records/conflict";
import { editions } from "../schema";
import { changedFields, type AuditEntry } from "./audit";

// Editions: a draft holds a frozen report model; publishing makes it permanent (the
// database computes its sha256 and refuses any later change to it, see migration 0006);
// withdrawing keeps it in the archive with a public reason.

type Audit = (entry: AuditEntry) => Promise<void>;
// Everything but the content: locking an edition of 10,000 projects must not fetch its ~50 MB.
const { content: _content, ...lockColumns } = getTableColumns(editions);
type EditionRow = Omit<typeof editions.$inferSelect, "content">;

/** What the log and a stale form name of an edition. */
export const editionInput = (row: EditionRow) => ({
  period: row.period,
  titleJa: row.titleJa,
  titleEn: row.titleEn,
  status: row.status,
});

async function lockEdition(tx: Tx, id: string, version: number): Promise<EditionRow> {
  const [row] = await tx.select(lockColumns).from(editions).where(eq(editions.id, id)).for("update");
  if (!row) throw new DomainError("validation.unknownRecord");
  // The last person to act on an edition is whoever published, withdrew or created it.
  const stamped = {
    ...row,
    updatedAt: row.withdrawnAt ?? row.publishedAt ?? row.createdAt,
    updatedBy: row.withdrawnBy ?? row.publishedBy ?? row.createdBy,
  };
  await checkVersion(tx, stamped, version);
  return row;
}

/** Whether an edition of that month exists already (each month has one at most). */
export async function periodTaken(tx: Tx, period: string): Promise<boolean> {
  const [taken] = await tx.select({ id: editions.id }).from(editions).where(eq(editions.period, period));
  return taken !== undefined;
}

/** What names an edition: its month, its as-of date and its titles. */
type EditionTitles = { period: string; asOfDate: string; titleJa: string; titleEn: string };

/**
 * Stores an edition that arrives finished (the seeded report): published as it is loaded,
 * by no one, so its publishedAt is the day it was loaded.
 */
export async function storeLoadedEdition(tx: Tx, input: EditionTitles, content: ReportModel) {
  await tx.insert(editions).values({
    ...input,
    status: "published",
    source: "loaded",
    content: editionContent(content),
    schemaVersion: content.schemaVersion,
    publishedAt: new Date(),
  });
}

export async function createDraftEdition(
  tx: Tx,
  input: EditionTitles & { roundId?: string | null; overrideReason?: string | null },
  content: ReportModel,
  actorId: string | null,
  audit: Audit,
) {
  if (await periodTaken(tx, input.period)) throw DomainError.field("period", "validation.periodTaken");
  const [row] = await tx
    .insert(editions)
    .values({ ...input, content: editionContent(content), schemaVersion: REPORT_SCHEMA_VERSION, createdBy: actorId })
    .returning({ id: editions.id, version: editions.version });
  await audit({
    entityType: "edition",
    entityId: row!.id,
    action: "create",
    changes: changedFields({}, input),
    label: input.period,
  });
  return row!;
}

export async function publishEdition(
  tx: Tx,
  input: { id: string; version: number },
  actorId: string | null,
  audit: Audit,
) {
  const current = await lockEdition(tx, input.id, input.version);
  if (current.status !== "draft") throw new DomainError("errors.editionNotDraft");
  const [row] = await tx
    .update(editions)
    .set({ status: "published", publishedAt: new Date(), publishedBy: actorId, version: current.version + 1 })
    .where(eq(editions.id, input.id))
    .returning({ sha256: editions.sha256, version: editions.version });
  await audit({
    entityType: "edition",
    entityId: input.id,
    action: "publish",
    label: current.period,
    changes: changedFields<Record<string, unknown>>(
      { status: current.status, sha256: null },
      { status: "published", sha256: row!.sha256 },
    ),
  });
  return { id: input.id, ...row! };
}

export async function withdrawEdition(
  tx: Tx,
  input: { id: string; version: number; reasonJa: string; reasonEn: string },
  actorId: string | null,
  audit: Audit,
) {
  const current = await lockEdition(tx, input.id, input.version);
  if (current.status !== "published") throw new DomainError("errors.editionNotPublished");
  await tx
    .update(editions)
    .set({
      status: "withdrawn",
      withdrawnAt: new Date(),
      withdrawnBy: actorId,
      withdrawnReasonJa: input.reasonJa,
      withdrawnReasonEn: input.reasonEn,
      version: current.version + 1,
    })
    .where(eq(editions.id, input.id));
  await audit({
    entityType: "edition",
    entityId: input.id,
    action: "withdraw",
    label: current.period,
    changes: changedFields<Record<string, unknown>>(
      { status: current.status, withdrawnReasonJa: null },
      { status: "withdrawn", withdrawnReasonJa: input.reasonJa },
    ),
  });
  return { id: input.id, version: current.version + 1 };
}

export async function deleteDraftEdition(tx: Tx, input: { id: string; version: number }, audit: Audit) {
  const current = await lockEdition(tx, input.id, input.version);
  if (current.status !== "draft") throw new DomainError("errors.editionNotDraft");
  await tx.delete(editions).where(eq(editions.id, input.id));
  await audit({
    entityType: "edition",
    entityId: input.id,
    action: "delete",
    label: current.period,
    changes: changedFields<Record<string, unknown>>(editionInput(current), {
      period: null,
      titleJa: null,
      titleEn: null,
      status: null,
    }),
  });
  return { id: input.id };
}

import { desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import { editions, reportingRounds, users } from "../schema";
import { isUuid } from "./uuid";

/** Every edition, newest month first, without its content. */
export async function listEditions(db: Db) {
  const publisher = alias(users, "publisher");
  return db
    .select({
      id: editions.id,
      period: editions.period,
      titleJa: editions.titleJa,
      titleEn: editions.titleEn,
      status: editions.status,
      version: editions.version,
      sha256: editions.sha256,
      createdAt: editions.createdAt,
      publishedAt: editions.publishedAt,
      publishedBy: publisher.name,
      withdrawnAt: editions.withdrawnAt,
      withdrawnReasonJa: editions.withdrawnReasonJa,
      roundTitleJa: reportingRounds.titleJa,
      overrideReason: editions.overrideReason,
    })
    .from(editions)
    .leftJoin(publisher, eq(publisher.id, editions.publishedBy))
    .leftJoin(reportingRounds, eq(reportingRounds.id, editions.roundId))
    .orderBy(desc(editions.period));
}

const metaColumns = {
  id: editions.id,
  period: editions.period,
  asOfDate: editions.asOfDate,
  titleJa: editions.titleJa,
  titleEn: editions.titleEn,
  status: editions.status,
  source: editions.source,
  version: editions.version,
  sha256: editions.sha256,
  publishedAt: editions.publishedAt,
  withdrawnAt: editions.withdrawnAt,
  withdrawnReasonJa: editions.withdrawnReasonJa,
  withdrawnReasonEn: editions.withdrawnReasonEn,
};

export type EditionMeta = Awaited<ReturnType<typeof listPublicEditions>>[number];

/** The archive: every edition the public may see (published or withdrawn), newest month first. */
export async function listPublicEditions(db: Db) {
  return db.select(metaColumns).from(editions).where(ne(editions.status, "draft")).orderBy(desc(editions.period));
}

/** One edition's description, drafts included (for the staff preview). */
export async function getEditionMeta(db: Db, id: string): Promise<EditionMeta | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(metaColumns).from(editions).where(eq(editions.id, id));
  return row ?? null;
}

/** The stored JSON text of an edition's report model, exactly as it was frozen. */
export async function getEditionContent(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ content: editions.content }).from(editions).where(eq(editions.id, id));
  return row?.content ?? null;
}

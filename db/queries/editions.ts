import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import { editions, users } from "../schema";

/** Every edition, newest month first, without its content. */
export async function listEditions(db: Db) {
  const publisher = alias(users, "publisher");
  return db
    .select({
      id: editions.id, period: editions.period, titleJa: editions.titleJa, titleEn: editions.titleEn, status: editions.status,
      version: editions.version, sha256: editions.sha256, createdAt: editions.createdAt, publishedAt: editions.publishedAt,
      publishedBy: publisher.name, withdrawnAt: editions.withdrawnAt, withdrawnReasonJa: editions.withdrawnReasonJa,
    })
    .from(editions)
    .leftJoin(publisher, eq(publisher.id, editions.publishedBy))
    .orderBy(desc(editions.period));
}

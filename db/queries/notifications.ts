import { and, count, desc, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { notifications, users } from "../schema";

/** Tries before a refused mail is given up on: with the daily reminders, about a working week. */
export const MAX_MAIL_ATTEMPTS = 5;

/**
 * Mails for SMTP not yet accepted by the server and not given up on, oldest first, after the
 * id given; only those of `ids` when it is given (the notice an action just wrote).
 */
export async function pendingMails(db: Db, limit: number, afterId = 0, ids?: number[]) {
  return db
    .select({
      id: notifications.id,
      toAddress: notifications.toAddress,
      subject: notifications.subject,
      bodyText: notifications.bodyText,
      bodyHtml: notifications.bodyHtml,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.transport, "smtp"),
        isNull(notifications.sentAt),
        lt(notifications.attempts, MAX_MAIL_ATTEMPTS),
        gt(notifications.id, afterId),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .orderBy(notifications.id)
    .limit(limit);
}

export type OutboxRow = Awaited<ReturnType<typeof listMails>>["rows"][number];

/** Every mail the product wrote, newest first, a page at a time: what admins read at /staff/outbox. */
export async function listMails(db: Db, { page, pageSize }: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        toAddress: notifications.toAddress,
        toName: users.name,
        subject: notifications.subject,
        bodyText: notifications.bodyText,
        createdAt: notifications.createdAt,
        sentAt: notifications.sentAt,
        transport: notifications.transport,
        error: notifications.error,
        attempts: notifications.attempts,
      })
      .from(notifications)
      .leftJoin(users, eq(users.id, notifications.userId))
      .orderBy(desc(notifications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(notifications),
  ]);
  return { rows, total: total?.n ?? 0 };
}

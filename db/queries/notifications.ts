import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../connection";
import { notifications, users } from "../schema";

/** Mails for SMTP not yet accepted by the server, oldest first, after the id given. */
export async function pendingMails(db: Db, limit: number, afterId = 0) {
  return db
    .select({
      id: notifications.id,
      toAddress: notifications.toAddress,
      subject: notifications.subject,
      bodyText: notifications.bodyText,
      bodyHtml: notifications.bodyHtml,
    })
    .from(notifications)
    .where(and(eq(notifications.transport, "smtp"), isNull(notifications.sentAt), gt(notifications.id, afterId)))
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

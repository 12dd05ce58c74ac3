import { eq, sql } from "drizzle-orm";
import type { NotificationKind } from "@/lib/domain/code-lists";
import type { Db, Tx } from "../connection";
import { notifications } from "../schema";

// Every mail is a row first, written in the transaction of what it tells of: a notice is
// never sent for a change that was rolled back, and never lost for one that was kept. Rows
// for SMTP are sent after the commit (and again by the next run of the reminders if the
// server refused them); rows for the outbox stay there for admins to read.

export type QueuedMail = {
  userId: string;
  kind: NotificationKind;
  roundId: string | null;
  /** The day a digest is for: at most one digest per person per day. */
  digestDay?: string | null;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  transport: "smtp" | "outbox";
};

/** The row's id, or null when that person's digest for the day exists already. */
export async function queueMail(tx: Tx | Db, mail: QueuedMail): Promise<number | null> {
  const [row] = await tx
    .insert(notifications)
    .values({
      userId: mail.userId,
      kind: mail.kind,
      roundId: mail.roundId,
      digestDay: mail.digestDay ?? null,
      toAddress: mail.toAddress,
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
      transport: mail.transport,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return row?.id ?? null;
}

export async function markSent(db: Db, id: number) {
  await db
    .update(notifications)
    .set({ sentAt: sql`now()`, error: null, attempts: sql`${notifications.attempts} + 1` })
    .where(eq(notifications.id, id));
}

export async function markFailed(db: Db, id: number, error: string) {
  await db
    .update(notifications)
    .set({ error: error.slice(0, 500), attempts: sql`${notifications.attempts} + 1` })
    .where(eq(notifications.id, id));
}

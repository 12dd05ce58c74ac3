import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/db/connection";
import { markFailed, markSent } from "@/db/mutations/notifications";
import { pendingMails } from "@/db/queries/notifications";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log/logger";

// Sending goes through nodemailer (SMTP, with its connection handling, encodings and
// timeouts), not a client of our own. Without SMTP_URL nothing is sent: the rows stay in the
// outbox.

export type MailTransport = Pick<Transporter, "sendMail">;

/** Where rows are written for: "smtp" when a server is configured, else the outbox. */
export const mailChannel = (): "smtp" | "outbox" => (serverEnv().SMTP_URL ? "smtp" : "outbox");

let transport: Transporter | undefined;

/** The SMTP transport from SMTP_URL, or null (the outbox). */
export function mailTransport(): MailTransport | null {
  const url = serverEnv().SMTP_URL;
  if (!url) return null;
  // Bounded, so that a server that hangs never holds a request or a reminders run for long.
  // Pooled: a run of hundreds of digests reuses a few connections instead of one each.
  return (transport ??= nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }));
}

/** Closes the pooled connections: a script's last step, so that it can exit. */
export function closeMailTransport() {
  transport?.close();
  transport = undefined;
}

/** Mails read per batch, and the most one call sends (the rest wait for the next). */
const BATCH = 200;
const MAX_PER_CALL = 20_000;

/**
 * Sends what waits for SMTP (or only the mails `ids`), each once accepted, a few at a time
 * over the pool. A refusal is noted and tried again by the next reminders run, not by this
 * call; after MAX_MAIL_ATTEMPTS refusals the mail is given up on and stays in the outbox,
 * so that an address refused for good is not asked again every day.
 */
export async function deliverPending(
  db: Db,
  { via = mailTransport(), ids }: { via?: MailTransport | null; ids?: number[] } = {},
): Promise<{ sent: number; failed: number }> {
  if (!via || ids?.length === 0) return { sent: 0, failed: 0 };
  const from = serverEnv().MAIL_FROM;
  let sent = 0;
  let failed = 0;
  let after = 0;
  while (sent + failed < MAX_PER_CALL) {
    const batch = await pendingMails(db, BATCH, after, ids);
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    await Promise.all(
      batch.map(async (mail) => {
        try {
          await via.sendMail({
            from,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.bodyText,
            html: mail.bodyHtml,
          });
          await markSent(db, mail.id);
          sent++;
        } catch (e) {
          failed++;
          log.warn({ err: e, notification: mail.id }, "mail not sent");
          await markFailed(db, mail.id, e instanceof Error ? e.message : String(e));
        }
      }),
    );
  }
  return { sent, failed };
}

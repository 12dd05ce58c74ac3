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
  return (transport ??= nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }));
}

/** Sends what waits for SMTP, each once accepted; a refusal is noted and retried on the next run. */
export async function deliverPending(
  db: Db,
  via: MailTransport | null = mailTransport(),
  limit = 200,
): Promise<{ sent: number; failed: number }> {
  if (!via) return { sent: 0, failed: 0 };
  const from = serverEnv().MAIL_FROM;
  let sent = 0;
  let failed = 0;
  for (const mail of await pendingMails(db, limit)) {
    try {
      await via.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.bodyText, html: mail.bodyHtml });
      await markSent(db, mail.id);
      sent++;
    } catch (e) {
      failed++;
      log.warn({ err: e, notification: mail.id }, "mail not sent");
      await markFailed(db, mail.id, e instanceof Error ? e.message : String(e));
    }
  }
  return { sent, failed };
}

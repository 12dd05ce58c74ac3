// npm run reminders: the daily digests of what is due (lib/mail/reminders.ts), and any mail
// the SMTP server refused before. Meant for a daily timer; running it twice in a day sends
// nobody a second digest.
import { describeTarget, openDatabase, resolveTarget } from "@/db/connection";
import { startupMessage } from "@/db/errors";
import { dateInTokyo } from "@/lib/domain/calendar";
import { prepareDatabase } from "@/lib/seed/database";
import { closeMailTransport, mailTransport } from "@/lib/mail/deliver";
import { runReminders } from "@/lib/mail/reminders";

async function main() {
  const target = resolveTarget();
  const handle = await openDatabase(target);
  const started = Date.now();
  try {
    await prepareDatabase(handle);
    const today = dateInTokyo();
    const via = mailTransport();
    const run = await runReminders(handle.db, { today, via });
    console.log(
      `Reminders for ${today} in the ${describeTarget(target)}: ${run.digests} digests written ` +
        `(${run.alreadySent} people had today's already), ${run.sent} mails sent, ${run.failed} refused` +
        `${via ? "" : " (no SMTP_URL: kept in the outbox)"}; ${run.people} people checked in ${Date.now() - started} ms.`,
    );
    if (run.failed > 0) process.exitCode = 2;
  } finally {
    closeMailTransport();
    await handle.close();
  }
}

main().catch((e) => {
  console.error(startupMessage(e));
  process.exit(1);
});

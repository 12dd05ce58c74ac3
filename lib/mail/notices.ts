import type { Tx } from "@/db/connection";
import type { MovedReport } from "@/db/mutations/rounds";
import { queueMail } from "@/db/mutations/notifications";
import { findUserById } from "@/db/queries/users";
import { serverEnv } from "@/lib/env";
import { pick } from "@/lib/format/text";
import { mailLocale, reviewNoticeMail } from "./compose";
import { mailChannel } from "./deliver";

/** The staff page a mail links to, at the site's own address. */
export const siteLink = (path: string) => new URL(path, serverEnv().SITE_URL).toString();

/**
 * A review's notice to the editor who submitted, written with the review: at once, in their
 * language, to nobody disabled, and never to the reviewer about their own act.
 */
export async function queueReviewNotice(tx: Tx, moved: MovedReport, reviewerId: string): Promise<number | null> {
  if (moved.state !== "approved" && moved.state !== "returned") return null;
  if (!moved.submittedBy || moved.submittedBy === reviewerId) return null;
  const editor = await findUserById(tx, moved.submittedBy);
  if (!editor || editor.disabled) return null;
  const locale = mailLocale(editor.locale);
  const mail = reviewNoticeMail(locale, {
    decision: moved.state,
    name: editor.name,
    code: moved.code,
    title: pick(moved.title, locale),
    round: pick(moved.round, locale),
    comment: moved.comment,
    link: siteLink(`/staff/projects/${moved.projectId}/round`),
  });
  return queueMail(tx, {
    userId: editor.id,
    kind: moved.state,
    roundId: moved.roundId,
    toAddress: editor.email,
    ...mail,
    transport: mailChannel(),
  });
}

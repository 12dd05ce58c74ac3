import type { Tx } from "@/db/connection";
import type { MovedReport } from "@/db/mutations/rounds";
import { queueMail } from "@/db/mutations/notifications";
import { findUserById } from "@/db/queries/users";
import { isCode } from "@/lib/domain/code-lists";
import { serverEnv } from "@/lib/env";
import { reviewNoticeMail } from "./compose";
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
  const locale = isCode(["ja", "en"] as const, editor.locale) ? editor.locale : "ja";
  const pick = (t: { ja: string; en: string }) => (locale === "en" && t.en ? t.en : t.ja);
  const mail = reviewNoticeMail(locale, {
    decision: moved.state,
    name: editor.name,
    code: moved.code,
    title: pick(moved.title),
    round: pick(moved.round),
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

import { createTranslator } from "next-intl";
import { defaultLocale, locales, type AppLocale } from "@/i18n/config";
import { isCode } from "@/lib/domain/code-lists";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

// The product's mails, in the reader's language, as plain text and as HTML with the same
// words. They name the item and the round and link to the page concerned; nothing else
// about anyone (no other person's name or address).

export type Mail = { subject: string; text: string; html: string };

const MESSAGES = { ja, en } as const;

/** The language a person's mail is written in: theirs, or Japanese where it is unset or unknown. */
export const mailLocale = (chosen: string | null | undefined): AppLocale =>
  isCode(locales, chosen) ? chosen : defaultLocale;
const mailT = (locale: AppLocale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "mail" });

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A mail's parts: paragraphs, lists and links, written once for both forms. */
type Part = { p: string } | { list: string[] } | { link: string; href: string } | { quote: string };

function render(subject: string, parts: Part[]): Mail {
  const text = parts
    .map((part) =>
      "p" in part
        ? part.p
        : "list" in part
          ? part.list.map((l) => `・${l}`).join("\n")
          : "quote" in part
            ? part.quote
                .split("\n")
                .map((l) => `> ${l}`)
                .join("\n")
            : `${part.link}: ${part.href}`,
    )
    .join("\n\n");
  const body = parts
    .map((part) =>
      "p" in part
        ? `<p>${escapeHtml(part.p)}</p>`
        : "list" in part
          ? `<ul>${part.list.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`
          : "quote" in part
            ? `<blockquote>${escapeHtml(part.quote).replace(/\n/g, "<br>")}</blockquote>`
            : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.link)}</a></p>`,
    )
    .join("\n");
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${body}\n</body></html>\n`;
  return { subject, text: `${text}\n`, html };
}

export type ReviewNotice = {
  decision: "approved" | "returned";
  name: string;
  code: string;
  title: string;
  round: string;
  comment: string | null;
  link: string;
};

/** What an editor is told at once when their submission is approved or returned. */
export function reviewNoticeMail(locale: AppLocale, n: ReviewNotice): Mail {
  const t = mailT(locale);
  const words = { code: n.code, title: n.title, round: n.round };
  return render(t(n.decision === "approved" ? "approvedSubject" : "returnedSubject", words), [
    { p: t("greeting", { name: n.name }) },
    { p: t(n.decision === "approved" ? "approvedBody" : "returnedBody", words) },
    ...(n.comment ? [{ p: t("comment") }, { quote: n.comment }] : []),
    { link: t("open"), href: n.link },
    { p: t("noticeFooter") },
  ]);
}

export type DigestLine = { code: string; title: string; round: string; deadline: string; overdue: boolean };

export type Digest = {
  name: string;
  date: string;
  toSubmit: DigestLine[];
  toReview: DigestLine[];
  /** How many more there are than the lines listed. */
  more: number;
  home: string;
  profile: string;
};

/** The daily digest: one mail a person a day, with everything due for them. */
export function digestMail(locale: AppLocale, d: Digest): Mail {
  const t = mailT(locale);
  const line = (l: DigestLine) =>
    `${t("line", { code: l.code, title: l.title, round: l.round, deadline: l.deadline })}${l.overdue ? `［${t("overdue")}］` : ""}`;
  const count = d.toSubmit.length + d.toReview.length + d.more;
  return render(t("digestSubject", { count }), [
    { p: t("greeting", { name: d.name }) },
    { p: t("digestIntro", { date: d.date }) },
    ...(d.toSubmit.length ? [{ p: t("toSubmit") }, { list: d.toSubmit.map(line) }] : []),
    ...(d.toReview.length ? [{ p: t("toReview") }, { list: d.toReview.map(line) }] : []),
    ...(d.more ? [{ p: t("more", { count: d.more }) }] : []),
    { link: t("home"), href: d.home },
    { p: t("digestFooter", { profile: d.profile }) },
  ]);
}

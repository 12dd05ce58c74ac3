import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { queueMail } from "@/db/mutations/notifications";
import { dueReports, type DueReport } from "@/db/queries/round-reports";
import { users } from "@/db/schema";
import { projectCode } from "@/lib/domain/circled";
import { can, ownAreasOf } from "@/lib/domain/permissions";
import { isOverdue } from "@/lib/domain/rounds";
import { pick } from "@/lib/format/text";
import { digestMail, mailLocale, type DigestLine } from "./compose";
import { deliverPending, mailChannel, type MailTransport } from "./deliver";
import { siteLink } from "./notices";

// `npm run reminders`, for a daily timer: each editor gets one digest of their areas' reports
// due within a week or overdue, each reviewer (and admin) one of the submissions waiting for
// them. At most one digest per person per day, however often it runs (the notifications
// table's unique index decides, so two runs at once cannot both send); nobody disabled, and
// nobody who turned digests off.

/** How far ahead a deadline counts as due. */
const DUE_WITHIN_DAYS = 7;
/** Lines listed in one mail; the rest are counted. */
const MAX_LINES = 30;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type DigestRun = { people: number; digests: number; alreadySent: number };
export type ReminderRun = DigestRun & { sent: number; failed: number };

/** Writes today's digests (the outbox's rows); what was written for today already is left alone. */
export async function queueDigests(db: Db | Tx, today: string): Promise<DigestRun & { written: number[] }> {
  const people = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      areas: users.areaScope,
      locale: users.locale,
    })
    .from(users)
    .where(and(eq(users.disabled, false), eq(users.digestsEnabled, true)));
  const horizon = addDays(today, DUE_WITHIN_DAYS);
  const channel = mailChannel();
  const written: number[] = [];
  let alreadySent = 0;
  // People of the same role and areas are due the same reports: each list is read once.
  const lists = new Map<string, Promise<DueReport[]>>();
  const due = (role: "editor" | "reviewer", areas: number[] | null) => {
    const key = `${role}:${areas?.join(",") ?? "all"}`;
    if (!lists.has(key)) lists.set(key, dueReports(db, { for: role, areas }));
    return lists.get(key)!;
  };
  for (const person of people) {
    const areas = ownAreasOf(person);
    const toSubmit = person.role === "editor" ? (await due("editor", areas)).filter((r) => r.deadline <= horizon) : [];
    const toReview = can(person, "rounds.review") ? await due("reviewer", areas) : [];
    if (toSubmit.length + toReview.length === 0) continue;
    const locale = mailLocale(person.locale);
    const line = (r: DueReport): DigestLine => ({
      code: projectCode(r.areaNumber, r.number),
      title: pick({ ja: r.titleJa, en: r.titleEn }, locale),
      round: pick({ ja: r.roundTitleJa, en: r.roundTitleEn }, locale),
      deadline: r.deadline,
      overdue: isOverdue(r.state, r.deadline, today),
    });
    const listed = Math.max(0, MAX_LINES - toSubmit.length);
    const mail = digestMail(locale, {
      name: person.name,
      date: today,
      toSubmit: toSubmit.slice(0, MAX_LINES).map(line),
      toReview: toReview.slice(0, listed).map(line),
      more: Math.max(0, toSubmit.length - MAX_LINES) + Math.max(0, toReview.length - listed),
      home: siteLink("/staff"),
      profile: siteLink("/staff/profile"),
    });
    const id = await queueMail(db, {
      userId: person.id,
      kind: "digest",
      roundId: null,
      digestDay: today,
      toAddress: person.email,
      ...mail,
      transport: channel,
    });
    if (id === null) alreadySent++;
    else written.push(id);
  }
  return { people: people.length, digests: written.length, alreadySent, written };
}

/** The daily run: today's digests written, then everything waiting for SMTP sent. */
export async function runReminders(
  db: Db,
  { today, via }: { today: string; via: MailTransport | null },
): Promise<ReminderRun> {
  const { written: _ids, ...queued } = await queueDigests(db, today);
  return { ...queued, ...(await deliverPending(db, { via })) };
}

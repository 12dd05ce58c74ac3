import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/db/mutations/audit";
import { createUser } from "@/db/mutations/users";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { useTestDatabase } from "@/db/testing/use-database";
import { openRoundDef, reviewReportDef, submitReportDef } from "@/lib/actions/rounds";
import { hashPassword } from "@/lib/auth/passwords";
import { closeMailTransport, mailTransport } from "./deliver";
import { runReminders } from "./reminders";
import { startSmtpCapture } from "./testing/smtp-capture";

// The reminders and the review notices against a real SMTP server started here: exactly the
// expected mails to the expected people, none twice in a day, none to a disabled user or to
// one who turned digests off.

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Read by the server's environment on first use, which is after this.
  process.env.SMTP_URL = smtp.url;
  process.env.SITE_URL = "https://tracker.example.go.jp";
});
afterAll(async () => {
  closeMailTransport();
  await smtp?.close();
});

const TODAY = "2031-06-10";
const addDays = (days: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(testDbKinds())("reminders and notices on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  const sentTo = (from: number) =>
    smtp.mails
      .slice(from)
      .flatMap((m) => m.to)
      .sort();
  let roundId: string;

  beforeAll(async () => {
    // Two more editors of area 2: one disabled, one who turned digests off.
    const passwordHash = await hashPassword("a-test-password-long-enough");
    for (const email of [`disabled-${kind}@test.example`, `quiet-${kind}@test.example`]) {
      await fx.h.db.transaction((tx) =>
        createUser(tx, { email, name: email, role: "editor", areas: [2], passwordHash }, (e) =>
          writeAudit(tx, { actorId: null, ip: null }, e),
        ),
      );
    }
    await fx.h.db.execute(sql`update users set disabled = true where email = ${`disabled-${kind}@test.example`}`);
    await fx.h.db.execute(sql`update users set digests_enabled = false where email = ${`quiet-${kind}@test.example`}`);
    await fx.h.db.execute(sql`update users set locale = 'en' where email = 'editor5@test.example'`);
    const opened = await openRoundDef.execute(contextFor(fx.h.db, fx.actors.admin), {
      period: "2031-06",
      titleJa: "2031年6月の進捗報告",
      titleEn: "Progress report, June 2031",
      deadline: addDays(3),
      instructionsJa: "",
      instructionsEn: "",
      scope: "some",
      areas: [2, 5],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    roundId = opened.data.id;
  });

  it("sends each person one digest a day of what is due for them, and nobody else anything", async () => {
    const [report] = await queryRows<{ id: string }>(
      fx.h,
      sql`select r.id::text from round_reports r join projects p on p.id = r.project_id
          where r.round_id = ${roundId} and p.area_number = 2 order by p.number limit 1`,
    );
    await submitReportDef.execute(contextFor(fx.h.db, fx.actors.editorArea), { id: report!.id, version: 1, note: "" });
    const before = smtp.mails.length;
    const run = await runReminders(fx.h.db, { today: TODAY, via: mailTransport() });
    // Editors of areas 2 and 5 (reports due in 3 days), the area-2 reviewer and the admin (one
    // submission waiting); not the viewer, the disabled editor or the one who opted out.
    expect(sentTo(before)).toEqual([
      "admin@test.example",
      "editor2@test.example",
      "editor5@test.example",
      "reviewer2@test.example",
    ]);
    expect(run).toMatchObject({ digests: 4, alreadySent: 0, sent: 4, failed: 0 });
    const subjects = new Map(smtp.mails.slice(before).map((m) => [m.to[0], m.subject]));
    expect(subjects.get("editor2@test.example")).toMatch(/^【報告依頼】対応が必要な報告 \d+件$/);
    // In the reader's language.
    expect(subjects.get("editor5@test.example")).toMatch(/^\[Reporting\] \d+ reports need your attention$/);
    expect(subjects.get("reviewer2@test.example")).toBe("【報告依頼】対応が必要な報告 1件");
    const [digest] = await queryRows<{ body_text: string; body_html: string; sent_at: string | null }>(
      fx.h,
      sql`select body_text, body_html, sent_at::text from notifications n join users u on u.id = n.user_id
          where u.email = 'reviewer2@test.example' and n.kind = 'digest'`,
    );
    expect(digest!.sent_at).not.toBeNull();
    expect(digest!.body_text).toContain("確認を待っている報告");
    expect(digest!.body_text).toContain("https://tracker.example.go.jp/staff/profile");
    expect(digest!.body_html).toContain('<a href="https://tracker.example.go.jp/staff">');

    // The same day again: nothing. The next day: each once more.
    const again = smtp.mails.length;
    expect(await runReminders(fx.h.db, { today: TODAY, via: mailTransport() })).toMatchObject({
      digests: 0,
      alreadySent: 4,
      sent: 0,
    });
    expect(smtp.mails.length).toBe(again);
    await runReminders(fx.h.db, { today: addDays(1), via: mailTransport() });
    expect(sentTo(again)).toHaveLength(4);
  });

  it("tells the editor at once when their submission is returned or approved, in their language", async () => {
    const [report] = await queryRows<{ id: string; version: number }>(
      fx.h,
      sql`select r.id::text, r.version from round_reports r join projects p on p.id = r.project_id
          where r.round_id = ${roundId} and p.area_number = 5 order by p.number limit 1`,
    );
    await submitReportDef.execute(contextFor(fx.h.db, fx.actors.editorOther), {
      id: report!.id,
      version: report!.version,
      note: "",
    });
    const before = smtp.mails.length;
    // The admin reviews area 5 (the area-2 reviewer may not).
    const returned = await reviewReportDef.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: report!.id,
      version: report!.version + 1,
      decision: "return",
      comment: "Please add the latest figures.",
    });
    expect(returned).toMatchObject({ ok: true });
    expect(smtp.mails.slice(before).map((m) => [m.to, m.subject])).toEqual([
      [["editor5@test.example"], expect.stringMatching(/^\[Returned\] 5-① .+ \(Progress report, June 2031\)$/)],
    ]);
    const [notice] = await queryRows<{ body_text: string; kind: string }>(
      fx.h,
      sql`select body_text, kind::text from notifications order by id desc limit 1`,
    );
    expect(notice!.kind).toBe("returned");
    expect(notice!.body_text).toContain("> Please add the latest figures.");
    expect(notice!.body_text).toContain(`https://tracker.example.go.jp/staff/projects/`);
    // No other person's name or address is in it.
    expect(notice!.body_text).not.toContain("admin@test.example");
  });

  it("sends a review's notice alone, and gives up on an address refused for good", async () => {
    smtp.refused.add("editor2@test.example");
    const day = addDays(2);
    const first = await runReminders(fx.h.db, { today: day, via: mailTransport() });
    expect(first).toMatchObject({ digests: 4, sent: 3, failed: 1 });
    const attemptsOfRefused = async () => {
      const [row] = await queryRows<{ attempts: number; error: string | null; sent_at: string | null }>(
        fx.h,
        sql`select n.attempts, n.error, n.sent_at::text from notifications n join users u on u.id = n.user_id
            where u.email = 'editor2@test.example' and n.digest_day = ${day}`,
      );
      return row!;
    };
    expect(await attemptsOfRefused()).toMatchObject({ attempts: 1, sent_at: null });
    expect((await attemptsOfRefused()).error).toMatch(/550|rejected/i);

    // The returned report, submitted again and approved: exactly one mail leaves, the notice;
    // the refused digest waits for the daily run and is not tried from the reviewer's click.
    const [report] = await queryRows<{ id: string; version: number }>(
      fx.h,
      sql`select r.id::text, r.version from round_reports r where r.round_id = ${roundId} and r.state = 'returned'`,
    );
    const resubmitted = await submitReportDef.execute(contextFor(fx.h.db, fx.actors.editorOther), {
      id: report!.id,
      version: report!.version,
      note: "",
    });
    expect(resubmitted).toMatchObject({ ok: true });
    const before = smtp.mails.length;
    const approved = await reviewReportDef.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: report!.id,
      version: report!.version + 1,
      decision: "approve",
      comment: "",
    });
    expect(approved).toMatchObject({ ok: true });
    expect(smtp.mails.slice(before).map((m) => m.to)).toEqual([["editor5@test.example"]]);
    expect(await attemptsOfRefused()).toMatchObject({ attempts: 1 });

    // The daily run tries it again, five times in all, then no more.
    for (let run = 2; run <= 5; run++) {
      expect(await runReminders(fx.h.db, { today: day, via: mailTransport() })).toMatchObject({
        digests: 0,
        failed: 1,
      });
    }
    expect(await attemptsOfRefused()).toMatchObject({ attempts: 5, sent_at: null });
    expect(await runReminders(fx.h.db, { today: day, via: mailTransport() })).toMatchObject({ sent: 0, failed: 0 });
    expect(await attemptsOfRefused()).toMatchObject({ attempts: 5 });
    smtp.refused.clear();
  });
});

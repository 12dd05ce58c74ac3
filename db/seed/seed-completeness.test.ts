import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areas as seedAreas, plan as seedPlan } from "./data";
import { OCR_CORRECTIONS } from "./ocr-corrections";
import type { SeedArea, SeedItem, SeedPlan } from "./types";

// Completeness of the typed seed data against the report's own text (the slides' extracted text,
// kept as a fixture in db/seed/source/). The text is OCR-corrected with OCR_CORRECTIONS, then every
// line is accounted for: 概要 bullets against the areas' overviews, item headings against titles,
// subtitles and organisation names, bullets and other body lines against the item's progress texts
// and sub-headings, ▲ captions against the captions. White space is ignored throughout (the slides
// break lines and space words arbitrarily); everything else must match character for character.

const SOURCE_PATH = path.join(import.meta.dirname, "source", "cooperation-plan-2021-10.txt");
const RAW = readFileSync(SOURCE_PATH, "utf8");

/**
 * Lines (or heading parts) that legitimately have no counterpart in the seed data. Keep it short:
 * every entry must still occur in the text (checked below), and each says why it is exempt.
 */
const ALLOW_LIST: { text: string; why: string }[] = [
  // Title of the 概要 page (the 進捗 pages' title 「8項目の「協力プラン」の進捗」 is where the parser switches parts);
  // the plan's title is 「8項目の「協力プラン」」.
  { text: "8項目の「協力プラン」: 概要", why: "title of the 概要 page" },
  // Report dates: seeded as plan.asOf = month(2021, 10) and as the asOf of undated figures (checked in seed-facts).
  { text: "令和3年10月", why: "date of the report (plan.asOf)" },
  { text: "2021年10月現在", why: "date stamp of the area 1 page (asOf of its running totals)" },
  // 8-② runs over two slides; the second repeats the heading with 「（つづき）」 ("continued").
  { text: "（つづき）", why: "8-② heading continued on the next slide" },
  // Text inside the logo image of the Japan–Russia Year of Interregional Exchanges (its ▲ caption is seeded).
  { text: "日露地域交流年 2020-2021", why: "text of a logo image" },
  // The last lines of the area 9 page repeat the 概要 page's ※ line, seeded once as plan.note
  // (「これまでに…」) and as the plan-level indicators (200件超, 約6割).
  {
    text: "これまで200件を超える民間プロジェクトを創出。その約6割で具体的な投資等に至る。",
    why: "repeats the 概要 ※ line (plan.note and plan indicators)",
  },
];

const norm = (s: string) => s.normalize("NFC").replace(/\s+/gu, "");

function correctedSource(raw = RAW): string {
  let text = raw;
  for (const c of OCR_CORRECTIONS) text = text.split(c.wrong).join(c.right);
  return text;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨";
const BULLET = /^\s*(?:-\s*)?・\s*|^\s*-\s*/u;
const isBullet = (line: string) => BULLET.test(line);
const isCaption = (line: string) => line.trimStart().startsWith("▲");
const isHeading = (line: string) => CIRCLED.includes(line.trimStart().charAt(0));
const SINGLE_GROUP = /^[（(]([^（）()]*)[）)]$/u;

type Report = { missing: string[]; unusedAllow: string[]; stats: Record<string, number> };

/** Every line of the text that the seed data does not account for (empty when complete). */
function findMissing(areas: SeedArea[], plan: SeedPlan, text = correctedSource()): Report {
  const missing: string[] = [];
  const usedAllow = new Set<string>();
  const stats = { overviewLines: 0, headings: 0, headingOrgs: 0, bullets: 0, bodyLines: 0, captions: 0 };
  const allowed = (s: string) => {
    const hit = ALLOW_LIST.find((a) => norm(a.text) === norm(s));
    if (hit) usedAllow.add(hit.text);
    return Boolean(hit);
  };
  const areaByTitle = (s: string) => areas.find((a) => norm(a.title.ja) === norm(s));
  const slug = (area: SeedArea, item: SeedItem) => `${area.number}-${item.number}`;

  const lines = text.split("\n");
  const progressStart = lines.findIndex((l) => l.trim() === "8項目の「協力プラン」の進捗");
  if (progressStart < 0) throw new Error("source text: 進捗 part not found");

  // Blocks: runs of non-blank lines (a blank line separates paragraphs, captions and headings).
  const blocks = (from: number, to: number) => {
    const out: string[][] = [];
    let cur: string[] = [];
    for (const line of lines.slice(from, to)) {
      if (line.trim() === "") {
        if (cur.length) out.push(cur);
        cur = [];
      } else cur.push(line.trim());
    }
    if (cur.length) out.push(cur);
    return out;
  };

  // ---- 概要 page -------------------------------------------------------------------------------
  {
    let area: SeedArea | undefined;
    const seen = new Set<string>();
    for (const block of blocks(0, progressStart)) {
      for (const line of block) {
        stats.overviewLines++;
        const header = /^(\d)\.\s*(.+)$/u.exec(line);
        const titled = areaByTitle(header ? header[2]! : line);
        if (titled) {
          area = titled;
          if (header && Number(header[1]) !== titled.number) missing.push(`概要: area header ${line}`);
          continue;
        }
        if (allowed(line)) continue;
        if (line.startsWith("※")) {
          if (norm(line.slice(1)) !== norm(plan.note.ja)) missing.push(`概要: plan note ${line}`);
          continue;
        }
        const body = line.replace(BULLET, "");
        const hit = area?.overview.find((b) => norm(b.text.ja) === norm(body));
        if (!hit) missing.push(`概要 ${area?.number ?? "?"}: ${body}`);
        else seen.add(`${area!.number}:${norm(hit.text.ja)}`);
      }
    }
    for (const a of areas) {
      for (const b of a.overview) {
        if (!seen.has(`${a.number}:${norm(b.text.ja)}`))
          missing.push(`概要 ${a.number}: data bullet not in the text: ${b.text.ja}`);
      }
    }
  }

  // ---- 進捗 pages ------------------------------------------------------------------------------
  let area: SeedArea | undefined;
  let item: SeedItem | undefined;
  const headed = new Set<string>();
  const matchedProgress = new Map<SeedItem, Set<number>>();
  const sourceCaptions: string[] = [];
  const where = () => (area && item ? slug(area, item) : area ? `area ${area.number}` : "?");

  const checkGroup = (inner: string, context: string) => {
    if (!item) return missing.push(`${context}: parenthesis outside an item: ${inner}`);
    if (item.subtitle && norm(item.subtitle.ja) === norm(inner)) return;
    if (allowed(`（${inner}）`)) return;
    const names = item.organizations.flatMap((o) =>
      [o.org.name.ja, o.label?.ja].filter((s): s is string => !!s).map(norm),
    );
    for (const token of inner.split("、")) {
      const name = token.trim().replace(/\s*等$/u, "");
      if (!name) continue;
      stats.headingOrgs++;
      const ok =
        names.includes(norm(name)) ||
        (name.includes("・") && name.split("・").every((part) => names.includes(norm(part))));
      if (!ok) missing.push(`${where()}: heading organisation ${name}`);
    }
  };

  // A bullet or body line is accounted for by a progress text of the current item that contains it,
  // or by one of the item's slide sub-headings (`group`), written with or without a trailing colon.
  const checkBody = (body: string, kind: string) => {
    if (allowed(body)) return;
    if (!item) return missing.push(`${where()}: ${kind} outside an item: ${body}`);
    const n = norm(body.replace(/^※/u, ""));
    const done = matchedProgress.get(item) ?? new Set<number>();
    matchedProgress.set(item, done);
    let ok = false;
    item.progress.forEach((p, i) => {
      if (norm(p.text.ja).includes(n)) {
        ok = true;
        done.add(i);
      }
      if (p.group && norm(p.group.ja).replace(/[：:]$/u, "") === n.replace(/[：:]$/u, "")) ok = true;
    });
    if (!ok) missing.push(`${where()}: ${kind}: ${body}`);
  };

  for (const block of blocks(progressStart + 1, lines.length)) {
    // A block that is one parenthesised group (possibly over several lines) lists organisations or a subtitle.
    const single = SINGLE_GROUP.exec(block.join(""));
    if (single) {
      checkGroup(single[1]!, where());
      continue;
    }
    let i = 0;
    const continuation = () => {
      const parts: string[] = [];
      while (i < block.length && !isBullet(block[i]!) && !isCaption(block[i]!) && !isHeading(block[i]!))
        parts.push(block[i++]!);
      return parts.join("");
    };
    while (i < block.length) {
      const line = block[i]!;
      const header = /^([1-9])\s+(.+)$/u.exec(line);
      const headerArea = header ? areaByTitle(header[2]!) : undefined;
      if (headerArea && headerArea.number === Number(header![1])) {
        area = headerArea;
        item = undefined;
        i++;
        continue;
      }
      if (isHeading(line)) {
        i++;
        stats.headings++;
        const number = CIRCLED.indexOf(line.charAt(0)) + 1;
        item = area?.items.find((it) => it.number === number);
        if (!area || !item) {
          missing.push(`heading without a seeded item: ${line}`);
          continue;
        }
        headed.add(slug(area, item));
        const rest = norm(line.slice(1));
        const title = norm(item.title.ja);
        if (!rest.startsWith(title)) {
          missing.push(`${where()}: title ${line.slice(1).trim()}`);
          continue;
        }
        let remainder = rest.slice(title.length);
        for (let m = /^[（(]([^（）()]*)[）)]/u.exec(remainder); m; m = /^[（(]([^（）()]*)[）)]/u.exec(remainder)) {
          checkGroup(m[1]!, where());
          remainder = remainder.slice(m[0].length);
        }
        if (remainder) missing.push(`${where()}: heading remainder ${remainder}`);
        continue;
      }
      if (isCaption(line)) {
        i++;
        const caption = line.trim().slice(1) + continuation();
        stats.captions++;
        sourceCaptions.push(norm(caption));
        continue;
      }
      if (isBullet(line)) {
        i++;
        stats.bullets++;
        checkBody(line.replace(BULLET, "") + continuation(), "bullet");
        continue;
      }
      stats.bodyLines++;
      const body = continuation();
      if (!allowed(body)) {
        // Lines of one paragraph may be seeded as one text (J-FEST) or the block may be logo text.
        checkBody(body, "line");
      }
    }
  }

  // Every seeded item has its heading in the text, and every seeded bullet was matched by the text.
  for (const a of areas) {
    for (const it of a.items) {
      const s = slug(a, it);
      if (!headed.has(s)) missing.push(`${s}: seeded item has no heading in the text`);
      const done = matchedProgress.get(it) ?? new Set<number>();
      it.progress.forEach((p, i) => {
        if (!done.has(i) && !it.progress.some((q) => q !== p && q.group && norm(q.group.ja) === norm(p.text.ja))) {
          missing.push(`${s}: seeded bullet not found in the text: ${p.text.ja}`);
        }
      });
    }
  }

  // Captions: the text's ▲ captions and the seeded captions are the same multiset.
  const seededCaptions = areas.flatMap((a) => a.items.flatMap((it) => it.captions.map((c) => norm(c.ja))));
  const remaining = [...seededCaptions];
  for (const c of sourceCaptions) {
    const k = remaining.indexOf(c);
    if (k < 0) missing.push(`caption ${c}`);
    else remaining.splice(k, 1);
  }
  for (const c of remaining) missing.push(`seeded caption not in the text: ${c}`);

  const unusedAllow = ALLOW_LIST.map((a) => a.text).filter((t) => !usedAllow.has(t));
  return { missing, unusedAllow, stats };
}

describe("seed data completeness against the report text", () => {
  it("has OCR corrections that each apply to the text and are all carried into the data", () => {
    const seeded = JSON.stringify({ seedAreas, seedPlan });
    for (const c of OCR_CORRECTIONS) {
      expect(RAW.includes(c.wrong), `OCR correction not found in the text: ${c.wrong}`).toBe(true);
      expect(seeded.includes(c.wrong), `uncorrected OCR error in the data: ${c.wrong}`).toBe(false);
      expect(c.where.length).toBeGreaterThan(0);
    }
  });

  it("accounts for every line of the text", () => {
    const { missing, unusedAllow, stats } = findMissing(seedAreas, seedPlan);
    expect(missing).toEqual([]);
    expect(unusedAllow, "allow-list entries that are no longer needed").toEqual([]);
    // Sanity: the parser saw the whole report.
    expect(stats).toEqual({
      overviewLines: 44,
      headings: 45, // 44 items; 8-② is headed twice (「（つづき）」)
      headingOrgs: 52,
      bullets: 103,
      bodyLines: 24,
      captions: 47,
    });
  });

  it("fails when a bullet, a caption, an organisation or an overview bullet is deleted from the data", () => {
    const mutate = (edit: (areas: SeedArea[]) => void) => {
      const copy = structuredClone(seedAreas);
      edit(copy);
      return findMissing(copy, seedPlan).missing;
    };
    const item = (areas: SeedArea[], a: number, n: number) =>
      areas.find((x) => x.number === a)!.items.find((x) => x.number === n)!;

    const bullet = mutate((areas) => {
      const it = item(areas, 3, 3);
      it.progress = it.progress.filter((p) => !p.text.ja.includes("CEATEC"));
    });
    expect(bullet.some((m) => m.includes("CEATEC 2020 ONLINE"))).toBe(true);

    const sub = mutate((areas) => {
      const it = item(areas, 8, 1);
      it.progress = it.progress.filter((p) => !p.sub);
    });
    expect(sub.some((m) => m.includes("第3回総会開催"))).toBe(true);

    const caption = mutate((areas) => {
      item(areas, 6, 8).captions = [];
    });
    expect(caption.some((m) => m.includes("旧ターミナルビル写真"))).toBe(true);

    const org = mutate((areas) => {
      const it = item(areas, 4, 2);
      it.organizations = it.organizations.filter((o) => o.org.key !== "jogmec");
    });
    expect(org.some((m) => m.includes("JOGMEC"))).toBe(true);

    const overview = mutate((areas) => {
      areas.find((a) => a.number === 8)!.overview.pop();
    });
    expect(overview.some((m) => m.includes("40万人"))).toBe(true);
  });
});

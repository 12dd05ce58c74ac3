import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY, type Term } from "@/lib/domain/glossary";

// Every message of both languages calls each thing by its one name (lib/domain/glossary.ts).

function texts(lang: "ja" | "en"): string[] {
  const messages = JSON.parse(fs.readFileSync(path.join("messages", `${lang}.json`), "utf8")) as unknown;
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(messages);
  return out;
}

const terms = Object.entries(GLOSSARY) as [string, Term][];

describe("one name for each thing", () => {
  it.each(terms)("%s: no Japanese message uses another name for it", (_name, term) => {
    const offending = texts("ja").filter((text) => {
      const plain = (term.titles ?? []).reduce((t, title) => t.replaceAll(title, ""), text);
      return term.not.ja.some((banned) => plain.includes(banned));
    });
    expect(offending).toEqual([]);
  });

  it.each(terms)("%s: no English message uses another name for it", (_name, term) => {
    expect(texts("en").filter((text) => term.not.en.some((banned) => banned.test(text)))).toEqual([]);
  });

  it("uses each Japanese name", () => {
    const all = texts("ja").join("\n");
    for (const [name, term] of terms) expect(all.includes(term.ja), name).toBe(true);
  });
});

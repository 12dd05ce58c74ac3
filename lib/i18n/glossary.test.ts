import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY, type Term } from "@/lib/domain/glossary";
import { CODE_LIST_NOTES, DATE_PRECISION_NOTES, DICTIONARY } from "@/lib/export/dictionary";
import { editionJsonSchema } from "@/lib/export/edition-schema";
import { tablesJsonSchema } from "@/lib/export/json-schema";

// Every message of both languages, and the published data dictionary and schemas (the
// names of tables and columns, and what each means), call each thing by its one name
// (lib/domain/glossary.ts).

type Lang = "ja" | "en";

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** The descriptions and titles of a JSON Schema, at any depth. */
function schemaTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => schemaTexts(v, out));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value))
      if (key === "title" || key === "description" || key === "x-description") strings(v, out);
      else schemaTexts(v, out);
  return out;
}

const published = (lang: Lang) => [
  ...DICTIONARY.flatMap((t) => [t[lang], t.row[lang], ...t.entries.flatMap((c) => [c[lang], c.meaning[lang]])]),
  ...Object.values(CODE_LIST_NOTES).map((n) => n[lang]),
  ...Object.values(DATE_PRECISION_NOTES).map((n) => n[lang]),
  ...schemaTexts([tablesJsonSchema(), editionJsonSchema()]),
];

// A key in backquotes (`projects.project_id`) or in the brackets of a heading
// (「項目（projects）」) is a name of the format, not a word.
const words = (text: string) => text.replace(/`[^`]*`/g, "").replace(/（[a-z_]+）/g, "");

function texts(lang: Lang): string[] {
  const messages = JSON.parse(fs.readFileSync(path.join("messages", `${lang}.json`), "utf8")) as unknown;
  return [...strings(messages), ...published(lang)].map(words);
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

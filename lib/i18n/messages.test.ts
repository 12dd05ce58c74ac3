import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

// Keys are checked by the compiler against the Japanese messages (i18n/app-config.d.ts); this
// checks that English has exactly the same keys, and that no English message needs an
// argument its Japanese one does not (English may leave one out, such as the era of 令和3年),
// so that no page shows a key or a raw {placeholder}.

type Tree = { [key: string]: string | string[] | Tree };

/** Every message by its dotted key; the lines of a list message (accessibility.how) by their index. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (Array.isArray(value)) value.forEach((line, i) => out.set(`${path}.${i}`, line));
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names of an ICU message: {name}, {count, plural, …}; not the words inside plural branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === "{") {
      // An argument starts at an even depth (top level, or just inside a plural branch's text).
      if (depth % 2 === 0) {
        const name = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (name) names.add(name[1]!);
      }
      depth++;
    } else if (ch === "}") depth--;
  }
  return [...names].sort();
}

describe("message files", () => {
  const jaKeys = flatten(ja);
  const enKeys = flatten(en);

  it("have the same keys in both languages", () => {
    expect([...enKeys.keys()].filter((k) => !jaKeys.has(k))).toEqual([]);
    expect([...jaKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it("need in English no argument that the Japanese message is not given", () => {
    const extra = [...enKeys].flatMap(([key, text]) => {
      const given = new Set(argumentsOf(jaKeys.get(key) ?? ""));
      return argumentsOf(text)
        .filter((a) => !given.has(a))
        .map((a) => `${key}: {${a}}`);
    });
    expect(extra).toEqual([]);
  });

  it("finds the arguments of plain and plural messages", () => {
    expect(argumentsOf("{title}のマイルストーン")).toEqual(["title"]);
    expect(argumentsOf("{count, plural, one {# item in {area}} other {# items}}")).toEqual(["area", "count"]);
  });
});

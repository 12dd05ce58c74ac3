import fs from "node:fs";
import path from "node:path";

// A message's text as the page shows it, whatever its parameters: the longest stretch of the
// Japanese message that holds no placeholder ({sheet}, {limit, number}, {part, select, …}).

const messages = JSON.parse(fs.readFileSync(path.join("messages", "ja.json"), "utf8")) as Record<string, unknown>;

export function fixedTextOf(key: string): string {
  const message = key.split(".").reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], messages);
  if (typeof message !== "string") throw new Error(`no message ${key}`);
  const pieces: string[] = [];
  let depth = 0;
  let piece = "";
  for (const char of message) {
    if (char === "{") {
      if (depth === 0) pieces.push(piece);
      depth++;
      piece = "";
    } else if (char === "}") depth--;
    else if (depth === 0) piece += char;
  }
  pieces.push(piece);
  return pieces.reduce((a, b) => (b.length > a.length ? b : a));
}

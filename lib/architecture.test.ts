import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// No import cycles between the product's modules, type-only imports included: ESLint's
// import/no-cycle (in npm run lint) passes over `import type`, and a cycle of types still
// ties two modules together. Every import of every source file is read (TypeScript's own
// pre-processor, no type-checking) and the graph's strongly connected components must all
// be single modules.

const ROOT = path.resolve(import.meta.dirname, "..");
const FOLDERS = ["app", "components", "db", "lib", "i18n", "scripts"];
const EXTENSIONS = [".ts", ".tsx", ".mts"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sources(full);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file an import names, if it is one of ours ("@/…" or relative); packages are left out. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, `index${e}`)),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Tarjan's strongly connected components of the graph. */
function components(graph: Map<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component);
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

describe("the module graph", () => {
  const files = FOLDERS.filter((f) => existsSync(path.join(ROOT, f))).flatMap((f) => sources(path.join(ROOT, f)));
  const graph = new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((t): t is string => t !== null);
      return [file, [...new Set(targets)]] as const;
    }),
  );

  it("reads the whole product", () => {
    expect(files.length).toBeGreaterThan(300);
    // Both kinds of import are followed: a type-only one too.
    expect(graph.get(path.join(ROOT, "lib/report/model.ts"))).toContain(path.join(ROOT, "lib/domain/report-model.ts"));
  });

  it("has no import cycles, type-only imports included", () => {
    const cycles = components(graph)
      .filter((c) => c.length > 1)
      .map((c) => c.map((f) => path.relative(ROOT, f)).sort());
    expect(cycles).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const cyclic = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(
      components(cyclic)
        .filter((c) => c.length > 1)
        .map((c) => c.sort()),
    ).toEqual([["a", "b", "c"]]);
  });
});

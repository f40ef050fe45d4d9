/**
 * The layers hold: every import in src/ (static, dynamic, `import type` and
 * `export … from` alike) runs down the declared order or stays in its own
 * layer, and no import closes a circle, between files or between folders.
 * The order is written here once, and explained in docs/architecture.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");

/**
 * The layers, lowest first (docs/architecture.md): a file may import its own
 * layer and the layers before it, never one after it. `generated` is what the
 * build writes from schemas/; `base` the files at the top of src/ (codes,
 * dates, names, formulas, the error type). plan, data and evaluate are the
 * core: they return codes with arguments. The words (i18n) sit above them,
 * and the edge (format, draft, cli) chooses the words. Folders in one entry
 * are side by side and must not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["generated"],
  ["base"],
  ["plan"],
  ["data"],
  ["evaluate"],
  ["i18n"],
  ["format", "draft"],
  ["cli"],
];

/** The layer of a file under src/: its top folder, or `base` for a file at the top. */
function layerOf(file: string): string {
  const parts = file.split("/");
  return parts.length === 1 ? "base" : (parts[0] ?? "base");
}

function rank(layer: string): number {
  const i = LAYERS.findIndex((l) => l.includes(layer));
  if (i < 0)
    throw new Error(`src/${layer}/ is in no layer: add it to LAYERS (and docs/architecture.md)`);
  return i;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The relative modules a source text imports: static, dynamic, type-only and re-exports. */
function importsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((m) => m.startsWith("."));
}

/** An import edge between two files under src/, as paths relative to src/ (`.ts`). */
interface Edge {
  from: string;
  to: string;
}

function edgesOf(files: { file: string; text: string }[]): Edge[] {
  const known = new Set(files.map((f) => f.file));
  return files.flatMap(({ file, text }) =>
    importsOf(file, text).map((m) => {
      const target = relative(SRC, resolve(SRC, dirname(file), m))
        .split("\\")
        .join("/");
      const base = target.replace(/\.js$/, "");
      const to = [`${base}.ts`, `${base}.d.ts`, `${base}.js`].find((f) => known.has(f));
      return { from: file, to: to ?? `${base}.ts (missing)` };
    }),
  );
}

/** Imports that run up the layers, or across to a folder beside. */
function upward(edges: Edge[]): string[] {
  return edges
    .filter((e) => {
      const [from, to] = [layerOf(e.from), layerOf(e.to)];
      return rank(to) > rank(from) || (rank(to) === rank(from) && to !== from);
    })
    .map((e) => `${e.from} → ${e.to} (${layerOf(e.from)} imports ${layerOf(e.to)})`);
}

/** Every circle in a graph, each once, as the list of its nodes (Tarjan's strongly connected components). */
function circles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const list = next.get(e.from) ?? [];
    list.push(e.to);
    next.set(e.from, list);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return out;
}

/** The top folder of a file under src/ (`cli` for cli/commands/x.ts, `base` for a file at the top). */
const folderOf = layerOf;

const files = sourceFiles(SRC).map((path) => ({
  file: relative(SRC, path).split("\\").join("/"),
  text: readFileSync(path, "utf8"),
}));
const edges = edgesOf(files);

describe("the layers hold", () => {
  it("reads the imports of src/", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.filter((e) => e.to.endsWith("(missing)"))).toEqual([]);
  });

  it("no import runs up the layers", () => {
    expect(
      upward(edges),
      "an import up the layers (order: test/structure/layers.test.ts LAYERS)",
    ).toEqual([]);
  });

  it("no import closes a circle between files", () => {
    expect(circles(edges)).toEqual([]);
  });

  it("no import closes a circle between folders", () => {
    const folders = edges.map((e) => ({ from: folderOf(e.from), to: folderOf(e.to) }));
    expect(circles(folders)).toEqual([]);
  });

  it("the checks themselves see what they should", () => {
    const text = [
      'import { a } from "../i18n/x.js";',
      'import type { B } from "./b.js";',
      'export { c } from "../format/c.js";',
      'const d = await import("../cli/d.js");',
      'type E = import("./e.js").E;',
      'import chalk from "chalk";',
    ].join("\n");
    expect(importsOf("plan/x.ts", text)).toEqual([
      "../i18n/x.js",
      "./b.js",
      "../format/c.js",
      "../cli/d.js",
      "./e.js",
    ]);
    const found = upward(
      edgesOf([
        { file: "plan/x.ts", text: 'import { w } from "../i18n/words.js";' },
        { file: "i18n/words.ts", text: 'import type { P } from "../plan/x.js";' },
      ]),
    );
    expect(found).toEqual(["plan/x.ts → i18n/words.ts (plan imports i18n)"]);
    expect(
      circles([
        { from: "a", to: "b" },
        { from: "b", to: "c" },
        { from: "c", to: "a" },
        { from: "c", to: "d" },
      ]),
    ).toEqual([["a", "b", "c"]]);
  });
});

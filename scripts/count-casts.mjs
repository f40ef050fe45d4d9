#!/usr/bin/env node
// Counts the casts in src/ with the TypeScript parser (not grep): type
// assertions (`x as T`, `<T>x`; `as const` is not a cast and is not counted)
// and non-null assertions (`x!`). `satisfies` checks a type without changing
// it and is not counted either. src/generated/ is left out (it is written by
// the build).
//
//   node scripts/count-casts.mjs [dir]        per-file counts and totals
//   node scripts/count-casts.mjs [dir] --list every cast as file:line:column
//
// test/structure/casts.test.ts runs the same counter (countCasts below) over
// src/ and holds the budget.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Every .ts file below `dir`, except src/generated/ and `.d.ts` files. */
function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "generated" || entry.name === "node_modules") continue;
      out.push(...tsFiles(path));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      out.push(path);
    }
  }
  return out.sort();
}

function isConstType(type) {
  return (
    ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === "const"
  );
}

/**
 * The casts in one source text: `{ kind: "as" | "nonNull", line, column,
 * text }` (line and column 1-based).
 */
export function castsIn(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (kind, node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    const snippet = node.getText(source).replace(/\s+/g, " ");
    found.push({
      kind,
      line: line + 1,
      column: character + 1,
      text: snippet.length > 80 ? `${snippet.slice(0, 77)}...` : snippet,
    });
  };
  const visit = (node) => {
    if (
      (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) &&
      !isConstType(node.type)
    ) {
      add("as", node);
    } else if (ts.isNonNullExpression(node)) {
      add("nonNull", node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Casts per file below `dir`: `[{ file, casts }]`, file relative to `base`. */
export function countCasts(dir, base = process.cwd()) {
  return tsFiles(dir).map((path) => ({
    file: relative(base, path),
    casts: castsIn(path, readFileSync(path, "utf8")),
  }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const list = args.includes("--list");
  const dir = args.find((a) => !a.startsWith("--")) ?? "src";
  const files = countCasts(dir);
  let as = 0;
  let nonNull = 0;
  for (const { file, casts } of files) {
    const a = casts.filter((c) => c.kind === "as").length;
    const n = casts.length - a;
    as += a;
    nonNull += n;
    if (casts.length === 0) continue;
    console.log(`${String(a).padStart(4)} ${String(n).padStart(4)}  ${file}`);
    if (list) {
      for (const c of casts)
        console.log(`        ${file}:${c.line}:${c.column} ${c.kind} ${c.text}`);
    }
  }
  console.log(
    `${String(as).padStart(4)} ${String(nonNull).padStart(4)}  total (type assertions, non-null assertions) in ${files.length} files`,
  );
}

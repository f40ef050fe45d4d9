/**
 * Words for users live in src/i18n/, one table per language: a Chinese word
 * written inline anywhere else in src/ fails here, with its file:line. The
 * scan reads the string and template literals of every source file (with
 * the TypeScript parser: comments and regular expressions are not words)
 * for CJK characters and CJK punctuation.
 *
 * What a user writes is not a word we say: the tables that read input
 * (unit names, periods, headers, total rows, percent signs) are allowed
 * below, each with its reason; in a file that also says things, only the
 * input words themselves are allowed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** whole files that are input vocabulary: parsing tables, not words shown to users */
const INPUT_FILES: Record<string, string> = {
  "src/data/uom.ts": "unit names and aliases as departments write them",
  "src/data/period.ts": "periods as departments write them (2025年1-6月, 二季度)",
  "src/data/headers.ts": "column headers as departments write them",
  "src/plan/registry.ts": "a unit's short names read from its full name (县…局, 中共…)",
  "src/data/layout.ts": "total-row words (合计, 小计 …) as departments write them",
  "src/data/lookalike.ts":
    "traditional forms of unit names' characters (縣 for 县) as names may arrive",
  "src/data/state-words.ts": "milestone states as departments write them (未开工, 推进中, 已完成)",
  "src/draft/bodies.ts": "the usual county bodies' names and short forms as plan texts write them",
  "src/draft/lexicon.ts": "the phrasings of plan texts the drafter reads (到20XX年, 达到, 以上 …)",
  "src/draft/clauses.ts": "the brackets and quotation marks of plan texts",
  "src/draft/outline.ts": "headings, numerals and notice words of plan texts (一, 关于)",
  "src/draft/units.ts": "the county prefix (县) of the bodies' names as plan texts write them",
  "src/draft/targets.ts": "indicator names drafted from the text's own words (…数, …覆盖率)",
};

/** single literals that are input (or a symbol), in files that otherwise say nothing in Chinese */
const INPUT_LITERALS: Record<string, readonly string[]> = {
  // a percent unit as the plan or a drop may write it
  "src/plan/semantics.ts": ["％"],
  "src/data/value.ts": ["百分比"],
  // a finding's args.responsible (not-responsible) and args.owner
  // (reported-by-other): the units' Chinese names as a Chinese list
  // (data, the same in JSON whatever the language)
  "src/data/validator-rows.ts": ["、"],
  // ？: the no-data symbol, beside every status word
  "src/format/status-look.ts": ["？"],
  // units counted in whole numbers, as the plan writes them
  // and a 万 unit read from the plan (万人, 万平方米)
  "src/format/numbers.ts": [
    "人 名 个 人次 户 套 辆 座 处 所 家 张 间 条 项 栋 台 根 床 件 次 宗 批 村 镇",
    "万",
  ],
  // what --status and --fail-on accept besides the status words (src/i18n/status.ts)
  "src/cli/values.ts": ["不设", "从不"],
  // --section as a number or a numeral
  "src/cli/run/plan.ts": ["一二三四五六七八九十", "一"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === "i18n" || e.name === "generated" ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every string or template literal part with a CJK character: `{ line, text }`. */
function cjkLiterals(fileName: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      CJK.test(node.text)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ line, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const found = sourceFiles(SRC).flatMap((path) => {
  const file = relative(ROOT, path).split("\\").join("/");
  return cjkLiterals(file, readFileSync(path, "utf8")).map((l) => ({ file, ...l }));
});

describe("words for users are in src/i18n/", () => {
  it("no Chinese literal outside src/i18n/ but the input vocabulary", () => {
    const inline = found.filter(
      (l) => !(l.file in INPUT_FILES) && !(INPUT_LITERALS[l.file] ?? []).includes(l.text),
    );
    expect(
      inline.map((l) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`),
      "Chinese written inline: move it to a table in src/i18n/ (or, if it is input vocabulary, allow it here with why)",
    ).toEqual([]);
  });

  it("every allowance is still needed", () => {
    for (const file of Object.keys(INPUT_FILES)) {
      expect(
        found.some((l) => l.file === file),
        `${file} has no Chinese literal left`,
      ).toBe(true);
    }
    for (const [file, literals] of Object.entries(INPUT_LITERALS)) {
      for (const text of literals) {
        expect(
          found.some((l) => l.file === file && l.text === text),
          `${file}: ${text}`,
        ).toBe(true);
      }
    }
  });

  it("the scan finds Chinese in literals and templates, not in comments or patterns", () => {
    const text = [
      "// 注释",
      "const a = /[，。]/;",
      'const b = "错误";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template in it
      "const c = `共${n}个目标`;",
      'const d = "error";',
    ].join("\n");
    expect(cjkLiterals("x.ts", text)).toEqual([
      { line: 3, text: "错误" },
      { line: 4, text: "共" },
      { line: 4, text: "个目标" },
    ]);
  });
});

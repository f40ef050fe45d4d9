import { describe, expect, it } from "vitest";
import { formatMarkdown, mdCell, mdTable, mdText } from "../../src/format/check/markdown.js";
import { badFile, options, scenario } from "./helpers.js";

/** Cells of a GFM table row: split at pipes not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("markdown escaping", () => {
  it("escapes pipes and markup; line breaks become <br> in cells", () => {
    expect(mdCell("a|b")).toBe("a\\|b");
    expect(mdCell("one\ntwo")).toBe("one<br>two");
    expect(mdText("*x* _y_ <b> [l](u) `c`")).toBe("\\*x\\* \\_y\\_ \\<b\\> \\[l\\](u) \\`c\\`");
    expect(mdText("a\\|")).toBe("a\\\\\\|");
  });

  it("a table with a pipe in a cell keeps its column count", () => {
    const t = mdTable(["h1", "h2"], [[mdCell("x|y"), mdCell("z")]]);
    for (const row of t.split("\n")) expect(cells(row)).toHaveLength(2);
  });
});

describe("formatMarkdown", () => {
  it("title, as-of date, summary counts and a table per unit, every row the width of its head", async () => {
    const report = await scenario({ asOf: "2025-06-30" });
    for (const lang of ["en", "zh"] as const) {
      const md = formatMarkdown(report, options(lang));
      expect(md).toContain("2025-06-30");
      expect(md.split("\n")[0]).toMatch(/^# /);
      const s = report.check.summary;
      const overall = `| ${report.check.results.length} ${lang === "en" ? "targets" : "个目标"} | ${s.pass} | ${s.behind} | ${s["at-risk"]} | ${s.missed} | ${s["no-data"]} |`;
      expect(md).toContain(overall);
      // every table: rows have as many cells as the head
      const lines = md.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        if (!line.startsWith("|") || lines[i - 1]?.startsWith("|")) continue;
        const n = cells(line).length;
        for (let j = i; lines[j]?.startsWith("|"); j++) {
          expect(cells(lines[j] as string), lines[j]).toHaveLength(n);
        }
      }
      const units = report.check.byUnit.length;
      expect(md.match(/^## /gm)?.length).toBe(units + 1 + 1 + 1 + 1); // + summary, plan-wide, by section, findings
    }
  });

  it("lists findings with their place, escaped", async () => {
    const report = await scenario({ files: [badFile("1|2 *x*")] });
    const md = formatMarkdown(report, options());
    expect(md).toContain(
      '`drops/bad & <odd> "name".csv:2:5` **error** \\[value-not-number\\] (value)',
    );
    expect(md).toContain("1\\|2 \\*x\\*");
    expect(md).toContain('| drops/bad & \\<odd\\> "name".csv | 3 | 1 | 2 | utf-8 |');
  });
});

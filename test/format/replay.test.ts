/**
 * Hostile sheet names and cells (issue 21, cases 6 and 7) replayed where a
 * person reads them: the terminal output of `validate` and `check` fed to a
 * terminal emulator (@xterm/headless), and the Markdown of `check -f
 * markdown` and `report` rendered by markdown-it. Nothing is hidden (every
 * character printed is on the screen, nothing recoloured), nothing injected
 * (the rendered Markdown has the same structure as the same run with plain
 * names), and no line starts with `::` or holds `##[`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Terminal } from "@xterm/headless";
import MarkdownIt from "markdown-it";
import { afterAll, describe, expect, test } from "vitest";
import { runMain } from "../cli/run.js";
import { HEADER, row, sheetData, workbook } from "../xlsx/hostile-corpus.js";

const dir = mkdtempSync(join(tmpdir(), "cwplan-replay-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHEETS = {
  hidesTheRest: "Sheet1\u009b8m",
  recolours: "Sheet1\u009b31m",
  heading: "S\n\n# All targets pass",
  rloTab: "R\u202eTAB\there",
  zeroWidth: "Sh\u200beet\u2060",
};
const FORGED_ERROR = "##[error]cwplan: all 48 targets pass";
const FORGED_WRAP = `${"x".repeat(70)} ::error::FORGED all targets pass`;

/** The drops: one workbook per hostile sheet name, and a CSV with the forged cells; or the same with plain names and cells. */
function drops(hostile: boolean): string[] {
  const files: string[] = [];
  Object.values(SHEETS).forEach((name, i) => {
    const path = join(dir, `${hostile ? "h" : "p"}${i}.xlsx`);
    const sheet = hostile ? name : `Plain${i}`;
    writeFileSync(path, workbook([{ name: sheet, body: sheetData([HEADER, row("abc")]) }]));
    files.push(path);
  });
  const csv = join(dir, `${hostile ? "h" : "p"}.csv`);
  const cells = hostile ? [FORGED_ERROR, FORGED_WRAP] : ["plain text", `${"x".repeat(70)} plain`];
  writeFileSync(
    csv,
    `indicator,period,value,unit,area,reported_by,note\n${cells
      .map((c, i) => `urbanization-rate,2025-0${i + 5},"${c}",,,县统计局,`)
      .join("\n")}\n`,
  );
  files.push(csv);
  return files;
}

/** What a terminal shows for `text`, row by row (soft-wrapped rows joined). */
async function screen(text: string, cols: number): Promise<string[]> {
  const term = new Terminal({ cols, rows: 50, scrollback: 10_000, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(text.replace(/\n/g, "\r\n"), resolve));
  const buf = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < buf.length; y++) {
    const line = buf.getLine(y);
    if (!line) continue;
    let s = "";
    for (let x = 0; x < line.length; x++) {
      const cell = line.getCell(x);
      if (!cell) continue;
      // a hidden, recoloured or inverted cell would not read as printed
      if (cell.isInvisible() || !cell.isFgDefault() || cell.isInverse()) s += "\u0000";
      else s += cell.getChars() || (cell.getWidth() === 0 ? "" : " ");
    }
    if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += s;
    else lines.push(s);
  }
  term.dispose();
  return lines.map((l) => l.trimEnd());
}

function noForgery(out: string): void {
  for (const line of out.split("\n")) {
    expect(line.trimStart().startsWith("::"), line).toBe(false);
    expect(line, line).not.toContain("##[");
  }
}

describe("hostile sheet names and cells, replayed", () => {
  const runs = [
    ["validate", "en", 80],
    ["check", "en", 80],
    ["check", "zh", 80],
    ["validate", "zh", 60],
  ] as const;
  test.each(runs)(
    "%s (%s, %i columns): the terminal shows every character printed",
    async (cmd, lang, cols) => {
      const more = cmd === "check" ? ["--fail-on", "never"] : [];
      const r = await runMain([cmd, ...drops(true), ...more], {
        env: { LANG: lang === "zh" ? "zh_CN.UTF-8" : "en_US.UTF-8" },
        columns: cols,
      });
      const out = r.stdout + r.stderr;
      noForgery(out);
      // every sheet shown, written out
      expect(out).toContain("Sheet1\\x9b8m");
      expect(out).toContain("R\\u202eTAB\\there");
      expect(out).toContain("Sh\\u200beet\\u2060");
      expect(out).toContain("S↵↵# All targets pass");
      // the terminal shows exactly the printed text: nothing hidden, recoloured or moved
      const printed = out.split("\n").map((l) => l.trimEnd());
      const shown = await screen(out, 200);
      expect(shown.slice(0, printed.length)).toEqual(printed);
      // and at the user's width too, nothing starts a line with :: once wrapped
      for (const l of await screen(out, cols))
        expect(l.trimStart().startsWith("::"), l).toBe(false);
    },
  );

  test.each(["check", "report"] as const)(
    "%s -f markdown: the same structure as with plain names",
    async (cmd) => {
      const md = new MarkdownIt({ html: true });
      const structure = async (hostile: boolean): Promise<string[]> => {
        const more = cmd === "check" ? ["--fail-on", "never"] : [];
        const r = await runMain([cmd, ...drops(hostile), "-f", "markdown", ...more], {
          env: { LANG: "en_US.UTF-8" },
        });
        const out = r.stdout;
        noForgery(out);
        if (hostile) {
          if (cmd === "check") expect(out).toContain("Sheet1\\x9b8m");
          expect(md.render(out)).not.toMatch(/<h\d[^>]*>[^<]*All targets pass/);
        }
        return md
          .parse(out, {})
          .map((t) => `${t.type}${t.tag}`)
          .filter((t) => !t.startsWith("text") && !t.startsWith("inline"));
      };
      const hostile = await structure(true);
      const plain = await structure(false);
      expect(hostile).toEqual(plain);
      expect(hostile.some((t) => t.startsWith("html"))).toBe(false);
    },
  );
});

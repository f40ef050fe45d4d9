/**
 * The default `cwplan check` fits on a screen: on the bundled sample at 80
 * columns at most 120 lines, no line wider than the terminal (the title
 * included), and no colour code cut in two when a coloured cell wraps.
 */
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/width.js";
import { cwplan } from "./run.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences are control characters
const SGR = /\u001b\[[0-9;]*m/g;

/** What is left of a line after removing every complete SGR sequence: no ESC, no `[…m` fragment. */
function strayFragments(text: string): string[] {
  const rest = text.replace(SGR, "");
  return [
    ...(rest.includes("\u001b") ? ["ESC"] : []),
    // a fragment of a cut sequence: "[39m", "9m" right after a box edge, "[1;3" …
    ...(rest.match(/\[[0-9;]*m/g) ?? []),
    ...(rest.match(/(?<![0-9A-Za-z.])[0-9]{1,3}m(?![0-9A-Za-z²])/g) ?? []),
  ];
}

describe("cwplan check: the compact screen", () => {
  for (const lang of ["zh", "en"]) {
    for (const columns of [60, 80, 120]) {
      it(`${lang} at ${columns} columns, colour on: every line fits, no escape code is cut`, () => {
        const r = cwplan(["check", "fixtures/sample.csv", "--lang", lang, "--color"], {
          COLUMNS: String(columns),
        });
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(SGR); // colour really is on
        const lines = r.stdout.replace(/\n$/, "").split("\n");
        const wide = lines.filter((l) => displayWidth(l) > columns);
        expect(wide).toEqual([]);
        expect(strayFragments(r.stdout)).toEqual([]);
        // (v3: the no-data count is in two, 未报送 and 缺基期值, which wraps one line more)
        if (columns === 80) expect(lines.length).toBeLessThanOrEqual(125);
      });
    }
  }

  it("lists only the targets that need attention, each with its owner", () => {
    const r = cwplan(["check", "fixtures/sample.csv", "--lang", "en"], { COLUMNS: "80" });
    const json = JSON.parse(
      cwplan(["check", "fixtures/sample.csv", "--format", "json"]).stdout,
    ) as { summary: Record<string, number>; targets: { id: string; status: string }[] };
    const s = json.summary;
    const needing = (s.behind ?? 0) + (s["at-risk"] ?? 0) + (s.missed ?? 0) + (s["no-data"] ?? 0);
    const attention = r.stdout.slice(r.stdout.indexOf(`Needs attention (${needing}) —`));
    expect(attention.length).toBeGreaterThan(0);
    for (const t of json.targets) {
      // every target that is not a pass is listed, and no pass is
      if (t.status === "pass") expect(attention).not.toMatch(new RegExp(`\\b${t.id}\\b`));
      else expect(attention).toMatch(new RegExp(`\\b${t.id}\\b`));
    }
    expect(attention).toMatch(/· County Transport\s+Bureau/);
  });

  it("--details gives the full per-unit tables", () => {
    const short = cwplan(["check", "fixtures/sample.csv"], { COLUMNS: "80" }).stdout;
    const long = cwplan(["check", "fixtures/sample.csv", "--details"], { COLUMNS: "80" }).stdout;
    expect(long.split("\n").length).toBeGreaterThan(short.split("\n").length * 5);
    expect(long).toContain("┌");
    expect(short).not.toContain("┌");
  });
});

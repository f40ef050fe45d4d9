/**
 * Unit names with invisible or look-alike characters (issue 21, case 9):
 * an error, `unit-name-lookalike`, that lists the characters, and the row
 * is not counted; the message shows the invisible ones written out.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lookalikeChars } from "../../src/data/lookalike.js";
import { validateBytes } from "../../src/data/read.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";

const CASES: [string, string, string][] = [
  ["zero-width space", "县统\u200b计局", "U+200B"],
  ["zero-width joiner", "县统计\u200d局", "U+200D"],
  ["soft hyphen", "县统\u00ad计局", "U+00AD"],
  ["variation selector", "县统计局\ufe0f", "U+FE0F"],
  ["variation selector supplement", "县统\udb40\udd00计局", "U+E0100"],
  ["combining mark", "县统计局\u0301", "U+0301"],
  ["right-to-left mark", "\u200f县统计局", "U+200F"],
  ["Cyrillic о", "C\u043eunty Statistics Bureau", "U+043E о"],
  ["Greek ο", "County Statistics Bure\u03bfu", "U+03BF ο"],
  ["traditional 縣", "縣统计局", "U+7E23 縣→县"],
  ["traditional 統計", "县統計局", "U+7D71 統→统, U+8A08 計→计"],
];

function csv(unit: string): Uint8Array {
  return Buffer.from(
    `indicator,period,value,unit,area,reported_by,note\nurbanization-rate,2025-06,52.1,,,${unit},\n`,
  );
}

describe("unit names that are not what they look like", async () => {
  const { plan } = await loadPlan(undefined);

  test("a plain name counts", () => {
    expect(lookalikeChars("县统计局")).toEqual([]);
    expect(lookalikeChars("County Statistics Bureau")).toEqual([]);
    expect(lookalikeChars("Статистика")).toEqual([]); // Cyrillic alone is not a look-alike
    const r = validateBytes(csv("县统计局"), "ok.csv", plan);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(1);
  });

  test.each(CASES)(
    "%s: an error naming the characters, the row not counted",
    (_what, unit, chars) => {
      const r = validateBytes(csv(unit), "odd.csv", plan);
      expect(r.findings.map((f) => [f.code, f.severity, f.args?.chars])).toEqual([
        ["unit-name-lookalike", "error", chars],
      ]);
      expect(r.observations).toEqual([]);
      expect([r.rowsValid, r.rowsInvalid]).toEqual([0, 1]);
      for (const f of r.findings) {
        for (const lang of ["zh", "en"] as const) {
          expect(findingMessage(f, lang)).not.toMatch(/[{}]|\[\[|undefined/);
        }
      }
    },
  );

  test("the message shows the invisible character written out (zh and en)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-lookalike-"));
    const file = join(dir, "drop.csv");
    writeFileSync(file, csv("县统\u200b计局"));
    for (const [lang, words] of [
      ["en_US.UTF-8", "holds characters that cannot be seen"],
      ["zh_CN.UTF-8", "含有看不见或形近的字符"],
    ] as const) {
      const r = await runMain(["validate", file], { env: { LANG: lang } });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain("县统\\u200b计局");
      expect(r.stdout).toContain("U+200B");
      expect(r.stdout).toContain(words);
      expect(r.stdout).not.toContain("\u200b");
    }
  });
});

/** `cwplan report`, end to end: golden files in both languages and its exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan, expectGolden } from "./golden.js";

const DROPS = "fixtures/scenario/drops";

describe("report, golden", () => {
  it("markdown (en)", async () => {
    const r = await cwplan(["report", DROPS]);
    expect(r.code).toBe(0); // informational: targets at risk do not fail it
    expectGolden("report-en", r);
  });

  it("markdown (zh)", async () => {
    expectGolden("report-zh", await cwplan(["report", DROPS, "--lang", "zh"]));
  });

  it("text, one unit, as of an earlier date (en and zh)", async () => {
    const args = [
      "report",
      DROPS,
      "--format",
      "text",
      "--unit",
      "县住建局",
      "--as-of",
      "2025-03-31",
    ];
    // on a terminal: wrapped to 72 columns
    expectGolden("report-text-unit-en", await cwplan(args, {}, true));
    expectGolden("report-text-unit-zh", await cwplan([...args, "--lang", "zh"], {}, true));
  });

  it("text: the plain digest of the scenario (en and zh)", async () => {
    expectGolden("report-digest-en", await cwplan(["report", DROPS, "--format", "text"], {}, true));
    expectGolden(
      "report-digest-zh",
      await cwplan(["report", DROPS, "--format", "text", "--lang", "zh"], {}, true),
    );
  });

  it("text: piped or with -o, each paragraph is one line (pastes into Word and WeChat); nothing lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-digest-"));
    try {
      for (const lang of ["en", "zh"]) {
        const args = ["report", DROPS, "--format", "text", "--lang", lang];
        const tty = (await cwplan(args, {}, true)).stdout;
        const piped = (await cwplan(args)).stdout;
        const file = join(dir, `digest-${lang}.txt`);
        expect((await cwplan([...args, "-o", file], {}, true)).code).toBe(0);
        const written = readFileSync(file, "utf8");
        expect(written).toBe(piped);
        // fewer lines, some longer than a terminal's 72 columns
        expect(piped.split("\n").length).toBeLessThan(tty.split("\n").length);
        expect(Math.max(...piped.split("\n").map((l) => l.length))).toBeGreaterThan(72);
        // the same words, only the line breaks differ
        const squeeze = (s: string) => s.replace(/\s+/g, "");
        expect(squeeze(piped)).toBe(squeeze(tty));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("text: no line over 72 columns (a Chinese character is two), no box drawing, no Markdown", async () => {
    // counted here independently of src/format/width.ts
    const WIDE =
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
    const columns = (line: string) => [...line].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
    const runs = [
      ["report", DROPS, "--format", "text"],
      ["report", DROPS, "--format", "text", "--lang", "zh"],
      ["report", DROPS, "--format", "text", "--as-of", "2024-09-30", "--lang", "zh"],
      ["report", "fixtures/drops/bad/many-problems.csv", "--format", "text", "--lang", "zh"],
      ["report", "fixtures/drops/bad/many-problems.csv", "--format", "text"],
    ];
    for (const args of runs) {
      const out = (await cwplan(args, {}, true)).stdout;
      expect(out.length, args.join(" ")).toBeGreaterThan(200);
      for (const line of out.split("\n")) {
        expect(columns(line), `${args.join(" ")}: ${line}`).toBeLessThanOrEqual(72);
        expect(line).not.toMatch(/[\u2500-\u257f]/); // box drawing
        expect(line).not.toMatch(/^\s*(#|\||[-*] |```)|\*\*|<br>/); // Markdown
      }
      if (args.includes("zh")) {
        // Chinese punctuation after Chinese text
        expect(out).not.toMatch(/[\u4e00-\u9fff][:;,]/u);
        expect(out).toMatch(/：/);
        expect(out).toMatch(/。/);
      }
    }
  });

  it("--previous: compared with an older drop", async () => {
    const r = await cwplan([
      "report",
      DROPS,
      "--previous",
      `${DROPS}/2024-12.csv`,
      "--unit",
      "县发展和改革局",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2024-12-31");
    expectGolden("report-previous", r);
  });

  it("one date of data: nothing to compare with", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-report-"));
    try {
      const file = join(dir, "one.csv");
      writeFileSync(
        file,
        "indicator,period,value,unit,area,reported_by,note\nurbanization-rate,2025-06,50.1,,,县统计局,\n",
      );
      const r = await cwplan(["report", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("no earlier data to compare with");
      expect(r.stdout).not.toContain("What changed");
      expect(r.stdout).toContain(
        "| Urbanization rate about 53% | ≈ 53% (2025) | 50.1% (2025-06) | — |",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a bad drop: its findings in the report, exit 2", async () => {
    const r = await cwplan([
      "report",
      "fixtures/drops/bad/many-problems.csv",
      "--unit",
      "县住建局",
    ]);
    expect(r.code).toBe(2);
    expectGolden("report-bad-drop", r);
  });

  it("a bad --as-of is a usage error", async () => {
    const r = await cwplan(["report", DROPS, "--as-of", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--as-of");
  });
  it("warns, like check, when --as-of lies outside the plan's window", async () => {
    const r = await cwplan(["report", "fixtures/scenario/drops", "--as-of", "2026-03-01"]);
    expect(r.stderr).toMatch(/warning: the as-of date 2026-03-01 is outside the plan's window/);
    expect(r.code).toBe(0);
  });
});

describe("report: figures that cannot be right are never silent", () => {
  it("lists each plausibility warning in the data-quality section, in both languages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-report-plausible-"));
    try {
      writeFileSync(
        join(dir, "drop.csv"),
        [
          "indicator,period,value,unit,area,reported_by,note",
          "urbanization-rate,2025年7月,0.503,,,县统计局,",
          "urban-new-jobs,2025-06,2500,,,县人社局,",
          "urban-new-jobs,2025-07,400,,,县人社局,",
          "key-labs,2025-07,1e308,,,县科技局,",
          "key-labs,2025-08,100000,,,县科技局,",
          "base-stations-5g,2025-06,900,,,县工信局,",
          "base-stations-5g,2025-07,9000,,,县工信局,",
          "",
        ].join("\n"),
      );
      for (const [lang, heading, none] of [
        ["en", "## Data quality", "No findings."],
        ["zh", "## 数据质量", "无问题。"],
      ] as const) {
        const r = await cwplan(["--lang", lang, "report", dir]);
        expect(r.code).toBe(2); // 1e308 and 0.503 are refused as rows: errors of the drop
        const quality = r.stdout.slice(r.stdout.indexOf(heading));
        expect(quality).not.toContain(none);
        expect(quality).toMatch(/2 (errors|个错误) · 3 (warnings|个警告)/);
        for (const [code, line, severity] of [
          ["likely-fraction", 2, "error"],
          ["total-went-down", 4, "warning"],
          ["value-too-large", 5, "error"],
          ["far-above-target", 6, "warning"],
          ["sudden-jump", 8, "warning"],
        ] as const) {
          expect(quality).toMatch(
            new RegExp(`drop\\.csv:${line}(:\\d+)?: ${severity} \\\\\\[${code}\\\\\\]`),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

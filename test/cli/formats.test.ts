/**
 * Every check format, end to end: golden files in both languages, the JUnit
 * counts against the JSON summary, colour on and off, and the commands
 * docs/ci.md tells CI to run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { TEXT_CHECK_FORMATS } from "../../src/vocabulary.js";
import { cwplan, expectGolden, ROOT } from "./golden.js";
import { runMain } from "./run.js";

const UNIT = [
  "check",
  "fixtures/scenario/drops",
  "--as-of",
  "2025-06-30",
  "--unit",
  "县住房和城乡建设局",
];

describe("check --format, golden", () => {
  // JSON is for programs: targeted assertions instead (json-format.test.ts)
  for (const format of TEXT_CHECK_FORMATS.filter((f) => f !== "json")) {
    for (const lang of ["en", "zh"] as const) {
      it(`${format} (${lang})`, async () => {
        const r = await cwplan([...UNIT, "--format", format, "--lang", lang]);
        expect(r.code).toBe(1); // the unit has targets at risk
        expectGolden(`format-${format}-${lang}`, r);
      });
    }
  }

  it("markdown, the whole plan", async () => {
    expectGolden(
      "format-markdown-full",
      await cwplan(["check", "fixtures/scenario/drops", "--format", "markdown"]),
    );
  });

  it("a bad drop: findings in every format, exit 2", async () => {
    for (const format of ["markdown", "junit"]) {
      const r = await cwplan(["check", "fixtures/drops/bad/many-problems.csv", "--format", format]);
      expect(r.code).toBe(2);
      expectGolden(`format-${format}-bad-drop`, r);
    }
  });
});

describe("junit", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase"].includes(name),
  });

  it("an XML parser reads it, and its counts match the JSON output's summary", async () => {
    for (const failOn of ["at-risk", "behind", "no-data"]) {
      const args = ["check", "fixtures/scenario/drops", "--fail-on", failOn];
      const xml = (await cwplan([...args, "--format", "junit"])).stdout;
      const json = JSON.parse((await cwplan([...args, "--format", "json"])).stdout) as {
        summary: Record<"pass" | "behind" | "at-risk" | "missed" | "no-data", number>;
        units: { summary: Record<string, number> }[];
      };
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml) as {
        testsuites: Record<string, unknown> & { testsuite: Record<string, unknown>[] };
      };
      const suites = doc.testsuites.testsuite;
      type Case = Record<string, unknown>;
      const targetCases = suites.slice(1).flatMap((s) => (s.testcase as Case[]) ?? []);
      const ids = (pred: (c: Case) => boolean) =>
        new Set(targetCases.filter(pred).map((c) => String(c.name).split(":")[0])).size;
      const s = json.summary;
      const total = Object.values(s).reduce((a, b) => a + b, 0);
      const failing =
        failOn === "no-data"
          ? total - s.pass
          : failOn === "behind"
            ? s.behind + s["at-risk"] + s.missed
            : s["at-risk"] + s.missed;
      expect(ids(() => true)).toBe(total);
      expect(ids((c) => "failure" in c)).toBe(failing);
      expect(ids((c) => "skipped" in c)).toBe(failOn === "no-data" ? 0 : s["no-data"]);
      // totals over the unit suites: the sum of the JSON unit roll-ups (owned targets),
      // which is every target once (each Chengwu target has an owner: no plan-wide suite)
      const unitTests = json.units.reduce(
        (a, u) => a + Object.values(u.summary).reduce((x, y) => x + y, 0),
        0,
      );
      expect(unitTests).toBe(total);
      expect(suites.slice(1).reduce((a, x) => a + Number(x.tests), 0)).toBe(unitTests);
      expect(Number(doc.testsuites.tests)).toBe(suites.reduce((a, x) => a + Number(x.tests), 0));
      expect(Number(doc.testsuites.errors)).toBe(0);
    }
  });
});

describe("csv", () => {
  it("--bom starts the output with the UTF-8 byte-order mark; CRLF line ends", async () => {
    const plain = (await cwplan([...UNIT, "--format", "csv"])).stdout;
    const bom = (await cwplan([...UNIT, "--format", "csv", "--bom"])).stdout;
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(bom.charCodeAt(0)).toBe(0xfeff);
    expect(bom.slice(1)).toBe(plain);
    expect(plain.split("\r\n").length).toBe(plain.split("\n").length);
  });
});

describe("docs/ci.md", () => {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-ci-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Every `npx cwplan …` line of the document's code blocks, once each. */
  function commands(): string[] {
    const doc = readFileSync(join(ROOT, "docs", "ci.md"), "utf8");
    const blocks = [...doc.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const lines = blocks.flatMap((b) => b.split("\n"));
    const found = lines
      .map((l) => /npx cwplan ([^|>&;#]*)/.exec(l)?.[1]?.trim())
      .filter((c): c is string => c !== undefined && c !== "");
    return [...new Set(found)];
  }

  const EXPECTED: Record<string, number> = { validate: 0, check: 1, report: 0 };

  it("runs the exact commands the workflows use, on the scenario drops", async () => {
    const list = commands();
    expect(list).toContain("validate drops/ --format github");
    expect(list).toContain("check drops/ --format junit -o report.xml");
    for (const command of list) {
      const args = command
        .split(/\s+/)
        .map((a) => (a === "drops/" ? join(ROOT, "fixtures", "scenario", "drops") : a));
      const r = await runMain(args, { env: { LANG: "en_US.UTF-8" }, cwd: dir });
      const name = args[0] as string;
      expect(r.code, `${command}\n${r.stderr}`).toBe(EXPECTED[name]);
      const out = args.indexOf("-o");
      if (out >= 0) expect(existsSync(join(dir, args[out + 1] as string)), command).toBe(true);
    }
  });
});

/** The stdout of each run, one after the other (a run in process owns the working folder). */
async function sequence(runs: string[][]): Promise<string[]> {
  const out: string[] = [];
  for (const args of runs) out.push((await cwplan(args)).stdout);
  return out;
}

describe("docs/formats.md", () => {
  it("its examples are excerpts of real runs", async () => {
    const runs = [
      ...(await sequence(TEXT_CHECK_FORMATS.map((f) => [...UNIT, "--format", f]))),
      (await cwplan(["check", "fixtures/drops/bad/many-problems.csv", "--format", "junit"])).stdout,
      (await cwplan(["report", "fixtures/scenario/drops"])).stdout,
    ];
    const lines = new Set(runs.flatMap((s) => s.split(/\r?\n/)));
    const doc = readFileSync(join(ROOT, "docs", "formats.md"), "utf8");
    const blocks = [...doc.matchAll(/```([a-z]*)\n([\s\S]*?)```/g)]
      .filter((m) => !["json", "sh"].includes(m[1] as string))
      .map((m) => m[2] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const block of blocks) {
      for (const line of block.split("\n")) {
        if (line === "" || line.includes("…")) continue;
        expect(lines.has(line), line).toBe(true);
      }
    }
  });
});

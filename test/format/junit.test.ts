import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkToJson } from "../../src/format/check/json.js";
import { formatJunit, xmlAttr, xmlText } from "../../src/format/check/junit.js";
import type { CheckOutput } from "../../src/format/check-output.js";
import { badFile, options, scenario } from "./helpers.js";

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["testsuite", "testcase", "property"].includes(name),
});

function parseJunit(xml: string): { root: Node; suites: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { testsuites: Node };
  return { root: doc.testsuites, suites: doc.testsuites.testsuite as Node[] };
}

const cases = (s: Node) => (s.testcase as Node[] | undefined) ?? [];
const n = (v: unknown) => Number(v);

/** Attribute counts agree with the elements inside, per suite and in total. */
function expectConsistent(root: Node, suites: Node[]): void {
  let total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const s of suites) {
    const c = cases(s);
    const counted = {
      tests: c.length,
      failures: c.filter((x) => "failure" in x).length,
      errors: c.filter((x) => "error" in x).length,
      skipped: c.filter((x) => "skipped" in x).length,
    };
    expect({
      tests: n(s.tests),
      failures: n(s.failures),
      errors: n(s.errors),
      skipped: n(s.skipped),
    }).toEqual(counted);
    total = {
      tests: total.tests + counted.tests,
      failures: total.failures + counted.failures,
      errors: total.errors + counted.errors,
      skipped: total.skipped + counted.skipped,
    };
  }
  expect({
    tests: n(root.tests),
    failures: n(root.failures),
    errors: n(root.errors),
    skipped: n(root.skipped),
  }).toEqual(total);
}

describe("xml escaping", () => {
  it("escapes markup and strips characters XML 1.0 forbids", () => {
    expect(xmlText("a & b < c > d")).toBe("a &amp; b &lt; c &gt; d");
    expect(xmlAttr(`"q" 'a' \n`)).toBe("&quot;q&quot; &apos;a&apos; &#10;");
    expect(xmlText("x\u0000\u0001\u0008\u000B\u001F\uFFFE\uFFFFy")).toBe("xy");
    expect(xmlText("lone \uD800 surrogate")).toBe("lone  surrogate");
    expect(xmlText("tab\tnl\ncr\r 😀 中")).toBe("tab\tnl\ncr\r 😀 中");
  });
});

describe("formatJunit", () => {
  it("per-unit suites whose counts match the JSON summary and roll-ups", async () => {
    for (const failOn of ["behind", "at-risk", "missed", "no-data", "never"] as const) {
      const report = await scenario({ asOf: "2025-06-30", failOn });
      const { root, suites } = parseJunit(formatJunit(report, options()));
      expectConsistent(root, suites);
      const json = checkToJson(report, options()) as {
        summary: Record<string, number>;
        units: { id: string; summary: Record<string, number> }[];
      };
      const failing = (c: Record<string, number>) =>
        (["behind", "at-risk", "missed", "no-data"] as const)
          .filter((s) =>
            failOn === "never"
              ? false
              : failOn === "no-data"
                ? true
                : s !== "no-data" &&
                  ["behind", "at-risk", "missed"].indexOf(s) >=
                    ["behind", "at-risk", "missed"].indexOf(failOn),
          )
          .reduce((a, s) => a + (c[s] ?? 0), 0);
      const skipped = (c: Record<string, number>) =>
        failOn === "no-data" ? 0 : (c["no-data"] ?? 0);

      // the data suite first, then one suite per unit that owns a target (every Chengwu
      // target has an owner: no plan-wide suite), each with the targets it owns
      expect(suites[0]?.name).toBe("data");
      const unitSuites = suites.slice(1);
      const owning = json.units.filter((u) => Object.values(u.summary).some((x) => x > 0));
      expect(unitSuites).toHaveLength(owning.length);
      for (const [i, u] of owning.entries()) {
        const s = unitSuites[i] as Node;
        const props = (s.properties as { property: Node[] }).property;
        expect(props.find((p) => p.name === "unit")?.value).toBe(u.id);
        const total = Object.values(u.summary).reduce((a, b) => a + b, 0);
        expect(n(s.tests)).toBe(total);
        expect(n(s.failures)).toBe(failing(u.summary));
        expect(n(s.skipped)).toBe(skipped(u.summary));
      }
      // distinct targets: failures and skips match the JSON summary
      const all = suites.slice(1).flatMap(cases);
      const distinct = (pred: (c: Node) => boolean) =>
        new Set(all.filter(pred).map((c) => String(c.name).split(":")[0])).size;
      expect(distinct(() => true)).toBe(report.check.results.length);
      expect(all).toHaveLength(report.check.results.length); // each target once
      expect(distinct((c) => "failure" in c)).toBe(failing(json.summary));
      expect(distinct((c) => "skipped" in c)).toBe(skipped(json.summary));
    }
  });

  it("data errors are <error> cases of the data suite; odd text stays well-formed", async () => {
    const base = await scenario({ asOf: "2025-06-30", unit: "housing-construction" });
    const first = base.check.results[0];
    if (!first) throw new Error("no result");
    const odd = "A & B <c> \"d\" 'e' \u0001\u001b[31m";
    const report: CheckOutput = {
      ...base,
      check: {
        ...base.check,
        results: [
          { ...first, target: { ...first.target, name: { zh: odd, en: odd } } },
          ...base.check.results.slice(1),
        ],
      },
      files: [badFile(odd)],
    };
    for (const lang of ["en", "zh"] as const) {
      const xml = formatJunit(report, options(lang));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none may be left
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      const { root, suites } = parseJunit(xml);
      expectConsistent(root, suites);
      const data = suites[0] as Node;
      expect(n(data.errors)).toBe(1); // the warning is no error
      const err = (cases(data)[0] as Node).error as Node;
      expect(err.type).toBe("value-not-number");
      expect(String(err.message)).toContain("A & B <c> \"d\" 'e'");
      const named = suites.flatMap(cases).find((c) => String(c.name).includes("A & B"));
      expect(named?.name).toBe(`${first.target.id}: A & B <c> "d" 'e' [31m`);
    }
  });
});

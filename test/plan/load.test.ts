/** Bad plans get one clear, located error each — never a stack trace. */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CwplanError } from "../../src/errors.js";
import { problemWords } from "../../src/i18n/errors.js";
import { EMBEDDED_PLAN, loadPlan } from "../../src/plan/load.js";
import { parsePlan } from "../../src/plan/parse.js";

const fixture = (name: string) => join(import.meta.dirname, "..", "..", "fixtures", "plans", name);

async function failure(path: string): Promise<CwplanError> {
  try {
    await loadPlan(path);
  } catch (e) {
    if (e instanceof CwplanError) return e;
    throw e;
  }
  throw new Error(`${path} loaded without an error`);
}

describe("loading a plan", () => {
  it("loads the mini plan", async () => {
    const { plan } = await loadPlan(fixture("mini.yaml"));
    expect(plan.targets.map((t) => t.id)).toEqual(["green-area-2025", "new-jobs-annual"]);
  });

  it.each([
    [
      "wrong-type.yaml",
      "plan-schema",
      35,
      157,
      /^target "新增绿色建筑10万平方米" \(line 35\), `value`: must be a number/,
    ],
    ["unknown-field.yaml", "plan-schema", 20, 28, /unknown field `label`/],
    ["unknown-unit.yaml", "plan-unknown-unit", 33, 17, /names the unit "labour"/],
    ["unknown-owner.yaml", "plan-unknown-owner", 35, 82, /owned by "nobody"/],
    ["duplicate-id.yaml", "plan-duplicate-id", 36, 5, /"green-area-2025" is defined twice/],
    [
      "deadline-outside-window.yaml",
      "plan-deadline-outside-window",
      36,
      173,
      /2027-12-31, outside the plan window/,
    ],
    ["approx-without-tolerance.yaml", "plan-missing-tolerance", 36, 136, /without a tolerance/],
    [
      "percent-relative-tolerance.yaml",
      "plan-relative-tolerance",
      36,
      175,
      /in percent: its "approximately" \(~\) tolerance is absolute/,
    ],
    ["alias-bomb.yaml", "plan-alias-bomb", 1, 1, /too many YAML aliases/],
    ["not-yaml.yaml", "plan-not-yaml", 2, 1, /not valid YAML/],
    ["plain-text.yaml", "plan-not-mapping", 1, 1, /not a YAML mapping/],
    ["unsafe-text.yaml", "plan-unsafe-text", 2, 16, /invisible control character U\+202E/],
  ])("%s → %s at %i:%i", async (name, code, line, col, message) => {
    const e = await failure(fixture(`bad/${name}`));
    expect(e.code).toBe(code);
    expect(e.where).toMatchObject({ line, col });
    expect(e.where?.file).toMatch(new RegExp(`bad/${name.replace(".", "\\.")}$`));
    expect(problemWords(e, "en").message).toMatch(message);
  });

  it.each([
    ["wrong-type.yaml", /^目标“新增绿色建筑10万平方米”（第 35 行）的 `value` 应为数字，或进度状态/],
    ["unknown-field.yaml", /：未知字段 `label`$/],
    ["unknown-unit.yaml", /^措施 \d+ 列出的单位“labour”不在 `units` 中$/],
    ["unknown-owner.yaml", /的责任单位“nobody”不在 `units` 中$/],
    ["duplicate-id.yaml", /^目标编号“green-area-2025”重复定义/],
    ["deadline-outside-window.yaml", /的完成时限 2027-12-31 不在方案期/],
    ["alias-bomb.yaml", /^方案使用的 YAML 别名过多/],
    ["not-yaml.yaml", /^方案文件不是有效的 YAML：/],
    ["plain-text.yaml", /^方案文件不是由各部分组成的 YAML 映射$/],
    ["unsafe-text.yaml", /^文字中含有不可见的控制字符 U\+202E/],
  ])("%s is said in Chinese too", async (name, message) => {
    const e = await failure(fixture(`bad/${name}`));
    expect(problemWords(e, "zh").message).toMatch(message);
  });

  it("refuses a 50 MB file before reading it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-"));
    const big = join(dir, "big.yaml");
    writeFileSync(big, "plan: x\n");
    truncateSync(big, 50 * 1024 * 1024);
    const e = await failure(big);
    expect(e.code).toBe("plan-too-large");
    expect(problemWords(e, "en").message).toMatch(/50\.0 MiB/);
  });

  it("refuses a binary file and a missing one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-"));
    const bin = join(dir, "plan.yaml");
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect((await failure(bin)).code).toBe("plan-not-text");
    expect(problemWords(await failure(join(dir, "missing.yaml")), "en").message).toMatch(
      /no such file/,
    );
  });

  it("reports every schema problem, not just the first", () => {
    const text =
      "plan: {}\npolicy: {}\nsections: []\nunits: []\nareas: []\nindicators: []\nmeasures: []\ntargets: []\n";
    try {
      parsePlan(text, "x.yaml");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CwplanError);
      const all = [e as CwplanError, ...(e as CwplanError).more];
      expect(all.length).toBeGreaterThan(5);
      expect(all.every((x) => x.where?.file === "x.yaml" && (x.where.line ?? 0) >= 1)).toBe(true);
    }
  });
});

describe("a plan larger than 32-bit row keys", () => {
  it("is the data layer's business: the plan is accepted, its rows keyed past 2^32", async () => {
    const { checkPlan } = await import("../../src/plan/semantics.js");
    const { plan } = await loadPlan(fixture("mini.yaml"));
    const big = {
      ...plan,
      areas: Array.from({ length: 40_000 }, (_, i) => ({
        id: `a${i}`,
        name: `镇${i}`,
        en: `T${i}`,
        type: "town" as const,
        aliases: [],
      })),
      indicators: Array.from({ length: 3_000 }, (_, i) => ({
        id: `i${i}`,
        name: { zh: `指标${i}`, en: `I${i}` },
        unit: "个",
        kind: "level" as const,
        rollup: "sum" as const,
      })),
    };
    expect(checkPlan(big).filter((p) => p.code === "plan-too-large")).toEqual([]);
    expect(checkPlan(plan).some((p) => p.code === "plan-too-large")).toBe(false);
    // the largest key of the big plan is past 32 bits, and duplicate detection takes it
    const { indexPlan, keyOf, periodOrdinal } = await import("../../src/data/plan-index.js");
    const { DuplicateIndex } = await import("../../src/data/duplicates.js");
    const index = indexPlan(big);
    const last = keyOf(index, 2_999, periodOrdinal(index, big.plan.window.end.slice(0, 7)), 40_000);
    expect(last).toBeGreaterThan(2 ** 32);
    const seen = new DuplicateIndex();
    expect(seen.firstOrAdd(last, "a.csv", 2, 5, 1)).toBeUndefined();
    expect(seen.firstOrAdd(last - 2 ** 32, "a.csv", 3, 6, 1)).toBeUndefined();
    expect(seen.firstOrAdd(last, "b.csv", 9, 7, 1)).toMatchObject({
      file: "a.csv",
      line: 2,
      value: 5,
    });
  });
});

describe("the embedded plan as the tests load it", () => {
  // the generate step (scripts/build.mjs, run by the fast project's set-up)
  // pre-parses plan/chengwu.yaml into src/generated/, as the build does into
  // dist/: in-process runs take it instead of parsing the YAML each time
  it("is the plan a fresh parse of the YAML gives, and is what loadPlan() returns", async () => {
    const bytes = readFileSync(EMBEDDED_PLAN);
    const fresh = parsePlan(bytes.toString("utf8"), "plan/chengwu.yaml");
    const loaded = await loadPlan();
    expect(loaded.parsed).toBe(false);
    expect(loaded.plan).toEqual(fresh);
  });

  it("serves a copy byte for byte from it too, and parses an edited copy of the same length", async () => {
    const bytes = readFileSync(EMBEDDED_PLAN);
    const dir = mkdtempSync(join(tmpdir(), "cwplan-plan-copy-"));
    const copy = join(dir, "chengwu.yaml");
    writeFileSync(copy, bytes);
    const same = await loadPlan(copy);
    expect(same.parsed).toBe(false);
    expect(same.plan).toEqual((await loadPlan()).plan);
    const text = bytes.toString("utf8");
    expect(text).toContain("staleMonths: 3");
    const edited = Buffer.from(text.replace("staleMonths: 3", "staleMonths: 4"));
    expect(edited.length).toBe(bytes.length);
    writeFileSync(copy, edited);
    const parsed = await loadPlan(copy);
    expect(parsed.parsed).toBe(true);
    expect(parsed.plan.policy.staleMonths).toBe(4);
    expect(same.plan.policy.staleMonths).toBe(3);
  });
});

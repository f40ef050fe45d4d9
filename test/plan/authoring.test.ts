/**
 * A plan written in Chinese only: no English names, no policy, no areas,
 * units named by their names and short forms. It loads, English output falls
 * back to the Chinese, and a unit name that names no unit gets the nearest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CwplanError } from "../../src/errors.js";
import { problemWords } from "../../src/i18n/errors.js";
import { loadPlan } from "../../src/plan/load.js";
import { parsePlan } from "../../src/plan/parse.js";
import { DEFAULT_POLICY } from "../../src/plan/resolve.js";
import { runMain } from "../cli/run.js";

const fixture = join(import.meta.dirname, "..", "..", "fixtures", "plans", "zh-only.yaml");
const text = readFileSync(fixture, "utf8");

function failure(yaml: string): CwplanError {
  try {
    parsePlan(yaml, "p.yaml");
  } catch (e) {
    if (e instanceof CwplanError) return e;
    throw e;
  }
  throw new Error("loaded without an error");
}

describe("a plan in Chinese only", () => {
  it("loads with the defaults filled in and units resolved by name", async () => {
    const { plan } = await loadPlan(fixture);
    expect(plan.plan.title).toEqual({ zh: "示例县城镇化方案", en: "示例县城镇化方案" });
    expect(plan.policy).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toMatchObject({ passPace: 0.95, behindPace: 0.6 });
    expect(plan.areas).toEqual([]);
    expect(plan.units[2]).toEqual({ id: "u3", name: "县水务局", en: "县水务局", aliases: [] });
    expect(plan.measures.map((m) => m.units.map((u) => u.unit))).toEqual([["u1"], ["u2", "u3"]]);
    expect(plan.targets.map((t) => t.owner)).toEqual([undefined, "u2", "u3"]);
  });

  it("keeps a policy value it sets and defaults the others", () => {
    const plan = parsePlan(text.replace("sections:", "policy: { staleMonths: 2 }\nsections:"), "p");
    expect(plan.policy).toEqual({ ...DEFAULT_POLICY, staleMonths: 2 });
  });

  it("prints in English with the Chinese names where there is no English", async () => {
    const r = await runMain(["--plan", fixture, "units", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("县水务局");
  });

  it.each([
    ["owner: 县人社局 }", "owner: 县人设局 }", "县人设局", "县人力资源和社会保障局 (u2)"],
    ["owner: 县水务局 }", "owner: 县水利局 }", "县水利局", "县水务局 (u3)"],
    [
      "{ unit: 县住建局, role: sole }",
      "{ unit: 县主建局, role: sole }",
      "县主建局",
      "县住房和城乡建设局 (u1)",
    ],
  ])("a unit named wrongly (%s → %s) gets the nearest name", (from, to, bad, near) => {
    const e = failure(text.replace(from, to));
    expect(problemWords(e, "en").message).toContain(`"${bad}", which is not in \`units\``);
    expect(problemWords(e, "en").hint).toBe(
      `did you mean ${near}? A unit may be named by its id, its name or an alias`,
    );
    expect(problemWords(e, "zh").hint).toBe(`是否应为 ${near}？单位可写编号、名称或简称`);
  });

  it("a unit name nothing is near gets no guess", () => {
    const e = failure(text.replace("owner: 县水务局 }", "owner: 县气象局 }"));
    expect(e.code).toBe("plan-unknown-owner");
    expect(problemWords(e, "en").hint).toMatch(/^use the id, name or an alias/);
  });
});

describe("shape problems said for the plan's author", () => {
  it.each([
    [
      "title: { zh: 示例县城镇化方案 }",
      "title: 示例方案",
      "`plan.title`: must be a mapping",
      "write it like `title: { zh: 示例方案 }`",
      "`plan.title` 应为映射",
      "写法如 `title: { zh: 示例方案 }`",
    ],
    [
      "  - { numeral: 一, title: { zh: 重点任务 } }",
      "  - 重点任务",
      'section "重点任务" (line 9): must be a mapping',
      "write it like `- { numeral: 一, title: { zh: 总体要求 } }`",
      "部分“重点任务”（第 9 行）应为映射",
      "写法如 `- { numeral: 一, title: { zh: 总体要求 } }`",
    ],
    [
      "quote: 公共供水管网漏损率控制在9%以内,",
      "",
      'target "漏损率控制在9%以内" (line 35): `quote` is missing',
      "write it like `quote: 新增绿色建筑10万平方米以上`",
      "目标“漏损率控制在9%以内”（第 35 行）缺少 `quote`",
      "写法如 `quote: 新增绿色建筑10万平方米以上`",
    ],
    [
      "deadline: 2027-12-31, cadence: annual",
      "deadline: 2027年底, cadence: annual",
      'target "每年新增就业1000人" (line 34), `deadline`: must be a date YYYY-MM-DD',
      "write it like `deadline: 2027-12-31`",
      "目标“每年新增就业1000人”（第 34 行）的 `deadline` 应为 YYYY-MM-DD 格式的日期",
      "写法如 `deadline: 2027-12-31`",
    ],
  ])("%s → %s", (from, to, en, enHint, zh, zhHint) => {
    expect(text).toContain(from);
    const e = failure(text.replace(from, to));
    const w = [problemWords(e, "en"), problemWords(e, "zh")];
    expect([w[0]?.message, w[0]?.hint, w[1]?.message, w[1]?.hint]).toEqual([
      en,
      enHint,
      zh,
      zhHint,
    ]);
  });

  it("a target's section, unit and cadence come from its measure and indicator; a milestone needs no unit", () => {
    const plan = parsePlan(
      text
        .replace("measure: 2, section: 一, indicator: i2", "measure: 2, indicator: i2")
        .replace(
          "value: 1000, unit: 人, deadline: 2027-12-31, cadence: annual,",
          "value: 1000, deadline: 2027-12-31,",
        ),
      "p",
    );
    expect(plan.targets[1]).toMatchObject({ section: "一", unit: "人", cadence: "annual" });
    expect(plan.targets[0]).toMatchObject({ cadence: "by-deadline" });
  });
});

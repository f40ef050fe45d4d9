/** The plan's views in Chinese take Chinese punctuation (：（）、，), in English ASCII. */
import { describe, expect, it } from "vitest";
import {
  renderMeasure,
  renderPlanTable,
  renderTarget,
  renderUnits,
  unitDuties,
} from "../../src/format/plan.js";
import { noColour } from "../../src/format/style.js";
import { loadPlan } from "../../src/plan/load.js";

const { plan } = await loadPlan();
const view = (lang: "zh" | "en") => ({ lang, width: 160, style: noColour });
const measure = plan.measures.find((m) => m.number === 14);
const target = plan.targets.find((t) => t.measure === 14);
if (!measure || !target) throw new Error("the plan has no measure 14 with a target");

/** The lines of Chinese text: every line but the ids and the quoted plan text. */
function chineseLines(text: string): string[] {
  return text.split("\n").filter((l) => /[\u4e00-\u9fff]/.test(l) && !l.includes("「"));
}

describe("Chinese punctuation in show, plan and units", () => {
  it("show: a measure", () => {
    const zh = renderMeasure(plan, measure, view("zh"));
    expect(zh).toContain("部分：五\n");
    expect(zh).toContain("责任单位：县人力资源和社会保障局（负责）\n");
    expect(zh).toContain("\n目标：\n");
    expect(zh).toContain("（主责单位：县里的分工指定，非方案原文）");
    // no ASCII colon or parenthesis outside the plan's own text (the last line)
    const own = zh.split("\n").slice(0, -2).join("\n");
    expect(own).not.toMatch(/[:()]/);
    expect(renderMeasure(plan, measure, view("en"))).toContain(
      "Responsible units: County Bureau of Human Resources and Social Security (sole)",
    );
  });

  it("show: a target", () => {
    const zh = renderTarget(plan, target, view("zh"));
    expect(zh).toMatch(/\n指标：urban-new-jobs（.+；年度累计，人）\n/);
    // a comma between digits groups thousands (4,700), as Chinese figures are written
    for (const l of chineseLines(zh)) expect(l, l).not.toMatch(/[:();]|,(?!\d{3}\b)/);
    expect(zh).toContain("≥ 4,700 人");
    expect(renderTarget(plan, target, view("en"))).toMatch(/\nIndicator: urban-new-jobs \(.+; /);
  });

  it("plan and units", () => {
    const table = renderPlanTable(plan, [measure], false, view("zh"));
    expect(table).toContain("县人力资源和社会保障局（负责）");
    expect(table).toMatch(/1 项措施，\d+ 个目标/);
    const units = renderUnits(unitDuties(plan), view("zh"));
    expect(units).toContain("14（负责）");
    expect(units).not.toMatch(/\d \(/);
  });
});

/**
 * Issue 20, item 3: a figure sent by a unit that neither owns the indicator
 * nor is accepted for it is warned about (`reported-by-other`), naming both
 * units; a plan's `reporters` on the indicator accepts a unit (no warning),
 * and `mayReport` (src/plan/owners.ts) is the one place that decides.
 */
import { describe, expect, it } from "vitest";
import { validateBytes } from "../../src/data/read.js";
import { CwplanError } from "../../src/errors.js";
import { problemWords } from "../../src/i18n/errors.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { loadPlan } from "../../src/plan/load.js";
import { mayReport } from "../../src/plan/owners.js";
import { parsePlan } from "../../src/plan/parse.js";
import { runMain } from "../cli/run.js";
import { miniPlan } from "../data/mini-plan.js";
import { trialMonth } from "../intake/trial.js";
import { planWithReporters, withReporters } from "./plans.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);

interface JsonFinding {
  code: string;
  severity: string;
  file: string;
  line?: number;
  args?: Record<string, string>;
  message: string;
}

async function validate(lang: string, ...more: string[]) {
  const r = await runMain(
    [...more, "--lang", lang, "validate", dir, "--recursive", "--format", "json"],
    { columns: 100 },
  );
  const out = JSON.parse(r.stdout) as { files: { path: string; findings: JsonFinding[] }[] };
  return out.files.flatMap((f) => f.findings).filter((f) => f.code === "reported-by-other");
}

describe("mayReport", () => {
  it("is true for the owner, false for another unit, true for a unit the plan accepts", () => {
    expect(mayReport(plan, "renewable-capacity", "development-reform")).toBe(true);
    expect(mayReport(plan, "renewable-capacity", "industry-it")).toBe(false);
    expect(mayReport(plan, "renewable-capacity", "statistics")).toBe(false);
    const p = parsePlan(withReporters("县统计局, industry-it"), "p.yaml");
    // a name or an alias resolves to the unit's id, as an owner's does
    expect(p.indicators.find((i) => i.id === "renewable-capacity")?.reporters).toEqual([
      "statistics",
      "industry-it",
    ]);
    expect(mayReport(p, "renewable-capacity", "development-reform")).toBe(true);
    expect(mayReport(p, "renewable-capacity", "industry-it")).toBe(true);
    expect(mayReport(p, "renewable-capacity", "statistics")).toBe(true);
    expect(mayReport(p, "renewable-capacity", "commerce")).toBe(false);
    // accepted for one indicator only
    expect(mayReport(p, "key-labs", "statistics")).toBe(false);
    expect(mayReport(p, "key-labs", "science-tech")).toBe(true);
  });

  it("a reporter that names no unit is an error of the plan, with the nearest name", () => {
    let e: unknown;
    try {
      parsePlan(withReporters("县统记局"), "p.yaml");
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(CwplanError);
    if (!(e instanceof CwplanError)) return;
    expect(e.code).toBe("plan-unknown-reporter");
    expect(problemWords(e, "en").message).toBe(
      'indicator renewable-capacity accepts figures from "县统记局", which is not in `units`',
    );
    expect(problemWords(e, "zh").hint).toBe(
      "是否应为 县统计局 (statistics)？单位可写编号、名称或简称",
    );
  });
});

describe("reported-by-other in the trial month", () => {
  it("validate warns, naming the sender and the owner in the output language", async () => {
    const zh = await validate("zh");
    expect(zh).toHaveLength(1);
    const [f] = zh;
    expect(f?.severity).toBe("warning");
    expect(f?.file.endsWith("县工信局-2025-07.csv")).toBe(true);
    expect(f?.line).toBe(6);
    expect(f?.args).toMatchObject({
      indicator: "renewable-capacity",
      senderId: "industry-it",
      ownerId: "development-reform",
    });
    expect(f?.message).toContain("由县工业和信息化局报送，但该指标的责任单位是县发展和改革局");
    const [e] = await validate("en");
    expect(e?.message).toContain(
      "was sent by County Bureau of Industry and Information Technology, but its figure is County Development and Reform Bureau's",
    );
    expect(e?.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("the text output says it at 80 columns in Chinese, with both units", async () => {
    const r = await runMain(["--lang", "zh", "validate", dir, "--recursive"], { columns: 80 });
    const text = r.stdout.replace(/\s+/g, "");
    expect(text).toContain("[reported-by-other]");
    expect(text).toContain("由县工业和信息化局报送，但该指标的责任单位是县发展和改革局");
  });

  it("is silenced when the plan accepts the sender for the indicator (reporters:)", async () => {
    expect(await validate("zh", "--plan", planWithReporters("县工信局"))).toEqual([]);
    // another indicator's reporters do not silence it
    const other = planWithReporters("县工信局", "key-labs");
    expect(await validate("zh", "--plan", other)).toHaveLength(1);
  });
});

describe("an indicator nobody owns", () => {
  // measure 2 with shared units only: its targets have no owner
  const unowned = {
    ...miniPlan,
    measures: miniPlan.measures.map((m) =>
      m.number === 2 ? { ...m, units: m.units.map((u) => ({ ...u, role: "shared" as const })) } : m,
    ),
  };
  const csv = [
    "indicator,period,value,unit,area,reported_by,note",
    "pv-capacity-new,2024-06,1,,,人社局,",
    "pv-capacity-new,2024-07,1,,,发改局,",
  ].join("\n");
  const tags = (p: typeof miniPlan) =>
    validateBytes(Buffer.from(csv), "x.csv", p).findings.map((f) => `${f.code}@${f.line}`);

  it("accuses nobody of reporting another's figure; a unit no measure names is still not responsible", () => {
    expect(mayReport(unowned, "pv-capacity-new", "hrss")).toBe(true);
    expect(tags(unowned)).toEqual(["not-responsible@2"]);
    const [f] = validateBytes(Buffer.from(csv), "x.csv", unowned).findings;
    expect(f && findingMessage(f, "zh")).toBe(
      "第 2 行的填报单位“人社局”不是指标 pv-capacity-new 的责任单位（责任单位：县发展改革局、县住房城乡建设局）。请核对指标或填报单位是否填错。",
    );
    // owned (measure 2's lead, 住建局): both are another unit's figure
    expect(tags(miniPlan)).toEqual(["reported-by-other@2", "reported-by-other@3"]);
  });

  it("an unknown sender is never accused", () => {
    const rows = ["indicator,period,value", "pv-capacity-new,2024-06,1"].join("\n");
    expect(validateBytes(Buffer.from(rows), "x.csv", miniPlan).findings).toEqual([]);
  });
});

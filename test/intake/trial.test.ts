/**
 * Issue 20's acceptance month (test/intake/trial.ts): the exact 催报 status
 * of every owner's every figure, and every file received with its sender
 * and outcome, as `cwplan submissions` gives them, in both languages.
 */
import { describe, expect, test } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { trialMonth } from "./trial.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);
const run = (lang: string, ...more: string[]) =>
  runMain(["--lang", lang, "submissions", dir, "--recursive", "--period", "2025-07", ...more], {
    columns: 100,
  });

/** Text without its white space: lines wrap at the terminal's width, in Chinese between any two characters. */
const flat = (s: string): string => s.replace(/\s+/g, "");

interface Json {
  owners: {
    id: string;
    complete: boolean;
    missing: { indicator: string; status: string; by?: string[] }[];
    reported: { indicator: string; status: string; by?: string[] }[];
  }[];
  received: {
    file: string;
    sender: string | null;
    senderSource: string;
    outcome: string;
    returned: { line: number; indicator: string | null }[];
    supersededBy?: string;
  }[];
}

/** Every owner's figures for July, worked out by hand from trial.ts's table. */
const STATUS: Record<string, Record<string, string>> = {
  "development-reform": {
    "renewable-capacity": "by-other industry-it",
    "coal-unit-retrofit": "reported",
    "town-area-population": "missing",
  },
  "industry-it": {
    "ten-strong-clusters": "reported",
    "tech-upgrade-projects": "returned",
    "iot-terminals": "reported",
    "base-stations-5g": "reported",
  },
  commerce: { "county-logistics-park": "missing", "town-delivery-centers": "reported" },
  "culture-tourism": { "culture-tourism-towns": "reported", "rural-tourism-villages": "reported" },
  "housing-construction": {
    "green-building-standard-share": "reported",
    "green-building-area": "reported",
    "green-material-firms": "reported",
    "green-material-share": "reported",
    "prefab-building-share": "reported",
    "prefab-assembly-rate": "reported",
    "combined-sewer-remaining": "reported",
  },
  "organization-dept": { "young-talent": "missing", "talent-to-grassroots": "missing" },
  "science-tech": { "key-labs": "reported" },
  "human-resources": {
    "urban-new-jobs": "reported",
    "migrant-worker-training": "reported",
    "pension-insurance-rate": "reported",
  },
  transport: {
    "road-chengwen": "missing",
    "road-dongyu-north-2": "missing",
    "road-dongyu-north-1": "missing",
    "port-phase-2": "missing",
    "village-logistics-coverage": "missing",
  },
  "education-sports": {
    "sports-area-per-capita": "unreadable",
    "digital-campus-coverage": "unreadable",
    "school-pairing-coverage": "unreadable",
  },
  "ecology-environment": { "black-odorous-water": "missing" },
  water: { "wwtp-upgrade-share": "missing", "sewage-collection-rate": "missing" },
  "big-data": { "nb-iot-coverage": "missing" },
  "social-work-dept": { "social-work-station-coverage": "missing" },
  "political-legal": { "security-governance-coverage": "missing" },
  health: { "childcare-places-per-1000": "missing", "medical-subcenters": "missing" },
  "civil-affairs": {
    "street-elderly-center-coverage": "unreadable",
    "town-elderly-center-coverage": "unreadable",
    "day-care-coverage": "unreadable",
  },
  "medical-security": { "outpatient-reimbursement-increase": "missing" },
  // the fraction 0.512: refused as a likely fraction (issue 20, item 4), so returned for correction
  statistics: { "urbanization-rate": "returned" },
};

/** Every file, in the order read: sender, how it was known, outcome, rows returned. */
const RECEIVED = [
  ["2025-06/2025-06.csv", "statistics", "reported-by", "accepted", ""],
  ["2025-07/人社局7月报表.xlsx", "human-resources", "reported-by", "accepted-with-warnings", ""],
  ["2025-07/县商务局.csv", "commerce", "reported-by", "accepted", ""],
  ["2025-07/县工信局-2025-07.csv", "industry-it", "reported-by", "returned", "3"],
  ["2025-07/县教育和体育局2025年7月.xls", "education-sports", "file-name", "unreadable", ""],
  ["2025-07/县文旅局.csv", "culture-tourism", "reported-by", "accepted", ""],
  ["2025-07/县统计局-2025-07.csv", "statistics", "file-name", "returned", "2"],
  ["2025-07/发改局-1.csv", "development-reform", "reported-by", "superseded", "2"],
  ["2025-07/发改局-2更正.csv", "development-reform", "reported-by", "accepted", ""],
  ["2025-07/新建 Microsoft Excel 工作表.xlsx", "housing-construction", "template", "accepted", ""],
  ["2025-07/民政局-7月.et", "civil-affairs", "file-name", "unreadable", ""],
  ["2025-07/科技局.csv", "science-tech", "file-name", "accepted", ""],
];

describe("the trial month: submissions", () => {
  test("every owner's every figure has its exact status; complete only when all are its own", async () => {
    const r = await run("en", "-f", "json");
    expect(r.code).toBe(2); // the files have errors
    const out = JSON.parse(r.stdout) as Json;
    const got = Object.fromEntries(
      out.owners.map((o) => [
        o.id,
        Object.fromEntries(
          [...o.missing, ...o.reported].map((m) => [
            m.indicator,
            m.by ? `${m.status} ${m.by.join(" ")}` : m.status,
          ]),
        ),
      ]),
    );
    expect(got).toEqual(STATUS);
    for (const o of out.owners) {
      expect(o.complete, o.id).toBe(
        Object.values(STATUS[o.id] ?? {}).every((s) => s === "reported"),
      );
    }
    // 发改局 is not complete: its renewable-capacity came from 工信局
    expect(out.owners.find((o) => o.id === "development-reform")?.complete).toBe(false);
  });

  test("every file received, with its sender and outcome", async () => {
    const out = JSON.parse((await run("en", "-f", "json")).stdout) as Json;
    expect(
      out.received.map((x) => [
        x.file.slice(dir.length + 1),
        x.sender,
        x.senderSource,
        x.outcome,
        x.returned.map((l) => l.line).join(" "),
      ]),
    ).toEqual(RECEIVED);
    expect(out.received.find((x) => x.file.endsWith("发改局-1.csv"))?.supersededBy).toBe(
      `${dir}/2025-07/发改局-2更正.csv`,
    );
  });

  test("the list to chase, in Chinese and in English", async () => {
    const zh = (await run("zh")).stdout;
    for (const line of [
      "县发展和改革局 (2) · 报送率 0/19 (0%)",
      "新能源和可再生能源装机容量 renewable-capacity — 应报期 2025-07 · 他单位代报（县工业和信息化局）",
      "投资500万元以上技改项目数（年内累计） tech-upgrade-projects — 应报期 2025-07 · 退回待改（县工信局-2025-07.csv） · 此前无已采用的数据",
      "人均体育场地面积 sports-area-per-capita — 应报期 2025-07 · 文件无法读取（县教育和体育局2025年7月.xls） · 此前无已采用的数据",
      "城乡社区日间照料服务覆盖率 day-care-coverage — 应报期 2025-07 · 文件无法读取（民政局-7月.et）",
      "县级快递物流园区数 county-logistics-park — 应报期 2025-07 · 未报 · 从未报送",
      "报告期 2025-07 — 15 个主责单位有应报未报的数据，27 项数据未报",
      "本期已报齐：县文化和旅游局、县住房和城乡建设局、县科学技术局、县人力资源和社会保障局",
      "收到的报表 (12)",
      "县工信局-2025-07.csv — 县工业和信息化局 · 2025-07 · 退回待改：第 3 行",
      "县教育和体育局2025年7月.xls — 县教育和体育局（据文件名） · 2025-07 · 无法读取",
      "发改局-1.csv — 县发展和改革局 · 2025-07 · 已被更正（更正文件 发改局-2更正.csv）",
      "新建 Microsoft Excel 工作表.xlsx!填报 — 县住房和城乡建设局（据模板） · 2025-07 · 已采用",
      "民政局-7月.et — 县民政局（据文件名） · 无法读取",
      "人社局7月报表.xlsx!Sheet1 — 县人力资源和社会保障局 · 2025-07 · 已采用·有提示",
    ]) {
      expect(flat(zh)).toContain(flat(line));
    }
    const en = flat((await run("en")).stdout);
    for (const line of [
      "County Development and Reform Bureau (2) · reporting rate 0/19 (0%)",
      "renewable-capacity — Owed for 2025-07 · reported by another unit (County Bureau of Industry and Information Technology)",
      "tech-upgrade-projects — Owed for 2025-07 · returned for correction (县工信局-2025-07.csv) · nothing accepted before",
      "县工信局-2025-07.csv — County Bureau of Industry and Information Technology · 2025-07 · returned for correction: line 3",
      "民政局-7月.et — County Civil Affairs Bureau (by its file name) · cannot be read",
      "发改局-1.csv — County Development and Reform Bureau · 2025-07 · superseded (by 发改局-2更正.csv)",
    ]) {
      expect(en).toContain(flat(line));
    }
  });
});

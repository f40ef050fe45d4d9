/** Every way the document (and its users) name a unit or an area resolves to one entry. */
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { areaRegistry, countyPrefixes, unitRegistry } from "../../src/plan/registry.js";

const { plan } = await loadPlan();

/**
 * Every unit by every name an official writes: the document's name, the
 * short forms in plan/chengwu.yaml, with the county in front (成武县…, 中共成武县委…)
 * and without 县.
 */
const UNIT_FORMS: [string, string[]][] = [
  [
    "development-reform",
    [
      "县发展和改革局",
      "县发展和改革委员会",
      "县发改局",
      "发改局",
      "成武县发改局",
      "县发改委",
      "发展改革部门",
      "县发展改革局",
      "县发展改革委",
      "成武县发展和改革局",
      "发展和改革局",
    ],
  ],
  [
    "industry-it",
    [
      "县工业和信息化局",
      "县工信局",
      "县工业信息化局",
      "县经济和信息化局",
      "县经信局",
      "成武县工业和信息化局",
      "工业和信息化局",
    ],
  ],
  ["commerce", ["县商务局", "成武县商务局", "商务局"]],
  [
    "culture-tourism",
    ["县文化和旅游局", "县文旅局", "县文化旅游局", "成武县文化和旅游局", "文化和旅游局"],
  ],
  [
    "housing-construction",
    [
      "县住房和城乡建设局",
      "县住房城乡建设局",
      "县住建局",
      "住建局",
      "成武县住建局",
      "县住房和城乡建设委员会",
      "县住建委",
      "成武县住房和城乡建设局",
      "住房和城乡建设局",
    ],
  ],
  [
    "organization-dept",
    ["县委组织部", "组织部", "成武县委组织部", "中共成武县委组织部", "中共县委组织部"],
  ],
  ["science-tech", ["县科学技术局", "县科技局", "成武县科学技术局", "科学技术局"]],
  [
    "human-resources",
    [
      "县人力资源和社会保障局",
      "县人社局",
      "人社局",
      "成武县人社局",
      "成武人社局",
      " 县人社局 ",
      "县 人社局",
      "县人力资源社会保障局",
      "县人力社保局",
      "成武县人力资源和社会保障局",
      "人力资源和社会保障局",
    ],
  ],
  [
    "transport",
    ["县交通运输局", "县交通局", "交通局", "县交通运输管理局", "成武县交通运输局", "交通运输局"],
  ],
  [
    "education-sports",
    [
      "县教育和体育局",
      "县教体局",
      "县教育体育局",
      "县教育局",
      "成武县教育和体育局",
      "教育和体育局",
    ],
  ],
  [
    "state-assets",
    [
      "县国有资产监督管理局",
      "县国资局",
      "县国资委",
      "县国有资产监督管理委员会",
      "成武县国有资产监督管理局",
      "国有资产监督管理局",
    ],
  ],
  [
    "law-enforcement",
    [
      "县综合行政执法局",
      "县综合执法局",
      "县执法局",
      "县城管局",
      "县城市管理局",
      "县城市管理综合行政执法局",
      "成武县综合行政执法局",
      "综合行政执法局",
    ],
  ],
  [
    "ecology-environment",
    [
      "市生态环境局成武分局",
      "成武生态环境分局",
      "县生态环境局",
      "生态环境局",
      "成武县生态环境局",
      "县环保局",
      "菏泽市生态环境局成武分局",
      "菏泽市生态环境局成武县分局",
      "市生态环境局成武县分局",
      "县生态环境分局",
    ],
  ],
  ["water", ["县水务局", "县水利局", "成武县水务局", "水务局"]],
  ["big-data", ["县大数据局", "县大数据中心", "成武县大数据局", "大数据局"]],
  [
    "natural-resources",
    [
      "县自然资源和规划局",
      "县自然资源局",
      "县自然资源规划局",
      "县资规局",
      "资规局",
      "成武县资规局",
      "县自规局",
      "县国土资源局",
      "县国土局",
      "成武县自然资源和规划局",
      "自然资源和规划局",
    ],
  ],
  ["emergency", ["县应急局", "县应急管理局", "成武县应急局", "应急局"]],
  ["meteorology", ["县气象局", "县气象台", "成武县气象局", "气象局"]],
  [
    "fire-rescue",
    [
      "县消防救援支队",
      "县消防救援大队",
      "县消防大队",
      "县消防队",
      "成武县消防救援支队",
      "消防救援支队",
    ],
  ],
  ["publicity-dept", ["县委宣传部", "宣传部", "成武县委宣传部", "中共成武县委宣传部"]],
  [
    "social-work-dept",
    ["县委社会工作部", "社工部", "县委社工部", "成武县委社会工作部", "中共成武县委社会工作部"],
  ],
  [
    "political-legal",
    ["县委政法委", "政法委", "县委政法委员会", "成武县委政法委", "中共成武县委政法委员会"],
  ],
  [
    "housing-service-center",
    [
      "县房产服务中心",
      "县房产中心",
      "县房管中心",
      "县房产管理服务中心",
      "成武县房产服务中心",
      "房产服务中心",
    ],
  ],
  [
    "health",
    [
      "县卫生健康局",
      "县卫健局",
      "卫健局",
      "卫健委",
      "县卫健委",
      "县卫生健康委员会",
      "县卫生健康委",
      "成武县卫生健康局",
      "卫生健康局",
    ],
  ],
  ["finance", ["县财政局", "成武县财政局", "财政局"]],
  ["civil-affairs", ["县民政局", "民政", "成武县民政局", "民政局"]],
  ["medical-security", ["县医疗保障局", "县医保局", "医保局", "成武县医疗保障局", "医疗保障局"]],
  [
    "housing-fund-center",
    [
      "成武住房公积金管理中心",
      "县住房公积金管理中心",
      "县公积金中心",
      "县住房公积金中心",
      "成武公积金中心",
      "菏泽市住房公积金管理中心成武管理部",
    ],
  ],
  ["public-security", ["县公安局", "成武县公安局", "公安局"]],
  ["agriculture", ["县农业农村局", "农业农村局", "县农业局", "成武县农业农村局"]],
  [
    "supply-marketing",
    ["县供销社", "县供销合作社", "县供销合作社联合社", "县供销社联合社", "成武县供销社", "供销社"],
  ],
  [
    "urbanization-office",
    [
      "县城城镇化暨城乡融合发展工作领导小组办公室",
      "县城镇化领导小组办公室",
      "县城镇化办",
      "县城镇化办公室",
      "成武县城城镇化暨城乡融合发展工作领导小组办公室",
    ],
  ],
  [
    "financial-regulation",
    [
      "国家金融监督管理总局成武监管支局",
      "成武金融监管支局",
      "成武监管支局",
      "县金融监管支局",
      "金融监管总局成武监管支局",
    ],
  ],
  [
    "administrative-approval",
    ["县行政审批局", "县行政审批服务局", "县审批局", "成武县行政审批局", "行政审批局"],
  ],
  ["statistics", ["县统计局", "成武县统计局", "统计局"]],
];

describe("name registry", () => {
  const units = unitRegistry(plan);
  const areas = areaRegistry(plan);

  it("the table covers all 35 units and every alias in the plan", () => {
    expect(UNIT_FORMS.map(([id]) => id).sort()).toEqual(plan.units.map((u) => u.id).sort());
    expect(plan.units).toHaveLength(35);
    for (const u of plan.units) {
      const forms = UNIT_FORMS.find(([id]) => id === u.id)?.[1] ?? [];
      for (const a of [u.name, ...u.aliases]) expect(forms, u.id).toContain(a);
    }
  });

  it.each(UNIT_FORMS.flatMap(([id, forms]) => forms.map((f) => [f, id] as const)))(
    "unit %j → %s",
    (name, id) => {
      expect(units.find(name)?.id).toBe(id);
    },
  );

  it.each([
    ["development-reform", "development-reform"],
    ["County Development and Reform Bureau", "development-reform"],
    ["ＨＯＵＳＩＮＧ-ＣＯＮＳＴＲＵＣＴＩＯＮ", "housing-construction"],
    ["county bureau of human resources and social security", "human-resources"],
    ["成武县人力资源和社会保障局", "human-resources"],
    ["成武县发展和改革局", "development-reform"],
  ])("unit %j → %s (ids, English names, the issue's examples)", (name, id) => {
    expect(units.find(name)?.id).toBe(id);
  });

  it("takes the county from the plan's issuer", () => {
    expect(countyPrefixes(plan)).toEqual(["成武县", "成武"]);
  });

  it.each([
    ["九女", "jiunvji"],
    ["九女集镇", "jiunvji"],
    ["成武县九女集镇", "jiunvji"],
    ["Jiunüji Town", "jiunvji"],
    ["文亭", "wenting"],
  ])("area %s → %s", (name, id) => {
    expect(areas.find(name)?.id).toBe(id);
  });

  it("does not guess", () => {
    expect(units.find("县商业局")).toBeUndefined();
    expect(units.find("局")).toBeUndefined();
    expect(units.find("成武县")).toBeUndefined();
    expect(units.find("县")).toBeUndefined();
    expect(areas.find("九女镇")).toBeUndefined();
  });

  // the nearest name for anything else, as the canonical name of its unit
  it.each([
    ["县人设局", "县人力资源和社会保障局"],
    ["成武县人力资源社会保障部", "县人力资源和社会保障局"],
    ["县自然资源与规划局", "县自然资源和规划局"],
    ["县住房和城乡建设厅", "县住房和城乡建设局"],
    ["成武县发展和改革委", "县发展和改革局"],
    ["县资源规划局", "县自然资源和规划局"],
    ["县统记局", "县统计局"],
    ["县外星局", undefined],
    ["人民医院", undefined],
  ])("suggests for %j: %j", (name, suggestion) => {
    expect(units.find(name)).toBeUndefined();
    expect(units.suggest(name)?.name).toBe(suggestion);
  });

  it.each([
    ["九女镇", "九女集镇"],
    ["文亭街", "文亭街道"],
  ])("suggests for area %j: %j", (name, suggestion) => {
    expect(areas.find(name)).toBeUndefined();
    expect(areas.suggest(name)?.name).toBe(suggestion);
  });
});

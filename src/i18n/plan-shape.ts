/**
 * The words of a plan file's shape problems (src/plan/shape.ts), in English
 * and Chinese, written for the person who wrote the plan: which target,
 * measure or unit is wrong (by its Chinese name and line), and what the
 * field should look like, as a line of YAML to copy.
 */
import type {
  EntryKind,
  EntryRef,
  ExampleRef,
  PlanShapeProblems,
  ShapeWhere,
} from "../plan/problems.js";
import type { Lang } from "../vocabulary.js";

import type { Words } from "./words.js";

/**
 * How each part of a plan is written, by its place with list indexes as `*`:
 * the hint a shape problem gives. The values are those of a small plan
 * (docs/plan-format.md has it whole).
 */
export const PLAN_EXAMPLES: Readonly<Record<string, string>> = {
  plan: "plan: { title: { zh: 示例县城镇化方案 }, number: 示政发〔2026〕1号, issuer: 示例县人民政府, issued: 2026-02-01, window: { start: 2026-01-01, end: 2027-12-31 } }",
  "plan.title": "title: { zh: 示例县城镇化方案 }",
  "plan.title.zh": "zh: 示例县城镇化方案",
  "plan.number": "number: 示政发〔2026〕1号",
  "plan.issuer": "issuer: 示例县人民政府",
  "plan.issued": "issued: 2026-02-01",
  "plan.window": "window: { start: 2026-01-01, end: 2027-12-31 }",
  "plan.window.start": "start: 2026-01-01",
  "plan.window.end": "end: 2027-12-31",
  "plan.source": "source: 方案原文.txt",
  policy: "policy: { passPace: 0.95, behindPace: 0.6, tolerance: 0.05, staleMonths: 3 }",
  sections: "sections: [{ numeral: 一, title: { zh: 总体要求 } }]",
  "sections.*": "- { numeral: 一, title: { zh: 总体要求 } }",
  "sections.*.numeral": "numeral: 一",
  "sections.*.title": "title: { zh: 总体要求 }",
  units: "units: [{ id: water, name: 县水务局 }]",
  "units.*": "- { id: water, name: 县水务局, aliases: [县水利局] }",
  "units.*.id": "id: water",
  "units.*.name": "name: 县水务局",
  "units.*.aliases": "aliases: [县水利局]",
  areas: "areas: [{ id: east, name: 东城街道, type: street }]",
  "areas.*": "- { id: east, name: 东城街道, type: street }",
  "areas.*.id": "id: east",
  "areas.*.name": "name: 东城街道",
  "areas.*.type": "type: town",
  "areas.*.aliases": "aliases: [东城]",
  indicators:
    "indicators: [{ id: new-jobs, name: { zh: 城镇新增就业 }, unit: 人, kind: annual, rollup: sum }]",
  "indicators.*":
    "- { id: new-jobs, name: { zh: 城镇新增就业 }, unit: 人, kind: annual, rollup: sum }",
  "indicators.*.id": "id: new-jobs",
  "indicators.*.name": "name: { zh: 城镇新增就业 }",
  "indicators.*.unit": "unit: 人",
  "indicators.*.kind": "kind: level",
  "indicators.*.rollup": "rollup: sum",
  "indicators.*.max": "max: 100",
  "indicators.*.byArea": "byArea: true",
  "indicators.*.reporting": "reporting: quarterly",
  measures:
    "measures: [{ number: 1, section: 二, title: { zh: 绿色建筑 }, text: 新增绿色建筑10万平方米以上。（责任单位：县住建局）, units: [{ unit: 县住建局, role: lead }] }]",
  "measures.*":
    "- { number: 1, section: 二, title: { zh: 绿色建筑 }, text: 新增绿色建筑10万平方米以上。（责任单位：县住建局）, units: [{ unit: 县住建局, role: lead }] }",
  "measures.*.number": "number: 1",
  "measures.*.section": "section: 二",
  "measures.*.title": "title: { zh: 绿色建筑 }",
  "measures.*.text": "text: 新增绿色建筑10万平方米以上。（责任单位：县住建局）",
  "measures.*.units": "units: [{ unit: 县住建局, role: lead }]",
  "measures.*.units.*": "- { unit: 县住建局, role: lead }",
  "measures.*.units.*.unit": "unit: 县住建局",
  "measures.*.units.*.role": "role: lead",
  targets:
    'targets: [{ id: green-area, measure: 1, section: 二, indicator: green-area, name: { zh: 新增绿色建筑10万平方米 }, comparator: ">=", value: 10, unit: 万平方米, deadline: 2027-12-31, cadence: by-deadline, quote: 新增绿色建筑10万平方米以上 }]',
  "targets.*":
    '- { id: green-area, measure: 1, section: 二, indicator: green-area, name: { zh: 新增绿色建筑10万平方米 }, comparator: ">=", value: 10, unit: 万平方米, deadline: 2027-12-31, cadence: by-deadline, quote: 新增绿色建筑10万平方米以上 }',
  "targets.*.id": "id: green-area",
  "targets.*.measure": "measure: 1",
  "targets.*.section": "section: 二",
  "targets.*.indicator": "indicator: green-area",
  "targets.*.name": "name: { zh: 新增绿色建筑10万平方米 }",
  "targets.*.comparator": 'comparator: ">="',
  "targets.*.value": "value: 10",
  "targets.*.unit": "unit: 万平方米",
  "targets.*.deadline": "deadline: 2027-12-31",
  "targets.*.cadence": "cadence: by-deadline",
  "targets.*.tolerance": "tolerance: 0.05",
  "targets.*.quote": "quote: 新增绿色建筑10万平方米以上",
  "targets.*.owner": "owner: 县住建局",
  "targets.*.baseline": "baseline: { value: 6.5, date: 2025-12-31 }",
  "targets.*.baseline.value": "value: 6.5",
  "targets.*.baseline.date": "date: 2025-12-31",
  "targets.*.perArea": 'perArea: { comparator: ">=", value: 1, unit: 万人 }',
  "targets.*.reporting": "reporting: quarterly",
};

const ENTRY_EN: Record<EntryKind, string> = {
  sections: "section",
  units: "unit",
  areas: "area",
  indicators: "indicator",
  measures: "measure",
  targets: "target",
};

const ENTRY_ZH: Record<EntryKind, string> = {
  sections: "部分",
  units: "单位",
  areas: "镇街",
  indicators: "指标",
  measures: "措施",
  targets: "目标",
};

const TYPE_EN: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "null",
};

const TYPE_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  integer: "整数",
  boolean: "true/false",
  object: "映射",
  array: "列表",
  null: "空值",
};

function entryEn(e: EntryRef): string {
  const name = e.label === undefined ? "" : ` "${e.label}"`;
  const key = e.key === undefined ? "" : ` ${e.key}`;
  const line = e.line === undefined ? "" : ` (line ${e.line})`;
  if (name === "" && key === "") return `${e.kind}[${e.index}]${line}`;
  const shown = e.kind === "measures" || e.kind === "sections" || name === "" ? key + name : name;
  return `${ENTRY_EN[e.kind]}${shown}${line}`;
}

function entryZh(e: EntryRef): string {
  const name = e.label === undefined ? "" : `“${e.label}”`;
  const key = e.key === undefined ? "" : ` ${e.key} `;
  const line = e.line === undefined ? "" : `（第 ${e.line} 行）`;
  if (name === "" && key === "") return `${e.kind}[${e.index}]${line}`;
  const shown =
    e.kind === "measures" || e.kind === "sections" || name === "" ? `${key}${name}` : name;
  return `${ENTRY_ZH[e.kind]}${shown.trimEnd()}${line}`;
}

const whereEn = (w: ShapeWhere): string =>
  w.entry
    ? `${entryEn(w.entry)}${w.field ? `, \`${w.field}\`` : ""}`
    : w.field
      ? `\`${w.field}\``
      : "the plan";

/** the subject of a Chinese sentence, spaced from what follows where it ends in code */
const whereZh = (w: ShapeWhere): string =>
  w.entry
    ? `${entryZh(w.entry)}${w.field ? `的 \`${w.field}\` ` : ""}`
    : w.field
      ? `\`${w.field}\` `
      : "方案";

const likeEn = (example: string | undefined) =>
  example === undefined ? {} : { hint: `write it like \`${example}\`` };
const likeZh = (example: string | undefined) =>
  example === undefined ? {} : { hint: `写法如 \`${example}\`` };

const SHAPE_EN = {
  required: (w: ShapeWhere, field: string, example: string | undefined): Words => ({
    message: `${whereEn(w)}: \`${field}\` is missing`,
    ...likeEn(example),
  }),
  unknownField: (w: ShapeWhere, field: string, example: string | undefined): Words => ({
    message: `${whereEn(w)}: unknown field \`${field}\``,
    ...(example === undefined ? {} : { hint: `the fields here are written like \`${example}\`` }),
  }),
  type: (w: ShapeWhere, types: string[], example: string | undefined): Words => ({
    message: `${whereEn(w)}: must be ${types.map((t) => TYPE_EN[t] ?? t).join(" or ")}`,
    ...likeEn(example),
  }),
  oneOfValues: (w: ShapeWhere, values: string, example: string | undefined): Words => ({
    message: `${whereEn(w)}: must be one of ${values}`,
    ...likeEn(example),
  }),
  date: (w: ShapeWhere, example: string | undefined): Words => ({
    message: `${whereEn(w)}: must be a date YYYY-MM-DD`,
    ...likeEn(example),
  }),
  id: (w: ShapeWhere, example: string | undefined): Words => ({
    message: `${whereEn(w)}: must be an id of lower-case letters, digits and -`,
    ...likeEn(example),
  }),
  pattern: (w: ShapeWhere, pattern: string): Words => ({
    message: `${whereEn(w)}: must match ${pattern}`,
  }),
  numberOrState: (w: ShapeWhere): Words => ({
    message: `${whereEn(w)}: must be a number, or a milestone state (not_started, in_progress, done)`,
    hint: "write it like `value: 10`, or `value: done` for a milestone",
  }),
  invalid: (w: ShapeWhere, detail: string): Words => ({
    message: `${whereEn(w)}: ${detail || "is not valid"}`,
  }),
};

const SHAPE_ZH: typeof SHAPE_EN = {
  required: (w, field, example) => ({
    message: `${whereZh(w)}缺少 \`${field}\``,
    ...likeZh(example),
  }),
  unknownField: (w, field, example) => ({
    message: `${whereZh(w).trimEnd()}：未知字段 \`${field}\``,
    ...(example === undefined ? {} : { hint: `这里的字段写法如 \`${example}\`` }),
  }),
  type: (w, types, example) => ({
    message: `${whereZh(w)}应为${types.map((t) => TYPE_ZH[t] ?? t).join("或")}`,
    ...likeZh(example),
  }),
  oneOfValues: (w, values, example) => ({
    message: `${whereZh(w)}应为 ${values} 之一`,
    ...likeZh(example),
  }),
  date: (w, example) => ({
    message: `${whereZh(w)}应为 YYYY-MM-DD 格式的日期`,
    ...likeZh(example),
  }),
  id: (w, example) => ({
    message: `${whereZh(w)}应为由小写字母、数字和 - 组成的编号`,
    ...likeZh(example),
  }),
  pattern: (w, pattern) => ({ message: `${whereZh(w)}应符合格式 ${pattern}` }),
  numberOrState: (w) => ({
    message: `${whereZh(w)}应为数字，或进度状态（not_started、in_progress、done）`,
    hint: "写法如 `value: 10`；进度类目标写 `value: done`",
  }),
  invalid: (w, detail) => ({ message: `${whereZh(w).trimEnd()}：${detail || "无效"}` }),
};

/**
 * The example a hint shows: the line as it should be, for a plain text
 * written where a text in languages is due, else the example of its place.
 */
function exampleOf(ref: ExampleRef): string | undefined {
  const example = PLAN_EXAMPLES[ref.place];
  return ref.asText !== undefined && example?.includes("{ zh:") ? ref.asText : example;
}

type ShapeWords = {
  [K in keyof PlanShapeProblems]: (...args: PlanShapeProblems[K]) => Words;
};

/** The words of each shape problem, its example looked up here (src/plan/problems.ts has the keys). */
function shapeWords(t: typeof SHAPE_EN): ShapeWords {
  return {
    required: (w, field, ex) => t.required(w, field, exampleOf(ex)),
    unknownField: (w, field, ex) => t.unknownField(w, field, exampleOf(ex)),
    type: (w, types, ex) => t.type(w, types, exampleOf(ex)),
    oneOfValues: (w, values, ex) => t.oneOfValues(w, values, exampleOf(ex)),
    date: (w, ex) => t.date(w, exampleOf(ex)),
    id: (w, ex) => t.id(w, exampleOf(ex)),
    pattern: t.pattern,
    numberOrState: t.numberOrState,
    invalid: t.invalid,
  };
}

export const SHAPE_WORDS: Record<Lang, ShapeWords> = {
  en: shapeWords(SHAPE_EN),
  zh: shapeWords(SHAPE_ZH),
};

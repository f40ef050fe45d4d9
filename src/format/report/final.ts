/**
 * The final evaluation report (终期评估报告) as blocks: the title and dates,
 * the overall picture, by section and measure, by owner, every quantified
 * target, annual targets year by year, milestones, a blank 原因分析及下步打算
 * for each target not done or nearly done, and an appendix on the data.
 * Nothing about 上期 or pace: a final evaluation compares with the baseline.
 */
import type { FileResult } from "../../data/types.js";
import type { FinalCounts, FinalEvaluation, FinalTarget } from "../../evaluate/final.js";
import type { FinalData } from "../../evaluate/final-data.js";
import { CLASS_LABELS, classText, finalWords } from "../../i18n/final.js";
import { findingMessage } from "../../i18n/findings.js";
import { PUNCT } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/lang.js";
import type { Plan } from "../../plan/types.js";
import { FINAL_CLASS_ORDER, type MilestoneState } from "../../vocabulary.js";
import { findingPlace } from "../check/findings.js";
import { name } from "../check/parts.js";
import { figureDigits, pct, signed, valueText } from "../numbers.js";
import { targetExpression } from "../plan.js";
import { safeFinding, safeText } from "../safe.js";
import type { Block } from "./blocks.js";

export interface FinalReportInput {
  plan: Plan;
  final: FinalEvaluation;
  data: FinalData;
  files: FileResult[];
  /** rows accepted over every file */
  rows: number;
}

/** `48.9%`, `4,650 人`: a figure as reported, at its own precision (never fewer decimals than the target's). */
function figure(r: FinalTarget, v: number | MilestoneState | undefined, lang: Lang): string {
  if (v === undefined || typeof v === "string") return valueText(v, r.target.unit, lang);
  const written = typeof r.target.value === "number" ? r.target.value : undefined;
  return valueText(v, r.target.unit, lang, figureDigits(r.target.unit, written, v));
}

/**
 * A baseline's date in a cell: the year for a year's end, else YYYY-MM; 1
 * January (a count from the plan's start, or a year's) is the end of the
 * year before.
 */
function when(date: string): string {
  if (date.endsWith("-01-01")) return String(Number(date.slice(0, 4)) - 1);
  return date.endsWith("-12-31") ? date.slice(0, 4) : date.slice(0, 7);
}

function rateText(rate: number | undefined): string {
  return pct(rate, 1);
}

function changeText(r: FinalTarget, lang: Lang): string {
  if (r.change === undefined) return "—";
  const written = typeof r.target.value === "number" ? r.target.value : undefined;
  const digits = Math.max(
    figureDigits(r.target.unit, written, r.baseline?.value ?? 0),
    figureDigits(r.target.unit, written, typeof r.final?.value === "number" ? r.final.value : 0),
  );
  const change = signed(r.change, { digits, zero: "0" });
  if (r.target.unit === "%") return finalWords(lang).points(change);
  return r.target.unit === "state" ? change : `${change} ${r.target.unit}`;
}

function baselineCell(r: FinalTarget, lang: Lang): string {
  return r.baseline ? `${figure(r, r.baseline.value, lang)} (${when(r.baseline.date)})` : "—";
}

function finalCell(r: FinalTarget, lang: Lang): string {
  if (!r.final) return "—";
  const late = !r.final.date.endsWith(`${r.target.deadline.slice(0, 4)}-12-31`);
  return late
    ? `${figure(r, r.final.value, lang)} (${r.final.period})`
    : figure(r, r.final.value, lang);
}

function countCells(c: FinalCounts): string[] {
  return FINAL_CLASS_ORDER.map((k) => String(c[k]));
}

export function finalBlocks(input: FinalReportInput, lang: Lang): Block[] {
  const { plan, final: fe, data } = input;
  const words = finalWords(lang);
  const punct = PUNCT[lang];
  const unitName = (id: string | null | undefined) => {
    if (id === null || id === undefined) return "—";
    const u = plan.units.find((x) => x.id === id);
    return u ? name({ zh: u.name, en: u.en }, lang) : id;
  };
  const ownerOf = (r: FinalTarget) => data.sources.find((s) => s.target === r.target.id)?.owner;
  const owner = (r: FinalTarget) =>
    unitName(ownerOf(r) ?? plan.targets.find((t) => t.id === r.target.id)?.owner ?? null);
  const targetName = (r: FinalTarget) => name(r.target.name, lang);
  const classHead = FINAL_CLASS_ORDER.map((k) => classText(k, lang));
  const b: Block[] = [];

  b.push({ h: 1, text: words.titleOf(name(plan.plan.title, lang), fe.forced) });
  b.push({
    p: [
      `${words.asOf} ${fe.asOf}`,
      `${words.cutOff} ${fe.cutOff ?? words.noData}`,
      words.targetCount(fe.results.length),
    ].join(" · "),
  });
  if (fe.forced) b.push({ p: words.dryRun(fe.asOf, fe.planEnd) });

  // 一、总体完成情况
  b.push({ h: 2, text: words.overall });
  const total = fe.results.length;
  const parts = FINAL_CLASS_ORDER.map((k) =>
    words.classCount(CLASS_LABELS[lang][k], fe.counts[k]),
  ).join(punct.comma);
  b.push({ p: words.overallSentence(total, parts) });
  b.push({
    table: {
      head: [words.klass, words.count, words.share],
      rows: FINAL_CLASS_ORDER.map((k) => [
        classText(k, lang),
        String(fe.counts[k]),
        total === 0 ? "—" : pct(fe.counts[k] / total, 1),
      ]),
      right: [1, 2],
    },
  });
  const headline = fe.results.filter((r) => r.target.measure === null);
  if (headline.length > 0) {
    b.push({ h: 3, text: words.headline });
    b.push({
      table: {
        head: [
          words.target,
          words.baseline,
          words.final,
          words.change,
          words.goal,
          words.rate,
          words.klass,
        ],
        rows: headline.map((r) => [
          targetName(r),
          baselineCell(r, lang),
          finalCell(r, lang),
          changeText(r, lang),
          targetExpression(r.target, lang),
          rateText(r.rate),
          classText(r.class, lang),
        ]),
        right: [1, 2, 3, 5],
      },
    });
  }

  // 二、分领域
  b.push({ h: 2, text: words.bySection });
  b.push({
    table: {
      head: [words.section, words.count, ...classHead],
      rows: fe.bySection.map((s) => [
        s.title ? `${s.numeral}${punct.list}${name(s.title, lang)}` : s.numeral,
        String(s.targets.length),
        ...countCells(s.counts),
      ]),
      right: [1, 2, 3, 4, 5],
    },
  });
  b.push({
    table: {
      head: [words.measure, words.count, ...classHead],
      rows: fe.byMeasure.map((m) => [
        m.title ? `${m.number}. ${name(m.title, lang)}` : String(m.number),
        String(m.targets.length),
        ...countCells(m.counts),
      ]),
      right: [1, 2, 3, 4, 5],
    },
  });

  // 三、分单位
  b.push({ h: 2, text: words.byUnit });
  b.push({
    table: {
      head: [words.unit, words.count, ...classHead],
      rows: fe.byUnit.map((u) => [
        unitName(u.unit),
        String(u.targets.length),
        ...countCells(u.counts),
      ]),
      right: [1, 2, 3, 4, 5],
    },
  });

  // 四、各项量化目标
  const quantified = fe.results.filter((r) => typeof r.target.value === "number");
  b.push({ h: 2, text: words.table });
  b.push({
    table: {
      head: [
        words.no,
        words.target,
        words.baseline,
        words.goal,
        words.final,
        words.rate,
        words.klass,
      ],
      rows: quantified.map((r, i) => [
        String(i + 1),
        targetName(r),
        baselineCell(r, lang),
        targetExpression(r.target, lang),
        finalCell(r, lang),
        rateText(r.rate),
        classText(r.class, lang),
      ]),
      right: [0, 2, 4, 5],
    },
  });

  // 五、每年目标逐年
  const annual = fe.results.filter((r) => r.years !== undefined);
  if (annual.length > 0) {
    b.push({ h: 2, text: words.annual });
    b.push({
      table: {
        head: [words.target, words.year, words.goal, words.value, words.rate, words.klass],
        rows: annual.flatMap((r) =>
          (r.years ?? []).map((y) => [
            targetName(r),
            String(y.year),
            targetExpression(r.target, lang),
            figure(r, y.value, lang),
            rateText(y.rate),
            classText(y.class, lang),
          ]),
        ),
        right: [1, 3, 4],
      },
    });
  }

  // 六、里程碑
  const milestones = fe.results.filter((r) => typeof r.target.value === "string");
  if (milestones.length > 0) {
    b.push({ h: 2, text: words.milestones });
    b.push({
      table: {
        head: [words.target, words.unit, words.state, words.klass],
        rows: milestones.map((r) => [
          targetName(r),
          owner(r),
          r.final ? `${figure(r, r.final.value, lang)} (${r.final.period})` : "—",
          classText(r.class, lang),
        ]),
      },
    });
  }

  // 七、原因分析及下步打算
  b.push({ h: 2, text: words.reasons });
  const short = fe.results.filter((r) => r.class === "not-done" || r.class === "nearly");
  if (short.length === 0) b.push({ p: words.reasonsNone });
  else {
    b.push({ p: words.reasonsHint });
    b.push({
      table: {
        head: [words.target, words.unit, words.klass, words.reasonsColumn],
        rows: short.map((r) => [targetName(r), owner(r), classText(r.class, lang), ""]),
        blank: [3],
      },
    });
  }

  b.push(...appendix(input, lang));
  return b;
}

/** 附录：数据说明 — the files, each final figure's source, figures from other units, revisions, refused rows. */
function appendix(input: FinalReportInput, lang: Lang): Block[] {
  const { plan, final: fe, data } = input;
  const words = finalWords(lang);
  const b: Block[] = [];
  const unitName = (id: string | null) => {
    if (id === null) return "—";
    const u = plan.units.find((x) => x.id === id);
    return u ? name({ zh: u.name, en: u.en }, lang) : id;
  };
  const targetName = (id: string) => {
    const t = fe.results.find((r) => r.target.id === id)?.target;
    return t ? name(t.name, lang) : id;
  };
  b.push({ h: 2, text: words.appendix });
  b.push({ p: words.files(input.files.length, input.rows) });

  b.push({ h: 3, text: words.sources });
  b.push({
    table: {
      head: [words.target, words.period, words.reportedBy, words.file],
      rows: data.sources.map((s) => [
        targetName(s.target),
        s.period,
        unitName(s.reportedBy),
        s.file === undefined ? words.summed : `${safeText(s.file)}:${s.line ?? ""}`,
      ]),
    },
  });

  b.push({ h: 3, text: words.others });
  const others = data.sources.filter((s) => s.byOther);
  if (others.length === 0) b.push({ p: words.othersNone });
  else
    b.push({
      table: {
        head: [words.target, words.period, words.reportedBy, words.owner],
        rows: others.map((s) => [
          targetName(s.target),
          s.period,
          unitName(s.reportedBy),
          unitName(s.owner),
        ]),
      },
    });

  b.push({ h: 3, text: words.revisions });
  if (data.revisions.length === 0) b.push({ p: words.revisionsNone });
  else
    b.push({
      list: data.revisions.map((v) => {
        const ind = plan.indicators.find((i) => i.id === v.indicator);
        const uom = ind?.unit ?? "";
        const label = ind ? name(ind.name, lang) : v.indicator;
        return `${label} ${v.period}${PUNCT[lang].colon}${words.revised(
          valueText(v.from, uom, lang, 4),
          valueText(v.to, uom, lang, 4),
          `${safeText(v.fromFile)}:${v.fromLine}`,
          `${safeText(v.file)}:${v.line}`,
        )}`;
      }),
    });

  b.push({ h: 3, text: words.refused });
  const refused = input.files.flatMap((f) => f.findings).filter((f) => f.severity === "error");
  if (refused.length === 0) b.push({ p: words.refusedNone });
  else
    b.push({
      list: refused
        .map(safeFinding)
        .map((f) => `${findingPlace(f)}: [${f.code}] ${findingMessage(f, lang)}`),
    });
  return b;
}

/** Views of the plan itself: `cwplan plan`, `cwplan units`, `cwplan show`. */

import { CADENCE_LABELS, KIND_LABELS, labelWords, PUNCT, paren, quoted } from "../i18n/labels.js";
import { inLang, type Lang, nameInLang } from "../i18n/lang.js";
import { stateLabel } from "../i18n/vocabulary.js";
import { ownership, reportingOf, unitsOfTarget } from "../plan/owners.js";
import type { Measure, Plan, Role, Target, Unit } from "../plan/types.js";
import { pct, valueText } from "./numbers.js";
import type { Style } from "./style.js";
import { type Cell, renderTable } from "./table.js";

export interface ViewOptions {
  lang: Lang;
  width: number;
  style: Style;
}

const SYMBOL: Record<Target["comparator"], string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "~": "≈",
  "=": "=",
};

/** "≥ 180 万平方米", "≈ 53%", "≥ 4,700 人", "= done": the figure written as values are (`valueText`). */
export function targetExpression(t: Target, lang: Lang): string {
  if (typeof t.value === "string") return `= ${stateLabel(t.value, lang)}`;
  return `${SYMBOL[t.comparator]} ${valueText(t.value, t.unit, lang, TARGET_DIGITS)}`;
}

/** a target is written with every decimal the plan gives it (2.7, 4.8), never rounded */
const TARGET_DIGITS = 6;

export function targetsOf(plan: Plan, measure: number | null): Target[] {
  return plan.targets.filter((t) => t.measure === measure);
}

function unitName(plan: Plan, id: string, lang: Lang): string {
  const u = plan.units.find((x) => x.id === id);
  return u ? nameInLang(u, lang) : id;
}

function roleLabel(role: Role, lang: Lang): string {
  return labelWords(lang)[role];
}

/** The plan as the issue's JSON shape: measures with their units and targets. */
export function planToJson(plan: Plan) {
  const target = (t: Target) => ({
    ...t,
    kind: t.perArea ? "area-count" : plan.indicators.find((i) => i.id === t.indicator)?.kind,
  });
  return {
    plan: plan.plan,
    policy: plan.policy,
    sections: plan.sections,
    headline: targetsOf(plan, null).map(target),
    measures: plan.measures.map((m) => ({
      number: m.number,
      section: m.section,
      title: m.title,
      text: m.text,
      units: m.units.map((ref) => ({
        id: ref.unit,
        name: plan.units.find((u) => u.id === ref.unit)?.name ?? ref.unit,
        role: ref.role,
        ...(ref.as ? { as: ref.as } : {}),
      })),
      targets: targetsOf(plan, m.number).map(target),
    })),
    units: plan.units,
    indicators: plan.indicators,
    areas: plan.areas,
  };
}

export function renderPlanTable(
  plan: Plan,
  measures: Measure[],
  headline: boolean,
  o: ViewOptions,
): string {
  const labels = labelWords(o.lang);
  const name = (t: { zh: string; en: string }) => inLang(t, o.lang);
  const rows: Cell[][] = [];
  const group = (no: string, title: string, ts: Target[]) => {
    const first: Cell[] = [
      { content: no, rowSpan: Math.max(1, ts.length) },
      { content: title, rowSpan: Math.max(1, ts.length) },
    ];
    if (ts.length === 0) {
      rows.push([...first, "—", "", ""]);
      return;
    }
    ts.forEach((t, i) => {
      const due = t.cadence === "annual" ? labels.everyYear : t.deadline.slice(0, 4);
      const cells = [`${name(t.name)}\n${targetExpression(t, o.lang)}`, t.id, due];
      rows.push(i === 0 ? [...first, ...cells] : cells);
    });
  };
  const nullTargets = targetsOf(plan, null);
  if (headline && nullTargets.length > 0) group("—", labels.headline, nullTargets);
  for (const m of measures) {
    const units = m.units
      .map((r) => `· ${unitName(plan, r.unit, o.lang)}${paren(roleLabel(r.role, o.lang), o.lang)}`)
      .join("\n");
    group(String(m.number), `${name(m.title)}\n${units}`, targetsOf(plan, m.number));
  }
  const table = renderTable(
    {
      head: [labels.measure, labels.title, labels.targets, labels.id, labels.deadline],
      rows,
      keep: [0, 3, 4],
    },
    o.width,
    o.style,
  );
  const nTargets =
    measures.reduce((n, m) => n + targetsOf(plan, m.number).length, 0) +
    (headline ? nullTargets.length : 0);
  const punct = PUNCT[o.lang];
  return `${table}\n${measures.length} ${labels.measuresShown}${punct.comma}${nTargets} ${labels.targetsShown}\n`;
}

export interface UnitDuties {
  unit: Unit;
  measures: { number: number; role: Role }[];
  /** every target it owns or shares, in plan order */
  targets: string[];
  /** the targets it owns: its status counts these */
  owned: string[];
  /** the targets of its measures that another unit owns */
  shared: string[];
}

export function unitDuties(plan: Plan): UnitDuties[] {
  return plan.units.map((unit) => {
    const measures = plan.measures.flatMap((m) =>
      m.units.filter((r) => r.unit === unit.id).map((r) => ({ number: m.number, role: r.role })),
    );
    const owned: string[] = [];
    const shared: string[] = [];
    const targets: string[] = [];
    for (const t of plan.targets) {
      const u = unitsOfTarget(plan, t);
      if (u.owner === unit.id) owned.push(t.id);
      else if (u.shared.includes(unit.id)) shared.push(t.id);
      else continue;
      targets.push(t.id);
    }
    return { unit, measures, targets, owned, shared };
  });
}

export function renderUnits(duties: UnitDuties[], o: ViewOptions): string {
  const labels = labelWords(o.lang);
  const rows = duties.map((d) => [
    o.lang === "zh" || d.unit.en === d.unit.name ? d.unit.name : `${d.unit.en}\n${d.unit.name}`,
    [d.unit.id, ...d.unit.aliases].join("\n"),
    d.measures
      .map((m) => `${m.number}${paren(roleLabel(m.role, o.lang), o.lang)}`)
      // in Chinese one measure a line: a narrow column breaks Chinese text anywhere
      .join(o.lang === "zh" ? "\n" : PUNCT.en.list) || "—",
    [String(d.owned.length), ...d.owned].join("\n"),
    String(d.shared.length),
  ]);
  const table = renderTable(
    {
      head: [
        labels.unit,
        labels.aliases,
        labels.measuresLed,
        labels.ownedTargets,
        labels.sharedTargets,
      ],
      rows,
      keep: [3, 4],
      flex: [2, 1],
    },
    o.width,
    o.style,
  );
  const owners = duties.filter((d) => d.owned.length > 0).length;
  const owned = duties.reduce((n, d) => n + d.owned.length, 0);
  return `${table}\n${labels.unitsFoot.replace("{units}", String(duties.length)).replace("{owners}", String(owners)).replace("{owned}", String(owned))}\n`;
}

/** The units of a measure with their roles: 县发展和改革局（负责）、县财政局（参与）. */
function unitsWithRoles(plan: Plan, m: Measure, lang: Lang): string {
  return m.units
    .map((r) => `${unitName(plan, r.unit, lang)}${paren(roleLabel(r.role, lang), lang)}`)
    .join(PUNCT[lang].list);
}

/** In English, the English name and the Chinese beside it; once where there is no English (its Chinese stands in). */
function bothNames(t: { zh: string; en: string }, lang: Lang, sep: string): string {
  return lang === "zh" || t.en === t.zh ? t.zh : `${t.en}${sep}${t.zh}`;
}

export function renderMeasure(plan: Plan, m: Measure, o: ViewOptions): string {
  const labels = labelWords(o.lang);
  const punct = PUNCT[o.lang];
  const lines = [
    o.style.bold(`${m.number}. ${bothNames(m.title, o.lang, " — ")}`),
    `${labels.section}${punct.colon}${m.section}`,
    `${labels.units}${punct.colon}${unitsWithRoles(plan, m, o.lang)}`,
    "",
    `${labels.targets}${punct.colon.trim()}`,
    ...targetsOf(plan, m.number).map((t) => {
      const owner = ownership(plan).get(t.id);
      const who = owner ? ` — ${labels.owner} ${unitName(plan, owner.unit, o.lang)}` : "";
      return `  ${t.id}  ${targetExpression(t, o.lang)}  ${inLang(t.name, o.lang)}${who}`;
    }),
    `  ${paren(`${labels.owner}${punct.colon}${labels.ownerAssigned}`, o.lang).trim()}`,
    "",
    `${labels.text}${punct.colon.trim()}`,
    m.text,
  ];
  return `${lines.join("\n")}\n`;
}

export function renderTarget(plan: Plan, t: Target, o: ViewOptions): string {
  const labels = labelWords(o.lang);
  const punct = PUNCT[o.lang];
  const line = (label: string, text: string) => `${label}${punct.colon}${text}`;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  const m = t.measure === null ? undefined : plan.measures.find((x) => x.number === t.measure);
  const lines = [
    o.style.bold(`${t.id} — ${bothNames(t.name, o.lang, " / ")}`),
    line(labels.title, m ? `${m.number}. ${inLang(m.title, o.lang)}` : labels.headline),
    line(
      labels.indicator,
      `${t.indicator}${ind ? paren(`${inLang(ind.name, o.lang)}${punct.semi}${KIND_LABELS[o.lang][ind.kind] ?? ind.kind}${punct.comma}${ind.unit}`, o.lang) : ""}`,
    ),
    line(labels.targets, targetExpression(t, o.lang)),
    line(labels.deadline, t.deadline),
    line(labels.cadence, CADENCE_LABELS[o.lang][t.cadence] ?? t.cadence),
  ];
  if (t.tolerance !== undefined) lines.push(line(labels.tolerance, pct(t.tolerance, 2)));
  if (t.baseline)
    lines.push(line(labels.baseline, `${t.baseline.value}${paren(t.baseline.date, o.lang)}`));
  if (t.perArea)
    lines.push(
      line(labels.perArea, `${SYMBOL[t.perArea.comparator]} ${t.perArea.value} ${t.perArea.unit}`),
    );
  lines.push(line(labels.reporting, labels[reportingOf(plan, t)]));
  if (m) lines.push(line(labels.units, unitsWithRoles(plan, m, o.lang)));
  lines.push(line(labels.quote, quoted(t.quote)));
  // after the quote, and marked: the owner is the county's assignment, not the document's words
  const owner = ownership(plan).get(t.id);
  const source = owner?.source === "assigned" ? labels.ownerAssigned : labels.ownerFromLead;
  lines.push(
    owner
      ? line(
          labels.owner,
          `${unitName(plan, owner.unit, o.lang)}${PUNCT[o.lang].openMark}${source}${PUNCT[o.lang].closeMark}`,
        )
      : line(labels.owner, labels.ownerNone),
  );
  return `${lines.join("\n")}\n`;
}

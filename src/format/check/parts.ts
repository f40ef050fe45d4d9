/** Pieces several check formats share: a result's cells, in words. */
import { noDataCounts } from "../../evaluate/check.js";
import type { CheckResult, Status, TargetResult } from "../../evaluate/types.js";
import { checkWords, daysLeftText, paceWords } from "../../i18n/check.js";
import { labelWords, PUNCT } from "../../i18n/labels.js";
import { inLang, type Lang } from "../../i18n/lang.js";
import { noteMessage } from "../../i18n/notes.js";
import { sourceAfter } from "../../i18n/source.js";
import { detailLabel, statusLabel } from "../../i18n/status.js";
import { ownerOf } from "../../plan/owners.js";
import type { Plan, Unit } from "../../plan/types.js";
import { STATUSES } from "../../vocabulary.js";
import { wrapText } from "../columns.js";
import { digitsFor, figureDigits, pct, valueText } from "../numbers.js";
import { targetExpression } from "../plan.js";
import { paintStatus } from "../status-look.js";
import type { Style } from "../style.js";
import { displayWidth } from "../width.js";

export function statusText(r: TargetResult, lang: Lang): string {
  return statusLabel(r.status, lang, r.detail);
}

export function goalText(r: TargetResult, lang: Lang, every: string): string {
  const when = r.target.cadence === "annual" ? every : r.target.deadline.slice(0, 4);
  return `${targetExpression(r.target, lang)} (${when})`;
}

/** The decimals of a target's figures in the human formats (`digitsFor`). */
export function targetDigits(r: TargetResult): number {
  return digitsFor(r.target.unit, typeof r.target.value === "number" ? r.target.value : undefined);
}

export function latestText(r: TargetResult, lang: Lang): string {
  const w = r.working;
  if (!w) return "—";
  // a reported figure as reported (2.72 beside a target of 2.7), never fewer decimals than the target's
  const written = typeof r.target.value === "number" ? r.target.value : undefined;
  const digits =
    typeof w.value === "number" ? figureDigits(r.target.unit, written, w.value) : targetDigits(r);
  return `${valueText(w.value, r.target.unit, lang, digits)} (${w.period})${sourceAfter(w.source, lang)}`;
}

export function expectedText(r: TargetResult, lang: Lang): string {
  const e = r.working?.expected;
  return e === undefined ? "—" : valueText(e, r.target.unit, lang, targetDigits(r));
}

/** The pace in words (序时进度的111%), empty when not assessed. */
export function paceText(r: TargetResult, lang: Lang): string {
  const P = r.working?.P;
  return P === undefined ? "" : paceWords(pct(P), lang);
}

/** Days to the deadline in words; empty for a target without data past its deadline. */
export function daysText(r: TargetResult, lang: Lang): string {
  return r.status === "no-data" && r.daysLeft < 0 ? "" : daysLeftText(r.daysLeft, lang);
}

export function notesOf(r: TargetResult, lang: Lang): string[] {
  return r.notes.map((n) => noteMessage(n.code, n.args, lang));
}

export const name = inLang;

/**
 * `48 个目标：达标/序时推进 7 · 进度滞后 1 · … · 未报送 28 · 缺基期值 10`: every
 * target's status, counted; no-data in two where a target needs a baseline
 * (未报送 apart from 缺基期值). The compact check's headline and report's
 * summary on stderr.
 */
export function countsLine(check: CheckResult, o: { lang: Lang; style: Style }): string {
  const grey = noDataCounts(check.results);
  const count = (s: Status) =>
    s === "no-data" && grey["needs-baseline"] > 0
      ? paintStatus(
          s,
          `${detailLabel("not-reported", o.lang)} ${grey["not-reported"]} · ${detailLabel("needs-baseline", o.lang)} ${grey["needs-baseline"]}`,
          o.style,
        )
      : paintStatus(s, `${statusLabel(s, o.lang, "not-reported")} ${check.summary[s]}`, o.style);
  const words = checkWords(o.lang);
  return `${check.results.length} ${words.targets}${PUNCT[o.lang].colon}${STATUSES.map(count).join(" · ")}`;
}

/**
 * The check's title: what, which plan, as of when, in bold. On one line
 * when it fits; else the as-of date goes on a line of its own, never split
 * from its label (规划目标检查 — 方案 — / 评估日 2025-06-30).
 */
export function titleLines(
  words: { title: string; asOf: string },
  plan: Plan,
  asOf: string,
  o: { lang: Lang; width: number; style: Style },
): string[] {
  const head = `${words.title} — ${name(plan.plan.title, o.lang)}`;
  const when = `${words.asOf} ${asOf}`;
  const one = `${head} — ${when}`;
  if (displayWidth(one) <= o.width) return [o.style.bold(one)];
  return [...wrapText(o.style.bold(head), o.width), o.style.bold(when)];
}

export interface UnitSection {
  unit: Unit;
  name: string;
  /** the unit's roles in the measures' responsibility lines, in words */
  roles: string;
  /** over the owned targets only */
  worst: Status;
  counts: CheckResult["summary"];
  /** the targets it owns */
  owned: TargetResult[];
  /** the targets of its measures that another unit owns */
  shared: TargetResult[];
}

/** Each unit with the results of the targets it owns and of those it only shares, in the roll-up's order. */
export function unitSections(check: CheckResult, lang: Lang): UnitSection[] {
  const byId = new Map(check.results.map((r) => [r.target.id, r]));
  const roleWord = labelWords(lang);
  const results = (ids: { id: string }[]) =>
    ids.map((t) => byId.get(t.id)).filter((r): r is TargetResult => r !== undefined);
  return check.byUnit
    .map((u) => ({
      unit: u.unit,
      name: name({ zh: u.unit.name, en: u.unit.en }, lang),
      roles: [
        ...new Set(u.targets.flatMap((t) => (t.role === null ? [] : [roleWord[t.role]]))),
      ].join(PUNCT[lang].list),
      worst: u.worst,
      counts: u.summary,
      owned: results(u.targets.filter((t) => t.owns)),
      shared: results(u.targets.filter((t) => !t.owns)),
    }))
    .filter((u) => u.owned.length + u.shared.length > 0);
}

/** The owner of a result's target, in words; "—" when it has none. */
export function ownerName(plan: Plan, r: TargetResult, lang: Lang): string {
  const id = ownerOf(plan, r.target);
  const u = id === undefined ? undefined : plan.units.find((x) => x.id === id);
  return u ? name({ zh: u.name, en: u.en }, lang) : (id ?? "—");
}

/** Pieces several check formats share: a result's cells, in words. */
import type { CheckResult, Status, TargetResult } from "../../evaluate/types.js";
import { labels } from "../../i18n/labels.js";
import { inLang, type Lang } from "../../i18n/lang.js";
import { noteMessage } from "../../i18n/notes.js";
import { statusLabel } from "../../i18n/vocabulary.js";
import type { Unit } from "../../plan/types.js";
import { num, valueText } from "../numbers.js";
import { targetExpression } from "../plan.js";
import type { Style } from "../style.js";

export function paintStatus(status: Status, text: string, style: Style): string {
  switch (status) {
    case "pass":
      return style.green(text);
    case "behind":
      return style.yellow(text);
    case "at-risk":
      return style.red(text);
    case "missed":
      return style.redBold(text);
    default:
      return style.grey(text);
  }
}

export function statusText(r: TargetResult, lang: Lang): string {
  return statusLabel(r.status, lang, r.detail);
}

export function goalText(r: TargetResult, lang: Lang, every: string): string {
  const when = r.target.cadence === "annual" ? every : r.target.deadline.slice(0, 4);
  return `${targetExpression(r.target, lang)} (${when})`;
}

export function latestText(r: TargetResult, lang: Lang): string {
  const w = r.working;
  if (!w) return "—";
  const unit = r.target.perArea ? r.target.unit : r.target.unit;
  return `${valueText(w.value, unit, lang)} (${w.period})`;
}

export function expectedText(r: TargetResult, lang: Lang): string {
  const e = r.working?.expected;
  return e === undefined ? "—" : valueText(e, r.target.unit, lang);
}

export function paceText(r: TargetResult): string {
  const P = r.working?.P;
  return P === undefined ? "" : `P=${num(P)}`;
}

export function notesOf(r: TargetResult, lang: Lang): string[] {
  return r.notes.map((n) => noteMessage(n.code, n.args, lang));
}

export const name = inLang;

/** Each responsible unit with its targets' results and its roles in words, in the roll-up's order. */
export function unitSections(
  check: CheckResult,
  lang: Lang,
): { unit: Unit; name: string; roles: string; worst: Status; results: TargetResult[] }[] {
  const byId = new Map(check.results.map((r) => [r.target.id, r]));
  const roleWord = labels(lang);
  return check.byUnit
    .map((u) => ({
      unit: u.unit,
      name: name({ zh: u.unit.name, en: u.unit.en }, lang),
      roles: [...new Set(u.targets.map((t) => roleWord[t.role]))].join(", "),
      worst: u.worst,
      results: u.targets
        .map((t) => byId.get(t.id))
        .filter((r): r is TargetResult => r !== undefined),
    }))
    .filter((u) => u.results.length > 0);
}

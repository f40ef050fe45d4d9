/**
 * `cwplan baseline`'s output: the carried figures as a drop of the new plan
 * (indicator,period,value,unit,area,reported_by,note), each row's note
 * saying where it came from; and the summary of what was not carried.
 */
import type { Carried, Uncarried } from "../evaluate/carry.js";
import { BASELINE_WORDS } from "../i18n/baseline.js";
import { unitRegistry } from "../plan/registry.js";
import type { Plan } from "../plan/types.js";
import type { Lang } from "../vocabulary.js";
import { csvCell } from "./template-csv.js";

const HEADER = ["indicator", "period", "value", "unit", "area", "reported_by", "note"];

/** The rows; reported_by only where the new plan knows the sender (the note says where it came from). */
export function baselineCsv(
  rows: readonly Carried[],
  oldPlan: Plan,
  newPlan: Plan,
  lang: Lang,
): string {
  const words = BASELINE_WORDS[lang];
  const registry = unitRegistry(newPlan);
  const units = new Map(oldPlan.units.map((u) => [u.id, u.name]));
  const lines = rows.map((r) => {
    const old = r.from.id;
    const note =
      ("file" in r.source
        ? words.fromRow(r.source.file, r.source.line, r.period, old)
        : words.fromAreas(r.source.areas.length, r.period, old)) +
      (r.match === "name" ? words.byName : "");
    const sent = r.sender === null ? undefined : (units.get(r.sender) ?? r.sender);
    const by = sent === undefined ? "" : (registry.find(sent)?.name ?? "");
    return [r.indicator.id, r.period, String(r.value), r.indicator.unit, "", by, note]
      .map(csvCell)
      .join(",");
  });
  return `${[HEADER.join(","), ...lines].join("\n")}\n`;
}

export function baselineSummary(
  carried: number,
  uncarried: readonly Uncarried[],
  total: number,
  lang: Lang,
): string {
  const words = BASELINE_WORDS[lang];
  const lines = [words.summary(carried, total)];
  for (const u of uncarried)
    lines.push(
      `  ${words.notCarried}${words.sep}${u.indicator.name.zh} (${u.indicator.id})${words.sep}${words.reasons[u.reason]}`,
    );
  return `${lines.join("\n")}\n`;
}

/**
 * `--format csv`: one row per target and responsible unit, for a
 * spreadsheet. A target without a unit (the headline) has one row with the
 * unit cells empty. Every row names the target's owner (its unit id). RFC 4180: fields with a comma, a quote or a line break
 * are quoted, quotes doubled; records end in CRLF (the last one too), which
 * Excel expects. `--bom` starts the file with the UTF-8 byte-order mark so
 * Excel reads it as UTF-8. Headers, status words and notes follow --lang;
 * numbers are plain (no thousands separators, at most 4 decimals).
 */

import type { TargetResult } from "../../evaluate/types.js";
import { defuse } from "../../formula.js";
import { checkWords } from "../../i18n/check.js";
import { labelWords } from "../../i18n/labels.js";
import { detailLabel, statusLabel } from "../../i18n/status.js";
import { ownerOf } from "../../plan/owners.js";
import type { MilestoneState } from "../../plan/types.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { plainNumber, valueText } from "../numbers.js";
import { name, notesOf } from "./parts.js";

export const BOM = "\uFEFF";

export { defuse };

/** One field as RFC 4180 wants it, text defused (`defuse`). */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "number" ? String(v) : defuse(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** A number as a spreadsheet reads it: no grouping, at most 4 decimals. */
function plainNum(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return "";
  return String(plainNumber(v));
}

function valueCell(v: number | MilestoneState | undefined, lang: FormatOptions["lang"]): string {
  if (v === undefined) return "";
  return typeof v === "number" ? plainNum(v) : valueText(v, "state", lang);
}

export function formatCsv(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const roleWord = labelWords(o.lang);
  const shown = new Set(check.byUnit.map((u) => u.unit.id));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const measures = new Map(plan.measures.map((m) => [m.number, m]));

  const head = [
    words.colTargetId,
    words.colMeasure,
    words.colSection,
    words.colUnitId,
    words.colUnitName,
    words.colRole,
    words.colOwner,
    words.colStatus,
    words.colDetail,
    words.colValue,
    words.colPeriod,
    words.colTarget,
    words.colUom,
    words.colExpected,
    "f",
    "A",
    "P",
    words.colDaysLeft,
    words.colNotes,
  ];
  let out = (o.bom ? BOM : "") + csvRecord(head);

  const cells = (r: TargetResult) => {
    const w = r.working;
    return {
      status: statusLabel(r.status, o.lang),
      detail: r.detail ? detailLabel(r.detail, o.lang) : "",
      rest: [
        valueCell(w?.value, o.lang),
        w?.period ?? "",
        valueCell(r.target.value, o.lang),
        r.target.unit,
        plainNum(w?.expected),
        plainNum(w?.f),
        plainNum(w?.A),
        plainNum(w?.P),
        String(r.daysLeft),
        notesOf(r, o.lang).join("; "),
      ],
    };
  };

  for (const r of check.results) {
    const c = cells(r);
    const refs =
      r.target.measure === null
        ? []
        : (measures.get(r.target.measure)?.units ?? []).filter((u) => shown.has(u.unit));
    const rows =
      refs.length === 0
        ? [["", "", ""]]
        : refs.map((ref) => {
            const u = units.get(ref.unit);
            return [
              ref.unit,
              u ? name({ zh: u.name, en: u.en }, o.lang) : ref.unit,
              roleWord[ref.role],
            ];
          });
    for (const unitCells of rows) {
      out += csvRecord([
        r.target.id,
        r.target.measure ?? "",
        r.target.section,
        ...unitCells,
        ownerOf(plan, r.target) ?? "",
        c.status,
        c.detail,
        ...c.rest,
      ]);
    }
  }
  return out;
}

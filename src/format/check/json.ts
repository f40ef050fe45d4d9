/** `--format json`: one object scripts can rely on (schemas/check-output.schema.json). */

import { noDataCounts } from "../../evaluate/check.js";
import type { Working } from "../../evaluate/types.js";
import { findingMessage } from "../../i18n/findings.js";
import { noteMessage } from "../../i18n/notes.js";
import { type Ownership, ownership } from "../../plan/owners.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";

export const SCHEMA_VERSION = 1;

function toleranceJson(
  t: Working["tolerance"],
): { type: "absolute" | "relative"; value: number } | null {
  if (!t) return null;
  return "absolute" in t
    ? { type: "absolute", value: t.absolute }
    : { type: "relative", value: t.relative };
}

export function checkToJson(report: CheckOutput, o: FormatOptions): unknown {
  const { check, plan } = report;
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const owners = ownership(plan);
  return {
    schemaVersion: SCHEMA_VERSION,
    plan: { number: plan.plan.number, title: plan.plan.title },
    asOf: check.asOf,
    asOfSource: check.asOfSource,
    failOn: report.failOn,
    summary: check.summary,
    noData: noDataCounts(check.results),
    targets: check.results.map((r) => {
      const w = r.working;
      const measure = plan.measures.find((m) => m.number === r.target.measure);
      return {
        id: r.target.id,
        measure: r.target.measure,
        section: r.target.section,
        name: r.target.name,
        indicator: r.target.indicator,
        kind: r.kind ?? null,
        comparator: r.target.comparator,
        unit: r.target.unit,
        deadline: r.target.deadline,
        cadence: r.target.cadence,
        status: r.status,
        detail: r.detail ?? null,
        value: w?.value ?? null,
        source: w?.source
          ? {
              unit: w.source.unit,
              name: w.source.name,
              senderSource: w.source.senderSource,
              file: w.source.file,
              line: w.source.line,
            }
          : null,
        period: w?.period ?? null,
        valueDate: w?.valueDate ?? null,
        target: r.target.value,
        effectiveTarget: w?.effectiveTarget ?? null,
        tolerance: toleranceJson(w?.tolerance),
        summedAreas: w?.rolledUp
          ? { count: w.rolledUp.areas.length, of: w.rolledUp.of, areas: w.rolledUp.areas }
          : null,
        baseline: w?.baseline?.value ?? null,
        baselineDate: w?.baseline?.date ?? null,
        baselineSource: w?.baseline?.source ?? null,
        expected: w?.expected ?? null,
        gap: w?.gap ?? null,
        f: w?.f ?? null,
        A: w?.A ?? null,
        P: w?.P ?? null,
        daysLeft: r.daysLeft,
        owner: ownerJson(owners.get(r.target.id), unitName),
        units: (measure?.units ?? []).map((u) => ({
          id: u.unit,
          name: unitName.get(u.unit) ?? u.unit,
          role: u.role,
        })),
        notes: r.notes.map((n) => ({
          code: n.code,
          message: noteMessage(n.code, n.args, o.lang),
          ...(n.args ? { args: n.args } : {}),
        })),
        ...(r.history ? { history: r.history } : {}),
        ...(r.trend ? { trend: r.trend } : {}),
        ...(w?.areas ? { areas: w.areas } : {}),
      };
    }),
    units: check.byUnit.map((u) => ({
      id: u.unit.id,
      name: u.unit.name,
      status: u.worst,
      summary: u.summary,
      targets: u.targets.map((t) => ({
        id: t.id,
        role: t.role,
        owns: t.owns,
        owner: t.owner,
        status: t.status,
      })),
    })),
    sections: check.bySection.map((s) => ({
      numeral: s.numeral,
      status: s.status,
      summary: s.counts,
    })),
    measures: check.byMeasure.map((m) => ({
      number: m.number,
      status: m.status,
      summary: m.counts,
    })),
    ...(check.areas ? { areas: check.areas } : {}),
    files: report.files.map((f) => ({
      path: f.path,
      encoding: f.encoding,
      rowsRead: f.rowsRead,
      rowsValid: f.rowsValid,
      rowsInvalid: f.rowsInvalid,
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      findings: f.findings.map((x) => ({ ...x, message: findingMessage(x, o.lang) })),
    })),
  };
}

/** The owner of a target: its id and name, and whether the plan assigns it or it is the measure's lead. */
function ownerJson(
  o: Ownership | undefined,
  names: Map<string, string>,
): { id: string; name: string; assigned: boolean } | null {
  if (!o) return null;
  return { id: o.unit, name: names.get(o.unit) ?? o.unit, assigned: o.source === "assigned" };
}

export function formatJson(report: CheckOutput, o: FormatOptions): string {
  return `${JSON.stringify(checkToJson(report, o), null, 2)}\n`;
}

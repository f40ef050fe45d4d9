/**
 * Metamorphic tests (issue 10): random drops built from the real plan
 * (plan/chengwu.yaml) are validated and judged as `cwplan check` does, then
 * rewritten in ways that must not matter, and every target's status and
 * numbers must stay the same:
 * - the rows split across several files in any way, in any order;
 * - a period written another way for the same date (2025 ↔ 2025-12 ↔ 2025-Q4,
 *   2025-06 ↔ 2025年6月 ↔ 2025-Q2, with forms the parser already reads);
 * - a value written in a unit that converts (万千瓦 ↔ 千瓦 ↔ MW, 万人 ↔ 人, …),
 *   with thousands separators, or in full-width digits;
 * - a county figure replaced by town rows that add up to it on the same date
 *   (sum indicators), whatever the towns' period labels;
 * - the drop re-encoded as GB18030 with Chinese headers and CRLF.
 * Seeds are fixed; fast-check prints the seed and path of any failure
 * (`endOnFailure`: a drop is large, and shrinking one would take minutes).
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { DuplicateIndex } from "../../src/data/duplicates.js";
import { validateBytes } from "../../src/data/read.js";
import type { Observation } from "../../src/data/types.js";
import { evaluate } from "../../src/evaluate/check.js";
import type { CheckResult } from "../../src/evaluate/types.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Indicator, Plan } from "../../src/plan/types.js";

let plan: Plan;
beforeAll(async () => {
  plan = (await loadPlan()).plan;
});

/** runs per property: moderate, they run in every `npm test` */
const RUNS = 50;

// ---- the model of a drop ------------------------------------------------------

/** Observation months (each row is the figure at the month's last day). */
const MONTHS = [
  "2020-12",
  "2023-12",
  "2024-03",
  "2024-05",
  "2024-06",
  "2024-09",
  "2024-12",
  "2025-02",
  "2025-03",
  "2025-06",
  "2025-07",
  "2025-09",
  "2025-12",
];

const CN_QUARTER = ["一", "二", "三", "四"];

/** Every spelling the parser reads for the period ending on that month's last day. */
function labels(ym: string): string[] {
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  const out = [ym, `${y}年${m}月`];
  if (m % 3 === 0) out.push(`${y}-Q${m / 3}`, `${y}年第${CN_QUARTER[m / 3 - 1]}季度`);
  if (m === 12) out.push(y, `${y}年`);
  return out;
}

/** The canonical spellings only (YYYY, YYYY-Qn, YYYY-MM). */
function canonical(ym: string): string[] {
  return labels(ym).filter((l) => /^\d{4}(-Q\d|-\d{2})?$/.test(l));
}

type State = "not_started" | "in_progress" | "done";

interface Row {
  indicator: string;
  ym: string;
  label: string;
  /** a number in hundredths of the indicator's unit, or a state */
  value: number | State;
  /** the area's Chinese name, or "" for the county */
  area: string;
  /** the unit written, and its power of ten against the indicator's unit */
  unit: string;
  exp: number;
  /** how the digits are written */
  style: "plain" | "grouped" | "wide" | "grouped-wide";
  /** a state written in Chinese (未开工, 推进中, 已完成) */
  zhState?: boolean;
}

const ZH_STATE: Record<State, string> = {
  not_started: "未开工",
  in_progress: "推进中",
  done: "已完成",
};

/** Units a value may be written in instead: [unit, power of ten against the indicator's]. */
const ALTERNATIVE_UNITS: Record<string, [string, number][]> = {
  万千瓦: [
    ["千瓦", 4],
    ["kW", 4],
    ["MW", 1],
    ["兆瓦", 1],
  ],
  万人: [["人", 4]],
  人: [["万人", -4]],
  万平方米: [["平方米", 4]],
  万个: [["个", 4]],
  公里: [
    ["米", 3],
    ["km", 0],
  ],
};

/** hundredths × 10^exp as a decimal string, exactly. */
function decimal(hundredths: number, exp: number): string {
  if (hundredths < 0) return `-${decimal(-hundredths, exp)}`;
  let digits = String(hundredths);
  let point = digits.length + exp - 2;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point >= digits.length)
    return (digits + "0".repeat(point - digits.length)).replace(/^0+(?=\d)/, "");
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

const WIDE = (s: string): string =>
  s.replace(/[0-9.,]/g, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));

function valueText(r: Row): string {
  if (typeof r.value === "string") return r.zhState ? ZH_STATE[r.value] : r.value;
  let s = decimal(r.value, r.exp);
  if (r.style === "grouped" || r.style === "grouped-wide") {
    const [int, frac] = s.split(".") as [string, string | undefined];
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  if (r.style === "wide" || r.style === "grouped-wide") s = WIDE(s);
  return s;
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

interface Encoding {
  chineseHeader: boolean;
  crlf: boolean;
  gb18030: boolean;
}

const UTF8: Encoding = { chineseHeader: false, crlf: false, gb18030: false };

function render(rows: readonly Row[], enc: Encoding = UTF8): Uint8Array {
  const head = enc.chineseHeader
    ? "指标,报告期,数值,单位,地区,备注"
    : "indicator,period,value,unit,area,note";
  const nl = enc.crlf ? "\r\n" : "\n";
  // a figure from before the baseline year (2020: a census year) says so in its note
  const note = (r: Row) => (r.ym < "2023" ? "第七次全国人口普查" : "");
  const lines = rows.map((r) =>
    [r.indicator, r.label, valueText(r), r.unit, r.area, note(r)].map(csvCell).join(","),
  );
  const text = [head, ...lines].join(nl) + nl;
  return enc.gb18030 ? iconv.encode(text, "gb18030") : new TextEncoder().encode(text);
}

// ---- judging ------------------------------------------------------------------

interface Judged {
  check: CheckResult;
  errors: string[];
  findings: string[];
  rows: number;
}

/** Validate files in order (one duplicate index, as `readDrops`), then judge as of t. */
function judgeFiles(files: readonly Uint8Array[], asOf: string | undefined): Judged {
  const duplicates = new DuplicateIndex();
  const observations: Observation[] = [];
  const errors: string[] = [];
  const findings: string[] = [];
  let rows = 0;
  files.forEach((bytes, i) => {
    const r = validateBytes(bytes, `drop-${i}.csv`, plan, { duplicates });
    observations.push(...r.observations);
    rows += r.rowsRead;
    for (const f of r.findings) {
      findings.push(f.code);
      if (f.severity === "error") errors.push(`${f.file}:${f.line}: ${f.code} ${f.value ?? ""}`);
    }
  });
  return {
    check: evaluate(plan, observations, asOf === undefined ? {} : { asOf }),
    errors,
    findings,
    rows,
  };
}

/** Numbers to 12 significant digits: a sum of town rows may differ from the county figure in the last bit. */
function num(x: unknown): unknown {
  return typeof x === "number" ? Number(x.toPrecision(12)) : x;
}

/**
 * Every target's status and numbers; period labels left out (a label is how a
 * row was written, its date is what counts). `rollup: false` leaves out which
 * areas a figure was summed from (the county-to-towns rewrite changes that).
 */
function snapshot(check: CheckResult, rollup = true): unknown[] {
  return check.results.map((r) => {
    const w = r.working;
    return {
      id: r.target.id,
      status: r.status,
      detail: r.detail,
      daysLeft: r.daysLeft,
      working: w && {
        value: num(w.value),
        valueDate: w.valueDate,
        target: w.target,
        effectiveTarget: num(w.effectiveTarget),
        baseline: w.baseline && { ...w.baseline, value: num(w.baseline.value) },
        t0: w.t0,
        f: num(w.f),
        A: num(w.A),
        P: num(w.P),
        expected: num(w.expected),
        gap: num(w.gap),
        deadline: w.deadline,
        year: w.year,
        areasMeeting: w.areasMeeting,
        areas: w.areas?.map((a) => ({ ...a, value: num(a.value) })),
        rolledUp: rollup ? w.rolledUp : undefined,
      },
      history: r.history?.map((h) => ({ year: h.year, value: num(h.value), status: h.status })),
      trend: r.trend?.map(num),
      notes: r.notes
        .filter((n) => rollup || n.code !== "rolled-up")
        .map((n) => {
          const { period: _p, ...args } = n.args ?? {};
          return {
            code: n.code,
            args: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, num(v)])),
          };
        }),
    };
  });
}

// ---- random drops from the real plan -------------------------------------------

type Gen = fc.GeneratorValue;

/** Hundredths of a value around the indicator's targets (0 to 1.3 × the largest). */
function valueRange(ind: Indicator): [number, number] {
  let top = 0;
  for (const t of plan.targets) {
    if (t.indicator !== ind.id) continue;
    if (typeof t.value === "number") top = Math.max(top, t.value);
    if (t.perArea) top = Math.max(top, t.perArea.value);
  }
  if (top === 0) top = 50;
  let max = Math.round(top * 130);
  if (ind.max !== undefined) max = Math.min(max, ind.max * 100);
  return [Math.round((ind.min ?? 0) * 100), max];
}

function drawValue(g: Gen, ind: Indicator): number | State {
  if (ind.kind === "milestone")
    return g(() => fc.constantFrom<State>("not_started", "in_progress", "done"));
  const [min, max] = valueRange(ind);
  return g(() => fc.integer({ min, max }));
}

function row(g: Gen, ind: Indicator, ym: string, area: string): Row {
  return {
    indicator: ind.id,
    ym,
    label: g(() => fc.constantFrom(...canonical(ym))),
    value: drawValue(g, ind),
    area,
    unit: ind.kind === "milestone" ? "" : ind.unit,
    exp: 0,
    style: "plain",
  };
}

/** A drop: for every indicator with targets, a few county rows (by-area indicators: town rows). */
function drawDrop(g: Gen): { rows: Row[]; asOf: string | undefined } {
  const rows: Row[] = [];
  const used = new Set(plan.targets.map((t) => t.indicator));
  const towns = plan.areas.filter((a) => a.type === "town").map((a) => a.name);
  for (const ind of plan.indicators) {
    if (!used.has(ind.id)) continue;
    if (ind.byArea) {
      for (const town of g(() => fc.subarray(towns, { maxLength: 4 }))) {
        for (const ym of g(() => fc.subarray(MONTHS, { maxLength: 3 })))
          rows.push(row(g, ind, ym, town));
      }
      continue;
    }
    for (const ym of g(() => fc.subarray(MONTHS, { maxLength: 4 }))) rows.push(row(g, ind, ym, ""));
  }
  const asOf = g(() =>
    fc.constantFrom(
      undefined,
      "2024-06-30",
      "2024-12-31",
      "2025-03-31",
      "2025-06-30",
      "2025-09-30",
      "2025-12-31",
      "2026-03-31",
    ),
  );
  return {
    rows: g(() => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    asOf,
  };
}

function same(a: Judged, b: Judged, rollup = true): void {
  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  expect(snapshot(b.check, rollup)).toEqual(snapshot(a.check, rollup));
}

// ---- the properties -------------------------------------------------------------

describe("metamorphic: a drop's meaning does not depend on how it is written (fixed seeds)", () => {
  it("the base drops are valid and exercise every status", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const r = judgeFiles([render(rows)], asOf);
        expect(r.errors).toEqual([]);
        expect(r.rows).toBe(rows.length);
        for (const t of r.check.results) seen.add(t.status);
      }),
      { seed: 10100, numRuns: RUNS, endOnFailure: true },
    );
    expect([...seen].sort()).toEqual(["at-risk", "behind", "missed", "no-data", "pass"]);
  });

  it("rows split across several files in any way, in any order", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const base = judgeFiles([render(rows)], asOf);
        const n = g(() => fc.integer({ min: 2, max: 5 }));
        const files: Row[][] = Array.from({ length: n }, () => []);
        for (const r of g(() =>
          fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        )) {
          (files[g(() => fc.integer({ min: 0, max: n - 1 }))] as Row[]).push(r);
        }
        const split = judgeFiles(
          files.map((f) => render(f)),
          asOf,
        );
        expect(split.findings).toEqual([]);
        same(base, split);
      }),
      { seed: 10101, numRuns: RUNS, endOnFailure: true },
    );
  });

  it("a period written another way for the same date", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const relabelled = rows.map((r) => ({
          ...r,
          label: g(() => fc.constantFrom(...labels(r.ym))),
        }));
        same(judgeFiles([render(rows)], asOf), judgeFiles([render(relabelled)], asOf));
      }),
      { seed: 10102, numRuns: RUNS, endOnFailure: true },
    );
  });

  it("a value in a unit that converts, with thousands separators, or in full-width digits", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const rewritten = rows.map((r): Row => {
          if (typeof r.value === "string") return r;
          const alternatives = ALTERNATIVE_UNITS[r.unit] ?? [];
          const [unit, exp] = g(() =>
            fc.constantFrom<[string, number]>([r.unit, 0], ["", 0], ...alternatives),
          );
          const style = g(() =>
            fc.constantFrom<Row["style"]>("plain", "grouped", "wide", "grouped-wide"),
          );
          return { ...r, unit, exp, style };
        });
        same(judgeFiles([render(rows)], asOf), judgeFiles([render(rewritten)], asOf));
      }),
      { seed: 10103, numRuns: RUNS, endOnFailure: true },
    );
  });

  it("a county figure replaced by town rows that add up to it on the same date (sum indicators)", () => {
    const areas = (): string[] => plan.areas.map((a) => a.name);
    const byId = (): Map<string, Indicator> => new Map(plan.indicators.map((i) => [i.id, i]));
    let replaced = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const indicators = byId();
        const out: Row[] = [];
        for (const r of rows) {
          const ind = indicators.get(r.indicator) as Indicator;
          if (
            ind.rollup !== "sum" ||
            typeof r.value !== "number" ||
            r.area !== "" ||
            !g(() => fc.boolean())
          ) {
            out.push(r);
            continue;
          }
          replaced++;
          const towns = g(() => fc.subarray(areas(), { minLength: 1, maxLength: 5 }));
          // cut the figure (in hundredths) into one part per town
          const cuts = towns
            .slice(1)
            .map(() => g(() => fc.integer({ min: 0, max: r.value as number })));
          const points = [0, ...cuts.sort((a, b) => a - b), r.value];
          towns.forEach((town, i) => {
            out.push({
              ...r,
              area: town,
              value: (points[i + 1] as number) - (points[i] as number),
              label: g(() => fc.constantFrom(...labels(r.ym))),
            });
          });
        }
        same(judgeFiles([render(rows)], asOf), judgeFiles([render(out)], asOf), false);
      }),
      { seed: 10104, numRuns: RUNS, endOnFailure: true },
    );
    expect(replaced).toBeGreaterThan(RUNS);
  });

  it("the drop re-encoded as GB18030 with Chinese headers and CRLF", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { rows, asOf } = drawDrop(g);
        const zh = rows.map((r) => ({ ...r, zhState: typeof r.value === "string" }));
        const encoded = render(zh, { chineseHeader: true, crlf: true, gb18030: true });
        const r = judgeFiles([encoded], asOf);
        expect(r.findings).toEqual([]);
        same(judgeFiles([render(rows)], asOf), r);
      }),
      { seed: 10105, numRuns: RUNS, endOnFailure: true },
    );
  });
});

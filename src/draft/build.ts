/**
 * A draft plan from a document's text: its outline, the targets each measure
 * states, the bodies its responsibility lines name; every guess noted where
 * it was made (a path into the plan and a review code).
 */

import { MISSING_FIELD, type REVIEW_WORDS } from "../i18n/draft.js";
import * as L from "./lexicon.js";
import { outline } from "./outline.js";
import { type Found, findTargets, type ReviewCode } from "./targets.js";
import {
  matcher,
  type Responsibility,
  type Role,
  responsibilities,
  strongerRole,
} from "./units.js";

export type DraftReview =
  | ReviewCode
  | "no-number"
  | "no-issuer"
  | "no-date"
  | "window-from-deadlines"
  | "window-from-issued"
  | "window-extended"
  | "no-window"
  | "made-section"
  | "owner-first-named"
  | "owner-none"
  | "unit-new"
  | "no-target";

/** Every review code has its words in both languages, and no words lack a code. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REVIEW_WORDS_MATCH: [
  Same<DraftReview, keyof (typeof REVIEW_WORDS)["zh"]>,
  Same<DraftReview, keyof (typeof REVIEW_WORDS)["en"]>,
] = [true, true];

export interface Note {
  path: (string | number)[];
  code: DraftReview;
}

interface Text {
  zh: string;
}

export interface DraftUnit {
  id: string;
  name: string;
  en: string | undefined;
  /** left out when there are none */
  aliases: string[] | undefined;
}

export interface DraftIndicator {
  id: string;
  name: Text;
  unit: string;
  kind: Found["kind"];
  rollup: "sum" | "none";
  max?: number;
}

export interface DraftMeasure {
  number: number;
  section: string;
  title: Text;
  units: { unit: string; role: Role; as?: string }[];
  text: string;
}

export interface DraftTarget {
  id: string;
  measure: number | null;
  section: string;
  indicator: string;
  owner: string | undefined;
  name: Text;
  comparator: Found["comparator"];
  value: number | "done";
  unit: string;
  tolerance?: number;
  baseline?: { value: number; date: string };
  deadline: string;
  cadence: "by-deadline" | "annual";
  quote: string;
}

export interface DraftPlan {
  plan: {
    title: Text;
    number: string;
    issuer: string;
    issued: string;
    window: { start: string; end: string };
    source?: string;
  };
  sections: { numeral: string; title: Text }[];
  units: DraftUnit[];
  indicators: DraftIndicator[];
  measures: DraftMeasure[];
  targets: DraftTarget[];
}

export interface Draft {
  plan: DraftPlan;
  notes: Note[];
}

/** The relative tolerance of a 左右 target not in percent (STATUS-RULES.md's default, 5%). */
const TOLERANCE = 0.05;

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dateOf = (y: number, m = 12) =>
  `${y}-${String(m).padStart(2, "0")}-${String(lastDay(y, m)).padStart(2, "0")}`;

/** Draft a plan from its text. `source`: the document, as the plan file will refer to it. */
export function draftPlan(text: string, source?: string): Draft {
  const notes: Note[] = [];
  const note = (path: Note["path"], code: DraftReview) => notes.push({ path, code });
  const o = outline(text);
  const match = matcher(o.meta.locality);

  // units, in the order the document names them
  const units: DraftUnit[] = [];
  const byKey = new Map<string, DraftUnit>();
  let fresh = 0;
  const unitOf = (written: string): DraftUnit => {
    const k = match.key(written);
    let u = byKey.get(k);
    if (!u) {
      const body = match.body(written);
      const id = body ? body.id : `unit-${++fresh}`;
      // the table's forms at the document's level: 县… in a county, 区… in a district
      const level = /[区市旗]$/.exec(o.meta.locality ?? "")?.[0];
      const atLevel = (n: string) =>
        level ? n.replace(/^县/, level).replace(/^(团)县(委)$/, `$1${level}$2`) : n;
      const aliases = body ? body.names.map(atLevel).filter((n) => n !== written) : [];
      u = { id, name: written, en: body?.en, aliases: aliases.length > 0 ? aliases : undefined };
      if (!body) note(["units", units.length], "unit-new");
      byKey.set(k, u);
      units.push(u);
    } else if (u.name !== written && !u.aliases?.includes(written))
      u.aliases = [...(u.aliases ?? []), written];
    return u;
  };

  const measures: DraftMeasure[] = [];
  const targets: DraftTarget[] = [];
  const indicators: DraftIndicator[] = [];
  const years: number[] = [];
  const plannedTargets: {
    found: Found;
    block: number;
    measure: number | null;
    section: string;
    resp: Responsibility[];
  }[] = [];

  for (const m of o.measures) {
    const mtext = text.slice(m.start, m.end);
    const resp = responsibilities(mtext);
    const refs = new Map<string, { unit: string; role: Role; as?: string }>();
    for (const r of resp) {
      for (const n of r.named) {
        const u = unitOf(n.name);
        const had = refs.get(u.id);
        if (had) had.role = strongerRole(had.role, n.role);
        else
          refs.set(
            u.id,
            n.name === u.name
              ? { unit: u.id, role: n.role }
              : { unit: u.id, role: n.role, as: n.name },
          );
      }
    }
    measures.push({
      number: m.number,
      section: m.section,
      title: { zh: m.title || mtext.slice(0, 20) },
      units: [...refs.values()],
      text: mtext,
    });
    for (const f of findTargets(mtext))
      plannedTargets.push({
        found: f,
        block: m.start,
        measure: m.number,
        section: m.section,
        resp,
      });
  }
  for (const b of o.loose) {
    const btext = text.slice(b.start, b.end);
    const resp = responsibilities(btext);
    for (const f of findTargets(btext))
      plannedTargets.push({ found: f, block: b.start, measure: null, section: b.section, resp });
  }
  plannedTargets.sort((a, b) => a.block + a.found.at - (b.block + b.found.at));

  // the plan's window: its title's years, else its deadlines', else its date's
  const meta = o.meta;
  for (const p of plannedTargets) if (p.found.deadline) years.push(p.found.deadline.year);
  let win = meta.window;
  if (win?.from === "deadlines") note(["plan", "window"], "window-from-deadlines");
  if (win?.from === "issued") note(["plan", "window"], "window-from-issued");
  if (!win) {
    const y = years.length ? years : [new Date().getUTCFullYear()];
    win = { start: Math.min(...y), end: Math.max(...y), from: "deadlines" };
    note(["plan", "window"], years.length ? "window-from-deadlines" : "no-window");
  }
  const lo = Math.min(win.start, ...years);
  const hi = Math.max(win.end, ...years);
  if (lo !== win.start || hi !== win.end) note(["plan", "window"], "window-extended");

  const perMeasure = new Map<number | null, number>();
  for (const p of plannedTargets) {
    const f = p.found;
    const k = (perMeasure.get(p.measure) ?? 0) + 1;
    perMeasure.set(p.measure, k);
    const suffix = `${p.measure ?? 0}-${k}`;
    const i = targets.length;
    const at = (field?: string): Note["path"] => (field ? ["targets", i, field] : ["targets", i]);
    const indicator: DraftIndicator = {
      id: `i-${suffix}`,
      name: { zh: f.name },
      unit: f.unit,
      kind: f.kind,
      rollup: L.COUNT_UOMS.test(f.unit) || f.kind === "eliminate" ? "sum" : "none",
    };
    if (
      L.PERCENT_UOMS.test(f.unit) &&
      !L.POINTS.test(f.unit) &&
      (f.kind === "coverage" || L.RATE.test(f.name))
    )
      indicator.max = 100;
    indicators.push(indicator);
    const quote = text.slice(p.block + f.start, p.block + f.end);
    const target: DraftTarget = {
      id: `t-${suffix}`,
      measure: p.measure,
      section: p.section,
      indicator: indicator.id,
      owner: undefined,
      name: {
        zh: f.title ?? quote.replace(/^(?:到|至|力争到?)?20\d{2}年(?:底|末)?[，,]?/, ""),
      },
      comparator: f.comparator,
      value: f.value,
      unit: f.unit,
      deadline: f.deadline ? dateOf(f.deadline.year, f.deadline.month) : dateOf(hi),
      cadence: f.annual ? "annual" : "by-deadline",
      quote,
    };
    if (f.comparator === "~" && !L.PERCENT_UOMS.test(f.unit)) target.tolerance = TOLERANCE;
    if (f.baseline) target.baseline = { value: f.baseline.value, date: dateOf(f.baseline.year) };
    // the owner: the lead of the responsibility line after the value, else its sole, else its first
    const line = p.resp.find((r) => r.start >= f.at) ?? p.resp.at(-1);
    const named = line?.named ?? [];
    const lead = named.find((n) => n.role === "lead") ?? named.find((n) => n.role === "sole");
    const chosen = lead ?? named[0];
    if (chosen) {
      target.owner = unitOf(chosen.name).id;
      if (
        !lead ||
        (line?.unmarked && named.length > 1) ||
        named.filter((n) => n.role === "lead").length > 1
      )
        note(at("owner"), "owner-first-named");
    } else note(at(), "owner-none");
    for (const code of f.review) {
      const field =
        code === "deadline-plan-end"
          ? "deadline"
          : code === "approx-tolerance"
            ? "tolerance"
            : code === "baseline-read"
              ? "baseline"
              : code === "unit-guessed" || code === "eliminate-unit"
                ? "unit"
                : code === "comparator-default" || code === "comparator-greater"
                  ? "comparator"
                  : undefined;
      note(at(field), code);
    }
    targets.push(target);
  }

  const meta2 = {
    title: { zh: meta.title ?? "" },
    number: meta.number ?? MISSING_FIELD,
    issuer: meta.issuer ?? MISSING_FIELD,
    issued: meta.issued ?? `${win.start}-01-01`,
    window: { start: `${lo}-01-01`, end: dateOf(hi) },
    ...(source === undefined ? {} : { source }),
  };
  if (!meta.number) note(["plan", "number"], "no-number");
  if (!meta.issuer) note(["plan", "issuer"], "no-issuer");
  if (!meta.issued) note(["plan", "issued"], "no-date");
  if (o.madeSection) note(["sections", 0], "made-section");
  if (targets.length === 0) note(["targets"], "no-target");
  return {
    plan: {
      plan: meta2,
      sections: o.sections.map((s) => ({
        numeral: s.numeral,
        title: { zh: s.title || s.numeral },
      })),
      units,
      indicators,
      measures,
      targets,
    },
    notes,
  };
}

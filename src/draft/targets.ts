/**
 * The quantified targets a block of plan text states, in the genre's set
 * phrasings: 「到2025年，X达到N单位（以上|左右）」, 「X控制在N以内」,
 * 「每年新增X N人以上」, 「建设N处X」, 「X实现全覆盖」, 「X全面消除/清零」,
 * 「X二期工程建成通车」. Each comes with its verbatim quote and the guesses
 * made on the way (review codes, worded in src/i18n/draft.ts).
 */
import { governing, MASK, mask, type Sentence, type Span, sentences, trimmed } from "./clauses.js";
import type { Comparator, Found, Kind, ReviewCode } from "./found.js";
import * as L from "./lexicon.js";
import { readTables } from "./tables.js";

export type { Comparator, Found, Kind, ReviewCode } from "./found.js";

interface Quantity {
  start: number;
  numberStart: number;
  end: number;
  value: number;
  unit: string;
  suffix: string;
  approx: boolean;
}

const cjk = /[\u4e00-\u9fff]/;

/** Every quantity with a unit in a clause (masked text). */
function quantities(masked: string, c: Span): Quantity[] {
  const out: Quantity[] = [];
  const text = masked.slice(c.start, c.end);
  for (const m of text.matchAll(new RegExp(L.QUANTITY.source, "g"))) {
    const [whole, approx, num, scale, unit, suffix] = m;
    if (num === undefined) continue;
    const start = c.start + m.index;
    const numberStart = start + (approx?.length ?? 0);
    const end = start + whole.length;
    const after = masked.slice(
      numberStart + num.length + (scale?.length ?? 0) + (unit?.length ?? 0),
    );
    if (unit === undefined && scale === undefined) continue;
    if (unit === undefined && L.NOT_A_VALUE_AFTER.test(after)) continue;
    if (L.NOT_A_VALUE_BEFORE.test(masked.slice(Math.max(c.start, numberStart - 3), numberStart)))
      continue;
    const u = unit === "％" ? "%" : (unit ?? "");
    out.push({
      start,
      numberStart,
      end,
      value: Number(num),
      unit: `${scale ?? ""}${u}`,
      suffix: suffix ?? "",
      approx: approx !== undefined,
    });
  }
  return out;
}

/** What comes before a value, a year between a verb and it set aside (提高到2030年的58%). */
const verbPart = (pre: string) => pre.replace(/\s*20\d{2}\s*年(?:底|末)?的\s*$/, "");

/** The clause before `c` in its sentence when it only states a deadline (到2025年，). */
function deadlineLead(text: string, masked: string, s: Sentence, c: Span): Span | undefined {
  const i = s.clauses.findIndex((x) => x.start === c.start);
  const prev = i > 0 ? s.clauses[i - 1] : undefined;
  if (!prev) return undefined;
  const p = trimmed(text, prev);
  const rest = masked.slice(p.start, p.end).replace(new RegExp(L.DEADLINE.source, "g"), "");
  return /^(?:力争|争取|确保|计划|预计)?(?:实现)?$/.test(rest) ? p : undefined;
}

/** A name from the text: markers, comparator words and deadlines cut off. */
function cleanName(raw: string): string {
  let s = raw
    .replace(new RegExp(L.DEADLINE.source, "g"), "")
    .replace(new RegExp(L.BASE_YEAR.source, "g"), "")
    .replace(/在的基础上|基础上/g, "");
  for (let k = 0; k < 3; k++) s = s.replace(L.NAME_LEAD, "").replace(L.NAME_TAIL, "");
  return s.trim();
}

function deadlineOf(s: Sentence, at: number): Found["deadline"] {
  const d = governing(s, at);
  return d ? { year: d.year, month: d.month } : undefined;
}

/** The targets stated in a block of text. */
export function findTargets(text: string): Found[] {
  // a table's rows are read as a table, not as sentences
  const tables = readTables(text);
  let masked = mask(text);
  for (const r of tables.rows)
    masked = masked.slice(0, r.start) + MASK.repeat(r.end - r.start) + masked.slice(r.end);
  const out: Found[] = [...tables.targets];
  for (const s of sentences(masked)) {
    for (const raw of s.clauses) {
      const c = trimmed(text, raw);
      if (c.end <= c.start) continue;
      const found = quantityTargets(text, masked, s, c);
      if (found.length === 0) {
        const other =
          perAreaTarget(text, masked, s, c) ??
          coverageTarget(text, masked, s, c) ??
          eliminateTarget(text, masked, s, c);
        if (other) found.push(other);
        else found.push(...milestoneTargets(text, masked, s, c));
      }
      for (const f of found) {
        if (
          !out.some(
            (o) =>
              o.start === f.start && o.end === f.end && o.value === f.value && o.name === f.name,
          )
        )
          out.push(f);
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function quantityTargets(text: string, masked: string, s: Sentence, c: Span): Found[] {
  const qs = quantities(masked, c);
  if (qs.length === 0) return [];
  if (perAreaTarget(text, masked, s, c)) return [];
  const clauseMasked = masked.slice(c.start, c.end);
  const accepted: Quantity[] = [];
  qs.forEach((q, i) => {
    const pre = verbPart(masked.slice(c.start, q.start));
    const nextStart = qs[i + 1]?.start ?? c.end;
    const post = masked.slice(q.end, nextStart);
    const atEnd = /^\s*(?:、|$)/.test(post) || (i < qs.length - 1 && /^\s*[、和及]\s*$/.test(post));
    const lastChars = pre.slice(-4);
    if (L.QUALIFIER_BEFORE.test(pre) && !atEnd) return; // 投资500万元以上项目
    if (!atEnd && (L.AT_LEAST_SUFFIX.test(q.suffix) || L.AT_MOST_SUFFIX.test(q.suffix))) {
      if (!L.ACTION.test(lastChars)) return; // 8度及以上地区: a qualifier
    }
    const compared =
      L.BEFORE.le.test(pre) ||
      L.BEFORE.gt.test(pre) ||
      L.BEFORE.ge.test(pre) ||
      L.BEFORE.change.test(pre);
    const marked =
      governing(s, q.start) !== undefined || L.ANNUAL.test(pre) || /力争|确保|争取/.test(pre);
    let yes = false;
    if (compared || q.suffix !== "" || q.approx) yes = atEnd || q.suffix !== "" || q.approx;
    if (!yes && atEnd) yes = L.ACTION.test(pre) || marked || cjk.test(pre);
    if (!yes && !atEnd) yes = (L.ACTION.test(lastChars) && marked) || L.BUILD_ACTION.test(pre);
    // 「培育1处A、1处B」: a list goes on with the same action
    const before = accepted.at(-1);
    if (
      !yes &&
      before &&
      /^\S{0,30}、\s*$/.test(masked.slice(before.end, q.start)) &&
      !/[，；]/.test(masked.slice(before.end, q.start))
    )
      yes = masked.slice(before.end, q.start).trim().endsWith("、");
    if (!yes && !atEnd && compared) yes = marked;
    if (yes) accepted.push(q);
  });
  if (accepted.length === 0) return [];
  const respectively = /分别/.test(clauseMasked) && accepted.length > 1;
  const lead = deadlineLead(text, masked, s, c);
  return accepted.map((q, i) => {
    // the quote: the clause, or its piece between 、 when it lists several targets
    let qs0 = c.start;
    let qe = c.end;
    if (!respectively && accepted.length > 1) {
      const prev = accepted[i - 1];
      if (prev) {
        const sep = masked.lastIndexOf("、", q.start);
        qs0 = sep >= prev.end ? sep + 1 : prev.end;
      }
      const next = accepted[i + 1];
      if (next) {
        const sep = masked.indexOf("、", q.end);
        qe = sep >= 0 && sep < next.start ? sep : next.start;
      }
    }
    const first = qs0 === c.start;
    const start = first && lead ? lead.start : qs0;
    const pre = verbPart(masked.slice(c.start, q.start));
    const review: Found["review"] = [];
    let comparator: Comparator = ">=";
    const change = L.BEFORE.change.test(pre) && !L.BEFORE.ge.test(pre) && !L.BEFORE.le.test(pre);
    if (L.APPROX_SUFFIX.test(q.suffix) || q.approx || L.BEFORE.approx.test(pre)) comparator = "~";
    else if (L.BEFORE.le.test(pre) || L.AT_MOST_SUFFIX.test(q.suffix)) comparator = "<=";
    else if (L.BEFORE.gt.test(pre)) {
      comparator = ">";
      review.push("comparator-greater");
    } else if (!L.BEFORE.ge.test(pre) && !L.AT_LEAST_SUFFIX.test(q.suffix) && !change)
      review.push("comparator-default");
    if (comparator === "~" && q.unit !== "%") review.push("approx-tolerance");
    if (/基本(?:实现|达到|完成|建成)/.test(masked.slice(qs0, q.start))) review.push("basically");
    // the name: what the clause says before the value, or the thing counted after it
    const atEnd = /^\s*(?:、|$)/.test(masked.slice(q.end, qe));
    let name: string;
    if (respectively) name = respectiveName(text.slice(c.start, q.start), i, accepted.length);
    else if (atEnd) name = cleanName(text.slice(qs0, q.start));
    else {
      const counted = cleanName(text.slice(q.end, qe)).replace(/(?:建设|工作|项目建设)$/, "");
      name = L.COUNT_UOMS.test(q.unit) ? `${counted}数` : counted;
    }
    if (change) {
      name = `${name.replace(L.BEFORE.change, "")}${pre.match(L.BEFORE.change)?.[0] ?? ""}幅度`;
      if (L.BASE_YEAR.test(text.slice(c.start, q.start))) review.push("change-from-base");
    }
    // 由2025年的51.6%提高到…: the name ends before 由, the start is a baseline
    const from = L.FROM_BASE.exec(masked.slice(qs0, q.start));
    let baseline: Found["baseline"];
    if (from && !respectively) {
      name = cleanName(text.slice(qs0, qs0 + from.index));
      if (from[1] !== undefined) {
        baseline = { value: Number(from[2]), year: Number(from[1]) };
        review.push("baseline-read");
      }
    }
    if (name === "") name = text.slice(start, qe);
    const annual = L.ANNUAL.test(
      masked
        .slice(s.start, q.start)
        .split(/[。；;]/)
        .at(-1) ?? "",
    );
    const clauseText = masked.slice(qs0, qe);
    let kind: Kind = "level";
    if (annual) kind = "annual";
    else if (q.unit === "%" && L.COVERAGE.test(clauseText)) kind = "coverage";
    else if (L.INCREASE.test(clauseText) && !/%/.test(q.unit)) kind = "increase";
    const deadline = deadlineOf(s, q.start);
    if (!deadline && !annual) review.push("deadline-plan-end");
    if (q.unit === "万" || q.unit === "亿") review.push("unit-guessed");
    return {
      start,
      end: respectively ? c.end : qe,
      at: q.start,
      name,
      comparator,
      value: q.value,
      unit: q.unit,
      kind,
      annual,
      deadline,
      review,
      baseline,
    };
  });
}

/** 「街道、乡镇…覆盖率分别达到100%、60%」: the i-th of n names listed with 、. */
function respectiveName(raw: string, i: number, n: number): string {
  const base = cleanName(raw.replace(/分别.*$/, ""));
  const parts = base.split("、");
  if (parts.length !== n) return base;
  const last = parts[n - 1] ?? "";
  const head = parts[0] ?? "";
  const tail = last.slice(head.length);
  return i === n - 1 ? last : `${parts[i]}${tail}`;
}

/** 「N个镇实现X M万人」: a count of areas reaching a threshold. */
function perAreaTarget(text: string, masked: string, s: Sentence, c: Span): Found | undefined {
  const m =
    /^(?:力争|确保|争取)?(\d+)个(镇|乡镇|街道|村|社区|行政村|县|园区|开发区)(基本)?(?:实现|达到|超过)/.exec(
      masked.slice(c.start, c.end),
    );
  if (!m || !/\d/.test(masked.slice(c.start + m[0].length, c.end))) return undefined;
  const lead = deadlineLead(text, masked, s, c);
  const review: ReviewCode[] = ["per-area-count"];
  if (m[3]) review.push("basically");
  const deadline = deadlineOf(s, c.start + 1);
  if (!deadline) review.push("deadline-plan-end");
  const threshold = cleanName(text.slice(c.start + m[0].length, c.end));
  return {
    start: lead ? lead.start : c.start,
    end: c.end,
    at: c.start,
    name: `${threshold}的${m[2] ?? ""}数`,
    comparator: ">=",
    value: Number(m[1]),
    unit: "个",
    kind: "level",
    annual: false,
    deadline,
    review,
    baseline: undefined,
  };
}

function coverageTarget(text: string, masked: string, s: Sentence, c: Span): Found | undefined {
  const clause = masked.slice(c.start, c.end);
  const m = L.FULL_COVERAGE.exec(clause);
  if (!m || !cjk.test(clause.slice(0, m.index))) return undefined;
  const lead = deadlineLead(text, masked, s, c);
  const review: ReviewCode[] = ["coverage-full"];
  if (m[1]) review.push("basically");
  const deadline = deadlineOf(s, c.start + m.index);
  if (!deadline) review.push("deadline-plan-end");
  const name = cleanName(text.slice(c.start, c.start + m.index));
  return {
    start: lead ? lead.start : c.start,
    end: c.end,
    at: c.start + m.index,
    name: `${name || text.slice(c.start, c.end)}覆盖率`,
    comparator: ">=",
    value: 100,
    unit: "%",
    kind: "coverage",
    annual: false,
    deadline,
    review,
    baseline: undefined,
  };
}

function eliminateTarget(text: string, masked: string, s: Sentence, c: Span): Found | undefined {
  const clause = masked.slice(c.start, c.end);
  let thing: string | undefined;
  let at = c.start;
  const end = L.ELIMINATE_END.exec(clause);
  if (end && cjk.test(clause.slice(0, end.index)) && !clause.includes(MASK.repeat(2) + end[0])) {
    thing = cleanName(text.slice(c.start, c.start + end.index)).replace(/^全部/, "");
    at = c.start + end.index;
  } else {
    const start = L.ELIMINATE_START.exec(clause);
    if (start?.[1]) thing = cleanName(text.slice(c.end - start[1].length, c.end));
  }
  if (!thing || thing.length < 2) return undefined;
  const lead = deadlineLead(text, masked, s, c);
  const review: ReviewCode[] = ["eliminate-unit"];
  if (/基本(?:消除|清零|实现)/.test(clause)) review.push("basically");
  const deadline = deadlineOf(s, at);
  if (!deadline) review.push("deadline-plan-end");
  const length = /管网|管道|管线|河道|河段|岸线|道路|路段|渠/.test(thing);
  return {
    start: lead ? lead.start : c.start,
    end: c.end,
    at,
    name: length ? `${thing}长度` : `${thing}数`,
    comparator: "<=",
    value: 0,
    unit: length ? "公里" : "个",
    kind: "eliminate",
    annual: false,
    deadline,
    review,
    baseline: undefined,
  };
}

/** 「X建成通车」「推进X二期工程建设」: named projects to complete. */
function milestoneTargets(text: string, masked: string, s: Sentence, c: Span): Found[] {
  const clause = masked.slice(c.start, c.end);
  const verb = L.MILESTONE_VERB.exec(clause);
  const phase = verb ? null : L.PHASE_PROJECT.exec(clause);
  if (!verb && !phase) return [];
  const lead =
    /^(?:加快推进|加快|推进|确保|力争|尽快|全力推进|大力推进|实现|推动|完成|启动|开工建设|基本)+/;
  let from = c.start;
  let project = text
    .slice(c.start, c.start + (verb ? verb.index : c.end - c.start))
    .replace(lead, "");
  if (phase) project = project.replace(/(?:建设|建成)$/, "");
  if (verb && cjk.test(project) === false) {
    // 「加快推进A和B，尽快建成通车」: the projects are named in the clause before
    const i = s.clauses.findIndex((x) => x.start <= c.start && c.start < x.end);
    const prev = i > 0 ? s.clauses[i - 1] : undefined;
    if (!prev) return [];
    const p = trimmed(text, prev);
    from = p.start;
    project = text.slice(p.start, p.end).replace(lead, "");
  }
  if (!L.PROJECT_NAME.test(project) || project.length < 3) return [];
  const parts = project.split(/和|及|、/).filter((x) => L.PROJECT_NAME.test(x) && x.length >= 3);
  const deadline = deadlineOf(s, c.start + 1);
  const review: ReviewCode[] = ["milestone"];
  if (!deadline) review.push("deadline-plan-end");
  const done = verb ? verb[0] : "建设";
  return (parts.length > 1 ? parts : [project]).map((p) => ({
    start: from,
    end: c.end,
    at: c.start,
    name: `${p}${done === "建设" ? "建成" : done}`,
    comparator: "=",
    value: "done",
    unit: "state",
    kind: "milestone",
    annual: false,
    deadline,
    review: [...review],
    baseline: undefined,
  }));
}

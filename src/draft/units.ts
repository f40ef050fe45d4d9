/**
 * Responsibility lines — （县发改局牵头，县住建局、县财政局按职责分工负责）,
 * （责任单位：县住建局）, 牵头单位：…；配合单位：… — read into the bodies
 * they name and their roles (lead 牵头, sole 负责 with one body, shared), and
 * each name matched to a usual county body (src/draft/bodies.ts) whatever
 * form it is written in.
 */
import { nameKey } from "../names.js";
import { BODIES, type Body } from "./bodies.js";
import * as L from "./lexicon.js";

export type Role = "lead" | "sole" | "shared";

export interface Named {
  /** as the document writes it */
  name: string;
  role: Role;
}

export interface Responsibility {
  start: number;
  end: number;
  named: Named[];
  /** no role word: the first named is taken as the lead */
  unmarked: boolean;
}

const ROLE_RANK: Record<Role, number> = { lead: 3, sole: 2, shared: 1 };
export const strongerRole = (a: Role, b: Role): Role => (ROLE_RANK[a] >= ROLE_RANK[b] ? a : b);

/** The names and roles of one responsibility phrase, or undefined if it names no body. */
export function readPhrase(phrase: string): { named: Named[]; unmarked: boolean } | undefined {
  const groups = phrase
    .replace(/^[（(]|[）)]$/g, "")
    .split(/[，,；;。]/)
    .map((g) => g.trim())
    .filter((g) => g !== "");
  const out: Named[] = [];
  let pending: string[] = [];
  let unmarked = true;
  let labelled = false;
  for (const g of groups) {
    let rest = g;
    let role: Role | undefined;
    const label = L.RESPONSIBILITY_LABEL.exec(rest);
    if (label) {
      labelled = true;
      if (/牵头|主办/.test(label[0])) role = "lead";
      else if (/配合|参与|协办/.test(label[0])) role = "shared";
      // 责任单位：A；配合单位：B — A leads
      else if (/配合单位|参与单位|协办单位/.test(phrase) && !/牵头/.test(phrase)) role = "lead";
      rest = rest.slice(label[0].length);
    }
    if (L.ROLE_LEAD.test(rest)) role = "lead";
    else if (L.ROLE_SHARED.test(rest)) role = role ?? "shared";
    else if (L.ROLE_SOLE.test(rest)) role = role ?? "sole";
    rest = rest.replace(L.ROLE_SHARED, "").replace(L.ROLE_LEAD, "").replace(L.ROLE_SOLE, "");
    const names: { name: string; lead: boolean }[] = [];
    for (const raw of rest.split(/[、\s]+/)) {
      const lead = /[（(]牵头[）)]$/.test(raw);
      const name = raw
        .replace(/[（(]牵头[）)]$/, "")
        .replace(/等$/, "")
        .trim();
      if (name !== "" && !L.NOT_A_BODY.test(name) && L.ORG_SUFFIX.test(name))
        names.push({ name, lead });
    }
    if (role === undefined && !label) {
      pending.push(...names.map((n) => n.name));
      continue;
    }
    if (role !== undefined) unmarked = false;
    const all = [...pending.map((name) => ({ name, lead: false })), ...names];
    pending = [];
    const r: Role = role ?? "shared";
    for (const n of all) {
      if (n.lead) unmarked = false;
      out.push({
        name: n.name,
        role: n.lead ? "lead" : r === "sole" && all.length > 1 ? "shared" : r,
      });
    }
  }
  for (const name of pending) out.push({ name, role: "shared" });
  if (out.length === 0 || (!labelled && unmarked && pending.length === out.length)) {
    // no role word, no label: not a responsibility line
    return labelled && out.length > 0 ? { named: out, unmarked: true } : undefined;
  }
  if (out.length === 1 && out[0] && out[0].role === "shared" && !/分工|配合|参与/.test(phrase)) {
    out[0].role = "sole";
  }
  return { named: out, unmarked: unmarked && !out.some((n) => n.role === "lead") };
}

/** Every responsibility phrase in a block: bracketed asides and labelled lines. */
export function responsibilities(text: string): Responsibility[] {
  const out: Responsibility[] = [];
  const bracket = /[（(]((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]/g;
  for (const m of text.matchAll(bracket)) {
    if (!L.RESPONSIBILITY.test(m[0])) continue;
    const r = readPhrase(m[0]);
    if (r) out.push({ start: m.index, end: m.index + m[0].length, ...r });
  }
  const labelled =
    /(?:^|[\n。；;])\s*((?:主要)?(?:责任单位|牵头单位|责任部门|牵头部门)\s*[:：][^\n。]*)/g;
  for (const m of text.matchAll(labelled)) {
    const phrase = m[1] ?? "";
    const start = m.index + m[0].length - phrase.length;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    const r = readPhrase(phrase);
    if (r) out.push({ start, end: start + phrase.length, ...r });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- matching names to bodies ---------------------------------------------------------

export interface Matcher {
  /** the body a name is, if the table knows it */
  body(name: string): Body | undefined;
  /** a key that two forms of one body share */
  key(name: string): string;
}

/**
 * Names brought to the table's form: the county's name taken out (成武县住建局
 * → 县住建局), 中共 dropped, a city bureau's county branch read as the county's
 * bureau (市生态环境局成武分局 → 县生态环境局).
 */
export function matcher(locality: string | undefined): Matcher {
  const index = new Map<string, Body>();
  for (const b of BODIES) for (const n of b.names) index.set(nameKey(n), b);
  const place = locality ? nameKey(locality) : "";
  const short = place.replace(/[县区市旗]$/, "");
  const forms = (name: string): string[] => {
    let k = nameKey(name)
      .replace(/^中共/, "")
      .replace(/^中国共产党/, "");
    if (place && k.startsWith(place)) k = `县${k.slice(place.length)}`;
    if (short.length >= 2) k = k.split(short).join("");
    k = k.replace(/^[县区市]?(?=县)/, "");
    const out = [k];
    if (!/^[县团市国人]/.test(k)) out.push(`县${k}`);
    if (/^区/.test(k)) out.push(`县${k.slice(1)}`);
    // a county-level city's bodies are 市…; a district's 区… (区委组织部, 团区委)
    const level = place.at(-1);
    if ((level === "市" || level === "区") && k.startsWith(level)) out.push(`县${k.slice(1)}`);
    if (level && k.includes(`${level}委`)) out.push(k.replace(`${level}委`, "县委"));
    const branch = /^市(.+?局)(?:县)?分局$/.exec(k);
    if (branch?.[1]) out.push(`县${branch[1]}`);
    return out;
  };
  const body = (name: string): Body | undefined => {
    for (const f of forms(name)) {
      const hit = index.get(f);
      if (hit) return hit;
    }
    return undefined;
  };
  const key = (name: string): string => {
    const b = body(name);
    return b ? `#${b.id}` : (forms(name)[0] ?? name);
  };
  return { body, key };
}

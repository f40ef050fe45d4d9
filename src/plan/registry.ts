/**
 * Name look-ups, the one place names resolve: a unit or an area may be named
 * by its id, its canonical name, its English name or any alias. Matching
 * ignores white space, letter case and full-width forms (`nameKey`, src/names.ts). A name may
 * carry the county in front or leave it off, as officials write it:
 * 成武县人力资源和社会保障局, 县人力资源和社会保障局 and 人力资源和社会保障局
 * are one body, and so are 中共成武县委组织部 and 县委组织部, 成武县九女集镇
 * and 九女集镇. The county's name comes from the plan's issuer (成武县人民政府).
 */
import { nameKey, nearestBy } from "../names.js";
import type { Area, Plan, Unit } from "./types.js";

const key = nameKey;

export interface Registry<T> {
  find(name: string): T | undefined;
  /**
   * The entry a name not found most likely means: the nearest name by edit
   * distance (at most 40% of the name's length), county prefix set aside.
   */
  suggest(name: string): T | undefined;
  all: readonly T[];
}

interface Named {
  id: string;
  name: string;
  en: string;
  aliases: string[];
}

/** The county as it prefixes its bodies' names: [成武县, 成武], from 成武县人民政府. */
export function countyPrefixes(plan: Plan): string[] {
  const m = /^(.+?)([县市区旗])人民政府/.exec(plan.plan.issuer.trim());
  const county = m?.[1];
  return county === undefined ? [] : [key(`${county}${m?.[2] ?? ""}`), key(county)];
}

/** The spellings a name may be known by: as written, without the county, with 县. */
function spellings(name: string, county: string[]): string[] {
  let k = key(name);
  if (k.startsWith("中共")) k = k.slice(2);
  const out = [k];
  const [full, short] = county;
  let rest: string | undefined;
  if (full && k.startsWith(full) && k.length > full.length) rest = k.slice(full.length);
  else if (short && k.startsWith(short) && k.length > short.length) rest = k.slice(short.length);
  if (rest !== undefined) out.push(rest, `县${rest}`);
  if (!k.startsWith("县")) out.push(`县${k}`);
  return out;
}

function build<T extends Named>(items: T[], county: string[]): Registry<T> {
  const byName = new Map<string, T>();
  for (const item of items) {
    for (const n of [item.id, item.name, item.en, ...item.aliases]) byName.set(key(n), item);
  }
  const find = (name: string): T | undefined => {
    for (const s of spellings(name, county)) {
      const hit = byName.get(s);
      if (hit) return hit;
    }
    return undefined;
  };
  const suggest = (name: string): T | undefined => nearestBy(spellings(name, county), byName);
  return { find, suggest, all: items };
}

const cache = new WeakMap<Plan, { units: Registry<Unit>; areas: Registry<Area> }>();

function registries(plan: Plan): { units: Registry<Unit>; areas: Registry<Area> } {
  let r = cache.get(plan);
  if (!r) {
    const county = countyPrefixes(plan);
    r = { units: build(plan.units, county), areas: build(plan.areas, county) };
    cache.set(plan, r);
  }
  return r;
}

export const unitRegistry = (plan: Plan): Registry<Unit> => registries(plan).units;
export const areaRegistry = (plan: Plan): Registry<Area> => registries(plan).areas;

/** Every name a registry entry answers to, for duplicate checks. */
export function namesOf(item: Named): string[] {
  return [item.id, item.name, item.en, ...item.aliases].map(key);
}

/**
 * The unit whose Chinese name (any spelling, the county's 县 optional) is
 * written inside a text, such as a file's name (成武县住房和城乡建设局7月报表):
 * the longest such name; undefined when none, or when two units fit equally.
 */
export function unitNamedIn(plan: Plan, text: string): Unit | undefined {
  const k = key(text);
  let best: Unit | undefined;
  let bestLength = 0;
  let tie = false;
  for (const unit of plan.units) {
    for (const n of namesOf(unit)) {
      // Chinese names only: an id such as `transport` is matched as a whole word elsewhere
      if (!/[^\x20-\x7e]/.test(n)) continue;
      const short = n.startsWith("县") ? n.slice(1) : n;
      if (short.length < 3 || !k.includes(short)) continue;
      if (short.length > bestLength) {
        best = unit;
        bestLength = short.length;
        tie = false;
      } else if (short.length === bestLength && best !== unit) tie = true;
    }
  }
  return tie ? undefined : best;
}

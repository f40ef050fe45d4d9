/**
 * Name look-ups, the one place names resolve: a unit or an area may be named
 * by its id, its canonical name, its English name or any alias. Matching
 * ignores white space, letter case and full-width forms (ＮＦＫＣ), and a
 * county body may be named without its 县 prefix (住建局 → 县住建局).
 */
import type { Area, Plan, Unit } from "./types.js";

const key = (name: string): string => name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

export interface Registry<T> {
  find(name: string): T | undefined;
  all: readonly T[];
}

function build<T extends { id: string; name: string; en: string; aliases: string[] }>(
  items: T[],
): Registry<T> {
  const byName = new Map<string, T>();
  for (const item of items) {
    for (const n of [item.id, item.name, item.en, ...item.aliases]) byName.set(key(n), item);
  }
  const find = (name: string): T | undefined => {
    const k = key(name);
    return byName.get(k) ?? (k.startsWith("县") ? undefined : byName.get(`县${k}`));
  };
  return { find, all: items };
}

const cache = new WeakMap<Plan, { units: Registry<Unit>; areas: Registry<Area> }>();

function registries(plan: Plan): { units: Registry<Unit>; areas: Registry<Area> } {
  let r = cache.get(plan);
  if (!r) {
    r = { units: build(plan.units), areas: build(plan.areas) };
    cache.set(plan, r);
  }
  return r;
}

export const unitRegistry = (plan: Plan): Registry<Unit> => registries(plan).units;
export const areaRegistry = (plan: Plan): Registry<Area> => registries(plan).areas;

/** Every name a registry entry answers to, for duplicate checks. */
export function namesOf(item: {
  id: string;
  name: string;
  en: string;
  aliases: string[];
}): string[] {
  return [item.id, item.name, item.en, ...item.aliases].map(key);
}

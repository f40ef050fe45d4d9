/**
 * Name look-ups: a unit or an area may be named by its id, its canonical
 * name or any alias. Matching ignores surrounding space and letter case.
 */
import type { Area, Plan, Unit } from "./types.js";

const key = (name: string): string => name.trim().normalize("NFKC").toLowerCase();

export interface Registry<T> {
  find(name: string): T | undefined;
  all: readonly T[];
}

function build<T extends { id: string; name: string; aliases: string[] }>(items: T[]): Registry<T> {
  const byName = new Map<string, T>();
  for (const item of items) {
    for (const n of [item.id, item.name, ...item.aliases]) byName.set(key(n), item);
  }
  return { find: (name) => byName.get(key(name)), all: items };
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
export function namesOf(item: { id: string; name: string; aliases: string[] }): string[] {
  return [item.id, item.name, ...item.aliases].map(key);
}

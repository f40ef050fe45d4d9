/** Remembering what a cell's text resolved to: a drop repeats its periods, indicators, areas, units. */

/** Entries a lookup cache holds before it starts again (bounds memory on any input). */
const MEMO_SIZE = 4096;

/** Results of a pure function by its argument; null stands for undefined (one lookup a hit). */
export type MemoCache<V> = Map<string, V | null>;

/** `f(key)`, remembered in `cache` (for a pure `f`). */
export function memo<V>(
  cache: MemoCache<V>,
  key: string,
  f: (key: string) => V | undefined,
): V | undefined {
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  if (cache.size >= MEMO_SIZE) cache.clear();
  const v = f(key);
  cache.set(key, v ?? null);
  return v;
}

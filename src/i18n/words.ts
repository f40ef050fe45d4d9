/**
 * The shape of an error's words, and `bilingual`, which gives a message in both
 * languages from a table of them (src/i18n/errors.ts, plan-errors.ts,
 * config-errors.ts, plan-shape.ts).
 */
import type { Lang } from "../vocabulary.js";

export interface Words {
  message: string;
  hint?: string;
}

/** The arguments each message of a table takes: `{ notYaml: [detail: string], ... }`. */
export type MessageArgs<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Words ? A : never;
};

/**
 * A message in both languages, as CwplanError takes it: the English message
 * and hint, and the Chinese in `zh`. (The table's type is written from the
 * arguments' so that `table[lang][key]` takes `args` whatever the key.)
 */
export function bilingual<A extends Record<string, unknown[]>, K extends keyof A & string>(
  table: Record<Lang, { [P in keyof A]: (...args: A[P]) => Words }>,
  key: K,
  ...args: A[K]
): { message: string; hint?: string; zh: Words } {
  const call = (lang: Lang) => table[lang][key](...args);
  const en = call("en");
  return { ...en, zh: call("zh") };
}

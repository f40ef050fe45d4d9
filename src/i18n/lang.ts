import type { Lang } from "../vocabulary.js";

export type { Lang } from "../vocabulary.js";

/** Chinese when the environment's locale is Chinese, else English. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh" : "en";
}

/** The plan's own words (a title, a name) in the language asked for. */
export function inLang(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}

/** A unit's or an area's name in the language asked for (`name` is Chinese, `en` English). */
export function nameInLang(named: { name: string; en: string }, lang: Lang): string {
  return inLang({ zh: named.name, en: named.en }, lang);
}

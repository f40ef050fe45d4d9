import type { Lang } from "../vocabulary.js";

export type { Lang } from "../vocabulary.js";

/** Where the environment's language comes from: a variable, or the system's locale. */
export type LangOrigin =
  | { kind: "env"; name: string; value: string }
  | { kind: "system"; locale: string };

/** The variables that name a locale, in the order POSIX gives them weight. */
const LOCALE_VARS = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The operating system's locale where the environment variables do not name
 * one. On Windows, the user's display language, as Node's Intl sees it. On
 * Linux and macOS, ICU derives its locale from those same variables, so Intl
 * could only say again what they said (`C`, or nothing: English); it is not
 * asked, as loading its locale data costs a start-up about 20 ms and 8 MiB.
 */
export function systemLocale(platform: NodeJS.Platform = process.platform): string {
  if (platform !== "win32") return "C";
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return "";
  }
}

/**
 * The language the environment asks for, and why: the first of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` that names a locale (`C` and `POSIX` name none),
 * else the operating system's locale through Intl (Windows sets none of the
 * variables). Chinese when the locale is Chinese, else English.
 */
export function langOrigin(
  env: NodeJS.ProcessEnv,
  osLocale: () => string = systemLocale,
): { lang: Lang; origin: LangOrigin } {
  for (const name of LOCALE_VARS) {
    const value = env[name];
    if (value && !/^(C|POSIX)([.@]|$)/i.test(value)) {
      return { lang: /^zh/i.test(value) ? "zh" : "en", origin: { kind: "env", name, value } };
    }
  }
  const locale = osLocale();
  return { lang: /^zh/i.test(locale) ? "zh" : "en", origin: { kind: "system", locale } };
}

/** Chinese when the environment's (or else the system's) locale is Chinese, else English. */
export function langFromEnv(env: NodeJS.ProcessEnv, osLocale?: () => string): Lang {
  return langOrigin(env, osLocale).lang;
}

/** The plan's own words (a title, a name) in the language asked for. */
export function inLang(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}

/** A unit's or an area's name in the language asked for (`name` is Chinese, `en` English). */
export function nameInLang(named: { name: string; en: string }, lang: Lang): string {
  return inLang({ zh: named.name, en: named.en }, lang);
}

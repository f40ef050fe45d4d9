/** `cwplan config`: the settings in force and where each comes from, as text or JSON. */
import { CONFIG_WORDS } from "../i18n/cli.js";
import type { Lang } from "../vocabulary.js";
import { displayWidth } from "./width.js";

/** Where a setting in force comes from. */
export type Source =
  | { kind: "option"; option: string }
  | { kind: "config"; file: string; line: number; col: number }
  | { kind: "env"; name: string; value: string }
  | { kind: "system"; locale: string }
  | { kind: "default" };

export interface Setting {
  key: string;
  /** null: not set (the embedded plan, no default drops) */
  value: string | string[] | null;
  from: Source;
}

export interface Settings {
  /** the config file in force, if any */
  file: string | null;
  settings: Setting[];
}

function source(from: Source, lang: Lang): string {
  const w = CONFIG_WORDS[lang];
  switch (from.kind) {
    case "option":
      return w.option(from.option);
    case "config":
      return `${from.file}:${from.line}:${from.col}`;
    case "env":
      return w.env(from.name, from.value);
    case "system":
      return w.system(from.locale);
    default:
      return w.default;
  }
}

function shownValue(s: Setting, lang: Lang): string {
  if (s.value === null)
    return s.key === "plan" ? CONFIG_WORDS[lang].embedded : CONFIG_WORDS[lang].noDrops;
  return Array.isArray(s.value) ? s.value.join(", ") : s.value;
}

export function renderSettings(settings: Settings, format: string, lang: Lang): string {
  if (format === "json") return `${JSON.stringify(settings, null, 2)}\n`;
  const w = CONFIG_WORDS[lang];
  const rows = settings.settings.map((s) => [s.key, shownValue(s, lang), source(s.from, lang)]);
  const head = [w.setting, w.value, w.from];
  const width = displayWidth;
  const cols = [0, 1].map((i) => Math.max(...[head, ...rows].map((r) => width(r[i] ?? ""))));
  const pad = (t: string, n: number) => t + " ".repeat(Math.max(0, n - width(t)));
  const line = (r: string[]) =>
    `${pad(r[0] ?? "", cols[0] ?? 0)}  ${pad(r[1] ?? "", cols[1] ?? 0)}  ${r[2] ?? ""}`.trimEnd();
  const file = settings.file === null ? w.none : `${w.file}: ${settings.file}`;
  return `${file}\n\n${[head, ...rows].map(line).join("\n")}\n`;
}

/**
 * The help in the user's language: the descriptions are declared in it
 * (src/i18n/cli.ts, by key); here commander's headings, usage line, help
 * option and "(choices …, default …)" follow. Applied once the program is
 * declared, before it parses.
 */
import type { Command, Help, Option } from "commander";
import { displayWidth } from "../format/width.js";
import { HELP_TITLES_ZH, helpAfterError, helpExtras, helpText, placeholders } from "../i18n/cli.js";
import { NO_LINE_END, NO_LINE_START } from "../i18n/labels.js";
import { statusLabel } from "../i18n/status.js";
import { isOneOf, type Lang, STATUSES } from "../vocabulary.js";

export function localizeHelp(program: Command, lang: Lang): void {
  const all = [program, ...program.commands];
  for (const cmd of all) {
    cmd.helpOption("-h, --help", helpText("help", lang));
    cmd.showHelpAfterError(helpAfterError(cmd === program ? undefined : cmd.name(), lang));
    cmd.configureHelp({
      styleTitle: (title: string) => (lang === "zh" ? (HELP_TITLES_ZH[title] ?? title) : title),
      commandUsage: (c: Command) => usage(c, lang),
      // a Chinese character takes two columns: pad and wrap by what the terminal shows
      displayWidth: (s: string) => displayWidth(s),
      boxWrap: (str: string, width: number) => boxWrap(str, width),
      subcommandTerm: (c: Command) =>
        placeholders(
          [c.name(), c.options.length > 0 ? "[options]" : "", ...argNames(c)]
            .filter(Boolean)
            .join(" "),
          lang,
        ),
      optionDescription: (o: Option) =>
        `${o.description ?? ""}${helpExtras(lang, o.argChoices, shownDefault(o, lang))}`,
    } satisfies Partial<Help>);
  }
  program.helpCommand("help [command]", helpText("help", lang));
}

/** commander's own: narrower than this, a description is not wrapped */
const MIN_WIDTH_TO_WRAP = 40;
/** CJK ideographs and punctuation, full-width forms: two columns, no spaces between */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const CLOSE = NO_LINE_START;
const OPEN = NO_LINE_END;

/**
 * commander's boxWrap (wrap at spaces, keep line breaks, drop the spaces at a
 * break), and also between two Chinese characters: Chinese has no spaces, so
 * commander alone lets a Chinese description run past the terminal's edge.
 * Never inside an English word or before (催报)'s bracket, never before a
 * closing or after an opening Chinese punctuation mark.
 */
function boxWrap(str: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return str;
  return str
    .split(/\r\n|\n/)
    .map((line) => {
      const lines: string[] = [];
      let current = "";
      let used = 0;
      for (const piece of pieces(line)) {
        const w = displayWidth(piece);
        if (current === "" || used + w <= width) {
          current += piece;
          used += w;
          continue;
        }
        lines.push(current);
        current = piece.trimStart();
        used = displayWidth(current);
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

/**
 * A line's pieces: the spaces before a word and the word, a word cut between
 * two Chinese characters, after a Chinese punctuation mark or before an
 * opening one; never inside (…) (an English line's (催报) stays whole).
 */
function pieces(line: string): string[] {
  const out: string[] = [];
  for (const [chunk] of line.matchAll(/\s*\S+/g)) {
    let start = 0;
    let depth = 0;
    for (let i = 1; i < chunk.length; i++) {
      const a = chunk.charAt(i - 1);
      const b = chunk.charAt(i);
      if (a === "(") depth++;
      if (a === ")") depth = Math.max(0, depth - 1);
      if (depth === 0 && breaksBetween(a, b)) {
        out.push(chunk.slice(start, i));
        start = i;
      }
    }
    out.push(chunk.slice(start));
  }
  return out;
}

function breaksBetween(a: string, b: string): boolean {
  if (CLOSE.includes(b) || OPEN.includes(a)) return false;
  return (WIDE.test(a) && WIDE.test(b)) || CLOSE.includes(a) || OPEN.includes(b);
}

function shownDefault(o: Option, lang: Lang): string | undefined {
  if (o.defaultValue === undefined || typeof o.defaultValue === "boolean") return undefined;
  const value = o.defaultValueDescription ?? String(o.defaultValue);
  // a status (--fail-on at-risk) in the words of the language asked for
  return lang === "zh" && isOneOf(STATUSES, value) ? statusLabel(value, "zh") : value;
}

function argNames(c: Command): string[] {
  return c.registeredArguments.map((a) => {
    const name = `${a.name()}${a.variadic ? "..." : ""}`;
    return a.required ? `<${name}>` : `[${name}]`;
  });
}

/** `cwplan check [options] [files...]`, with [options] and [command] in the language asked for. */
function usage(cmd: Command, lang: Lang): string {
  const names: string[] = [];
  for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
  return placeholders([...names, cmd.name(), cmd.usage()].join(" "), lang);
}

/**
 * The help in the user's language: the descriptions are declared in it
 * (src/i18n/cli.ts, by key); here commander's headings, usage line, help
 * option and "(choices …, default …)" follow. Applied once the program is
 * declared, before it parses.
 */
import type { Command, Help, Option } from "commander";
import { displayWidth } from "../format/width.js";
import { HELP_TITLES_ZH, helpAfterError, helpExtras, helpText, placeholders } from "../i18n/cli.js";
import { STATUS_LABELS } from "../i18n/vocabulary.js";
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

function shownDefault(o: Option, lang: Lang): string | undefined {
  if (o.defaultValue === undefined || typeof o.defaultValue === "boolean") return undefined;
  const value = o.defaultValueDescription ?? String(o.defaultValue);
  // a status (--fail-on at-risk) in the words of the language asked for
  return lang === "zh" && isOneOf(STATUSES, value) ? STATUS_LABELS.zh[value] : value;
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

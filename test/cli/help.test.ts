/**
 * The help is keyed by what it describes (src/i18n/cli.ts): every key a
 * command or option uses has its English and its Chinese, and every entry of
 * the tables is used by some command (no dead entry).
 */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { GLOBAL_OPTIONS, helpKey } from "../../src/cli/options.js";
import { displayWidth } from "../../src/format/width.js";
import { HELP } from "../../src/i18n/cli.js";
import { runMain } from "./run.js";

/** Every help key the program declares: the program's own, the commands', their options' and arguments'. */
function usedKeys(): Set<string> {
  const used = new Set<string>(["program", "version", "help"]);
  for (const key of GLOBAL_OPTIONS) used.add(helpKey({ key }));
  for (const c of COMMANDS) {
    used.add(c.help);
    if (c.argument) used.add(c.argument.help);
    for (const use of c.options) used.add(helpKey(use));
  }
  return used;
}

describe("help keyed by option and command", () => {
  it("has no dead entry and no missing one, in either language", () => {
    const used = [...usedKeys()].sort();
    expect(Object.keys(HELP.en).sort()).toEqual(used);
    expect(Object.keys(HELP.zh).sort()).toEqual(used);
  });

  it("has an entry in each language that is not empty", () => {
    for (const lang of ["en", "zh"] as const) {
      for (const [key, text] of Object.entries(HELP[lang])) {
        expect(text.trim(), `${lang} ${key}`).not.toBe("");
      }
    }
  });

  it("the Chinese help of every command shows no English description", async () => {
    const help = async (args: string[]) => {
      const r = await runMain([...args, "--help"], { env: { LANG: "zh_CN.UTF-8" } });
      return r.stdout + r.stderr;
    };
    const english = new Set(Object.values(HELP.en));
    const top = await help([]);
    const commands = [...top.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string);
    expect(commands).toEqual([...COMMANDS.map((c) => c.name), "help"]);
    for (const c of commands.filter((x) => x !== "help")) {
      const text = (await help([c])).replace(/\s+/g, " ");
      for (const en of english) expect(text, `${c}: ${en}`).not.toContain(en);
      const zh = COMMANDS.find((x) => x.name === c)?.help;
      expect(text).toContain(zh === undefined ? "?" : HELP.zh[zh].replace(/\s+/g, " "));
    }
  });

  it("fits 80 columns in either language, every command, nothing cut out", async () => {
    for (const lang of ["en", "zh"] as const) {
      for (const args of [[], ...COMMANDS.map((c) => [c.name])]) {
        const r = await runMain([...args, "--help", "--lang", lang], { columns: 80 });
        const lines = r.stdout.split("\n");
        const wide = lines.filter((l) => displayWidth(l) > 80);
        expect(wide, `${lang} ${args.join(" ")}`).toEqual([]);
        // wrapped, not shortened: each description is there once the breaks are taken out
        const flat = r.stdout.replace(/\s+/g, "");
        const c = COMMANDS.find((x) => x.name === args[0]);
        const key = c === undefined ? "program" : c.help;
        expect(flat).toContain(HELP[lang][key].replace(/\s+/g, ""));
      }
    }
  });
});

/**
 * The project config: `cwplan.yaml` (or `cwplan.yml`, `.cwplanrc`,
 * `.cwplanrc.yaml`, `.cwplanrc.yml`) in the working folder or the nearest of
 * its parents up to the project's root (the nearest folder holding `.git`
 * or `package.json`; without one, the working folder alone), each name
 * looked for in each folder in turn; never above it. A config inside a folder given as input is
 * not used (src/cli/main.ts). It keeps what every run would repeat:
 *
 * ```yaml
 * plan: plan/chengwu.yaml        # relative to this file
 * drops: [drops/]                # files or folders, when a command names none
 * lang: zh                       # zh or en
 * format: markdown               # or per command: { check: markdown, report: text }
 * fail-on: at-risk
 * ```
 *
 * Options on the command line win over the config, the config over the
 * environment and the defaults. Every problem is located file:line:col.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { CwplanError } from "../errors.js";
import type { Setting, Settings, Source } from "../format/config.js";
import { CONFIG_ERRORS } from "../i18n/errors.js";
import { langOrigin } from "../i18n/lang.js";
import { reason, reasonZh } from "../i18n/reasons.js";
import { DEFAULT_FAIL_ON, type Lang } from "../vocabulary.js";
import { CONFIG_FILES, FORMATS, type ProjectConfig } from "./config-shape.js";

export { CONFIG_FILES, FORMATS, KEYS, type Located, type ProjectConfig } from "./config-shape.js";

/** Parse and check a config's text (src/cli/config-parse.ts, loaded only when there is one). */
async function parseConfig(text: string, file: string, cwd: string): Promise<ProjectConfig> {
  const { parseConfigText } = await import("./config-parse.js");
  return parseConfigText(text, file, shown(file, cwd));
}

/**
 * The config for `cwd`: the file given (`--config`), else the nearest one
 * found from `cwd` upwards; undefined when there is none.
 */
export async function loadConfig(
  cwd: string,
  explicit?: string,
): Promise<ProjectConfig | undefined> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      const en = CONFIG_ERRORS.en.unreadable(reason(e));
      throw new CwplanError("config-unreadable", en.message, {
        where: { file: shown(file, cwd) },
        ...(en.hint === undefined ? {} : { hint: en.hint }),
        zh: CONFIG_ERRORS.zh.unreadable(reasonZh(e)),
      });
    }
    return parseConfig(text, file, cwd);
  }
  // each name in each folder, in order, as lilconfig searched (an empty file
  // is passed over); synchronous: a handful of cheap checks, at every start
  const stop = projectRoot(cwd);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      if (text.trim() !== "") return parseConfig(text, file, cwd);
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

/**
 * Where the search for a config stops: the nearest folder from `cwd` up
 * that holds `.git` or `package.json`, else `cwd` itself (a config in a
 * parent outside any project is never read).
 */
export function projectRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git")) || existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** A path as a user reads it: relative to the working folder, unless that climbs far. */
export function shown(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const up = rel.split(/[\\/]/).filter((p) => p === "..").length;
  return rel === "" || up > 3 || isAbsolute(rel) ? file : rel;
}

/**
 * Fill in from the config what the command line left to defaults: the
 * global `--plan` and `--lang`, the command's `--format` and `--fail-on`.
 * Commander keeps each value's source ("cli", "config", "default").
 */
export function applyConfig(program: Command, cmd: Command, config?: ProjectConfig): void {
  if (!config) return;
  const set = (target: Command, key: string, value: unknown) => {
    const has = target.options.some((o) => o.attributeName() === key);
    if (!has || target.getOptionValueSource(key) === "cli") return;
    target.setOptionValueWithSource(key, value, "config");
  };
  if (config.plan) set(program, "plan", config.plan.value);
  if (config.lang) set(program, "lang", config.lang.value);
  const format = config.format?.value[cmd.name()];
  if (format !== undefined) set(cmd, "format", format);
  if (config.failOn) set(cmd, "failOn", config.failOn.value);
  if (config.recursive) set(cmd, "recursive", config.recursive.value);
  if (config.encoding) set(cmd, "encoding", config.encoding.value);
}

/** The settings `cwplan config` shows, each with its source. */
export function describeSettings(
  given: { plan?: string; planOnCli: boolean; langOnCli: boolean },
  config: ProjectConfig | undefined,
  env: NodeJS.ProcessEnv,
  lang: Lang,
  cwd: string,
): Settings {
  const at = (l: { line: number; col: number }): Source => ({
    kind: "config",
    file: shown(config?.file ?? "", cwd),
    line: l.line,
    col: l.col,
  });
  const settings: Setting[] = [];
  const { plan } = given;
  settings.push({
    key: "plan",
    value: plan === undefined ? null : shown(plan, cwd),
    from: given.planOnCli
      ? { kind: "option", option: "--plan" }
      : config?.plan
        ? at(config.plan)
        : { kind: "default" },
  });
  settings.push({
    key: "drops",
    value: config?.drops?.value.map((d) => shown(d, cwd)) ?? null,
    from: config?.drops ? at(config.drops) : { kind: "default" },
  });
  const origin = langOrigin(env).origin;
  settings.push({
    key: "lang",
    value: lang,
    from: given.langOnCli
      ? { kind: "option", option: "--lang" }
      : config?.lang
        ? at(config.lang)
        : origin,
  });
  for (const [cmd, choices] of Object.entries(FORMATS)) {
    const value = config?.format?.value[cmd];
    settings.push({
      key: `format.${cmd}`,
      value: value ?? choices[0] ?? null,
      from: value !== undefined && config?.format ? at(config.format) : { kind: "default" },
    });
  }
  settings.push({
    key: "fail-on",
    value: config?.failOn?.value ?? DEFAULT_FAIL_ON,
    from: config?.failOn ? at(config.failOn) : { kind: "default" },
  });
  return { file: config ? shown(config.file, cwd) : null, settings };
}

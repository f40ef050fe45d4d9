/**
 * Parsing a project config's YAML (src/cli/config.ts finds the file), keeping
 * positions: every problem is located file:line:col.
 */
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { CwplanError, firstLine } from "../errors.js";
import { bilingual, CONFIG_ERRORS, type MessageArgs } from "../i18n/errors.js";
import { FAIL_ON, LANGS } from "../vocabulary.js";
import { FORMATS, KEYS, type Located, type ProjectConfig } from "./config-shape.js";
import { parseFailOn } from "./values.js";

/** Parse and check a config's YAML text. Throws CwplanError, located. */
export function parseConfigText(text: string, file: string, where: string): ProjectConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const pos = (node: unknown, offset = 0) => {
    const p = lines.linePos((isNode(node) ? node.range?.[0] : undefined) ?? offset);
    return { line: p.line, col: p.col };
  };
  type Args = MessageArgs<(typeof CONFIG_ERRORS)["en"]>;
  type Key = keyof Args;
  const fail = <K extends Key>(
    at: { line: number; col: number },
    key: K,
    ...args: Args[K]
  ): never => {
    const w = bilingual<Args, K>(CONFIG_ERRORS, key, ...args);
    throw new CwplanError("config-invalid", w.message, {
      where: { file: where, ...at },
      ...(w.hint === undefined ? {} : { hint: w.hint }),
      zh: w.zh,
    });
  };
  const first = doc.errors[0];
  if (first) {
    const p = lines.linePos(first.pos[0]);
    fail({ line: p.line, col: p.col }, "notYaml", firstLine(first.message));
  }
  const config: ProjectConfig = { file };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) {
    return config;
  }
  if (!isMap(root)) {
    return fail(pos(root), "notMapping", KEYS.join(", "));
  }
  const base = dirname(file);
  /** A path the config names, resolved: under the config's own folder, or an error there. */
  const under = (s: Located<string>, key: string): string => {
    const path = resolve(base, s.value);
    if (!isUnder(path, base)) return fail(s, "outsideFolder", key, s.value);
    return path;
  };
  const str = (node: unknown, key: string): Located<string> => {
    if (!isScalar(node) || typeof node.value !== "string" || node.value.trim() === "") {
      return fail(pos(node), "takesText", key);
    }
    return { value: node.value.trim(), ...pos(node) };
  };
  const oneOf = <T extends string>(
    node: unknown,
    key: string,
    choices: readonly T[],
  ): Located<T> => {
    const s = str(node, key);
    const value = choices.find((c) => c === s.value);
    if (value === undefined) {
      return fail(s, "notOneOf", key, s.value, choices.join(", "));
    }
    return { ...s, value };
  };

  for (const pair of root.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const value = pair.value;
    switch (key) {
      case "plan": {
        const s = str(value, key);
        config.plan = { ...s, value: under(s, key) };
        break;
      }
      case "drops": {
        if (isSeq(value)) {
          const items = value.items.map((n) => under(str(n, key), key));
          if (items.length === 0) {
            fail(pos(value), "emptyDrops");
          }
          config.drops = { value: items, ...pos(value) };
        } else {
          const s = str(value, key);
          config.drops = { ...s, value: [under(s, key)] };
        }
        break;
      }
      case "lang":
        config.lang = oneOf(value, key, LANGS);
        break;
      case "recursive":
        if (!isScalar(value) || typeof value.value !== "boolean")
          fail(pos(value), "takesYesNo", key);
        config.recursive = { value: isScalar(value) && value.value === true, ...pos(value) };
        break;
      case "encoding":
        config.encoding = str(value, key);
        break;
      case "fail-on": {
        // the words --fail-on takes: at-risk or 存在风险
        const s = str(value, key);
        let failOn: string | undefined;
        try {
          failOn = parseFailOn(s.value);
        } catch {
          oneOf(value, key, FAIL_ON);
        }
        config.failOn = { ...s, value: failOn ?? s.value };
        break;
      }
      case "format": {
        if (isMap(value)) {
          const formats: Record<string, string> = {};
          for (const p of value.items) {
            const cmdNode = p.key;
            const cmd = isScalar(cmdNode) ? String(cmdNode.value) : "";
            const choices = FORMATS[cmd];
            if (!choices) {
              fail(pos(cmdNode), "noFormatCommand", cmd, Object.keys(FORMATS).join(", "));
            }
            formats[cmd] = oneOf(p.value, `format.${cmd}`, choices ?? []).value;
          }
          config.format = { value: formats, ...pos(value) };
        } else {
          // one format for every command that has it
          const all = [...new Set(Object.values(FORMATS).flat())];
          const s = oneOf(value, key, all);
          const formats: Record<string, string> = {};
          for (const [cmd, choices] of Object.entries(FORMATS)) {
            if (choices.includes(s.value)) formats[cmd] = s.value;
          }
          config.format = { ...s, value: formats };
        }
        break;
      }
      default: {
        const near = KEYS.find(
          (k) => k.replace("-", "") === key.toLowerCase().replace(/[-_]/g, ""),
        );
        fail(pos(keyNode), "unknownSetting", key, near, KEYS.join(", "));
      }
    }
  }
  return config;
}

/** Whether `path` lies in `dir` (itself or below), by name and, where it exists, by where its links lead. */
export function isUnder(path: string, dir: string): boolean {
  const inside = (p: string, d: string): boolean => {
    const rel = relative(d, p);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  };
  if (!inside(path, dir)) return false;
  try {
    return inside(realpathSync(path), realpathSync(dir));
  } catch {
    return true;
  }
}

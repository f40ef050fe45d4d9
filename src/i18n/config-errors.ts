/** The words of the errors in a config file (cwplan.yaml), in English and Chinese. */
import type { Lang } from "../vocabulary.js";
import type { Words } from "./words.js";

const CONFIG_EN = {
  unreadable: (reason: string): Words => ({
    message: `cannot read the config: ${reason}`,
    hint: "check the path given to --config",
  }),
  notYaml: (detail: string): Words => ({
    message: `not valid YAML: ${detail}`,
    hint: "fix the YAML syntax at that place",
  }),
  notMapping: (keys: string): Words => ({
    message: "the config is not a mapping of settings",
    hint: `write settings as \`key: value\` lines; the keys are ${keys}`,
  }),
  takesText: (key: string): Words => ({
    message: `\`${key}\` takes text`,
    hint: `write \`${key}: …\` with a value`,
  }),
  takesYesNo: (key: string): Words => ({
    message: `\`${key}\` takes true or false`,
    hint: `write \`${key}: true\` or \`${key}: false\``,
  }),
  notOneOf: (key: string, value: string, choices: string): Words => ({
    message: `\`${key}: ${value}\` is not one of ${choices}`,
    hint: `write one of ${choices}`,
  }),
  emptyDrops: (): Words => ({
    message: "`drops` is an empty list",
    hint: "name at least one file or folder",
  }),
  outsideFolder: (key: string, path: string): Words => ({
    message: `\`${key}\` names ${path}, outside the config's folder`,
    hint: "a config names only files under its own folder; give another path on the command line",
  }),
  noFormatCommand: (cmd: string, commands: string): Words => ({
    message: `\`format\` has no command \`${cmd}\``,
    hint: `the commands with formats are ${commands}`,
  }),
  unknownSetting: (key: string, near: string | undefined, keys: string): Words => ({
    message: `unknown setting \`${key}\``,
    hint: near ? `did you mean \`${near}\`?` : `the settings are ${keys}`,
  }),
};

const CONFIG_ZH: typeof CONFIG_EN = {
  unreadable: (reason) => ({
    message: `无法读取配置文件：${reason}`,
    hint: "请检查 --config 后的路径",
  }),
  notYaml: (detail) => ({
    message: `配置文件不是有效的 YAML：${detail}`,
    hint: "请修改该处的 YAML 写法",
  }),
  notMapping: (keys) => ({
    message: "配置文件应当是一组设置项",
    hint: `每行写一项 \`设置名: 值\`；设置名有 ${keys}`,
  }),
  takesText: (key) => ({
    message: `\`${key}\` 应当填一个值`,
    hint: `请写成 \`${key}: …\`，冒号后填上值`,
  }),
  takesYesNo: (key) => ({
    message: `\`${key}\` 应当填 true 或 false`,
    hint: `请写成 \`${key}: true\` 或 \`${key}: false\``,
  }),
  notOneOf: (key, value, choices) => ({
    message: `\`${key}: ${value}\` 不是可选值（${choices}）之一`,
    hint: `请填 ${choices} 中的一个`,
  }),
  emptyDrops: () => ({
    message: "`drops` 是空列表",
    hint: "请至少写一个文件或文件夹",
  }),
  outsideFolder: (key, path) => ({
    message: `\`${key}\` 指向配置文件所在文件夹之外的 ${path}`,
    hint: "配置文件只能指向其所在文件夹内的文件；其他路径请在命令行中给出",
  }),
  noFormatCommand: (cmd, commands) => ({
    message: `\`format\` 中没有命令 \`${cmd}\``,
    hint: `可以设置输出格式的命令有 ${commands}`,
  }),
  unknownSetting: (key, near, keys) => ({
    message: `未知的设置项 \`${key}\``,
    hint: near ? `是不是要写 \`${near}\`？` : `可用的设置项有 ${keys}`,
  }),
};

export const CONFIG_ERRORS: Record<Lang, typeof CONFIG_EN> = { en: CONFIG_EN, zh: CONFIG_ZH };

/**
 * Language: --lang, then cwplan.yaml, then LC_ALL / LC_MESSAGES / LANG, then
 * the system's locale through Intl (stubbed here, as a Chinese Windows PC
 * would report it); statuses in Chinese wherever an option takes them.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseFailOn, parseStatuses } from "../../src/cli/values.js";
import { CwplanError } from "../../src/errors.js";
import { langOrigin, systemLocale } from "../../src/i18n/lang.js";
import { runMain } from "./run.js";

const SAMPLE = new URL("../../fixtures/sample.csv", import.meta.url).pathname;

const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { env });

/** The system's locale as Intl reports it, as on a Windows PC (which sets no LANG). */
function stubSystemLocale(locale: string): void {
  onWindows();
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), locale };
  });
}

const platform = Object.getOwnPropertyDescriptor(process, "platform");

function onWindows(): void {
  Object.defineProperty(process, "platform", { ...platform, value: "win32" });
}

afterEach(() => {
  vi.restoreAllMocks();
  if (platform) Object.defineProperty(process, "platform", platform);
});

describe("the language", () => {
  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "en-US", "zh", "LANG"],
    [{ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.GB18030" }, "en-US", "zh", "LC_ALL"],
    [{ LANG: "zh_CN.UTF-8", LC_MESSAGES: "en_GB.UTF-8" }, "zh-CN", "en", "LC_MESSAGES"],
    [{}, "zh-CN", "zh", "system"],
    [{}, "zh-Hans-CN", "zh", "system"],
    [{ LANG: "C.UTF-8" }, "zh-CN", "zh", "system"],
    [{ LC_ALL: "POSIX" }, "en-US", "en", "system"],
    [{}, "en-US", "en", "system"],
  ])("%j with the system in %s → %s (from %s)", (env, locale, lang, from) => {
    const r = langOrigin(env, () => locale);
    expect(r.lang).toBe(lang);
    expect(r.origin.kind === "env" ? r.origin.name : r.origin.kind).toBe(from);
  });

  it("Linux and macOS: the variables say it all, and Intl is not asked", () => {
    const asked = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions");
    for (const os of ["linux", "darwin"] as const) expect(systemLocale(os)).toBe("C");
    expect(langOrigin({}).lang).toBe("en");
    expect(asked).not.toHaveBeenCalled();
    onWindows();
    langOrigin({});
    expect(asked).toHaveBeenCalled();
  });

  it("no LANG or LC_* and a Chinese system: Chinese output, Chinese help", async () => {
    stubSystemLocale("zh-CN");
    const check = await run(["check", SAMPLE, "--fail-on", "never"]);
    expect(check.stdout).toMatch(/^规划目标检查 — 成武县新型城镇化建设行动提升方案/);
    expect(check.code).toBe(0);
    const help = await run(["--help"]);
    expect(help.stdout).toMatch(/^用法： cwplan \[选项\] \[命令\]/);
    const bad = await run(["check", "--bogus"]);
    expect(bad.stderr).toBe("错误：没有选项 '--bogus'\n（运行 cwplan check --help 查看用法）\n");
  });

  it("no LANG or LC_* and an English system: English", async () => {
    stubSystemLocale("en-US");
    const check = await run(["check", SAMPLE, "--fail-on", "never"]);
    expect(check.stdout).toMatch(/^Plan check — Chengwu County/);
  });

  it("--lang wins over the environment", async () => {
    const r = await run(["--lang", "en", "check", SAMPLE, "--fail-on", "never"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(r.stdout).toMatch(/^Plan check/);
    const zh = await run(["check", "--lang=zh", "--help"], { LANG: "en_US.UTF-8" });
    expect(zh.stdout).toMatch(/^用法： cwplan check \[选项\] \[files\.\.\.\]/);
  });

  it("errors in the language asked for", async () => {
    const zh = await run(["check", SAMPLE, "--status", "很好"], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      '错误：--status "很好" 中有无法识别的状态\n  提示：请用逗号分隔，写 达标/序时推进、进度滞后、存在风险、未完成、无法评估 中的一个或几个（英文 pass, behind, at-risk, missed, no-data 亦可）\n',
    );
    const en = await run(["check", SAMPLE, "--status", "great"], { LANG: "en_US.UTF-8" });
    expect(en.stderr).toMatch(/^error: --status "great" names no known status\n {2}hint: /);
  });
});

describe("statuses in Chinese or English", () => {
  it.each([
    ["存在风险,进度滞后", ["at-risk", "behind"]],
    ["存在风险，进度滞后", ["at-risk", "behind"]],
    ["存在风险、未完成", ["at-risk", "missed"]],
    ["behind, at-risk", ["behind", "at-risk"]],
    ["未报送", ["no-data"]],
    ["已达标", ["pass"]],
    ["序时推进", ["pass"]],
    ["达标/序时推进", ["pass"]],
    ["达标", ["pass"]],
  ])("--status %s", (s, statuses) => {
    expect(parseStatuses(s)).toEqual(statuses);
  });

  it.each([
    ["存在风险", "at-risk"],
    ["进度滞后", "behind"],
    ["未完成", "missed"],
    ["未报送", "no-data"],
    ["不设", "never"],
    ["never", "never"],
    ["AT-RISK", "at-risk"],
  ])("--fail-on %s", (s, failOn) => {
    expect(parseFailOn(s)).toBe(failOn);
  });

  it("refuses what is not a --fail-on status", () => {
    for (const bad of ["达标", "pass", "很差", ""]) {
      expect(() => parseFailOn(bad)).toThrow(CwplanError);
    }
  });

  it("check --fail-on 存在风险 --status 存在风险,进度滞后", async () => {
    const r = await run(
      ["check", SAMPLE, "--fail-on", "存在风险", "--status", "存在风险,进度滞后", "-f", "json"],
      { LANG: "zh_CN.UTF-8" },
    );
    const json = JSON.parse(r.stdout) as { failOn: string; targets: { status: string }[] };
    expect(json.failOn).toBe("at-risk");
    expect(new Set(json.targets.map((x) => x.status))).toEqual(new Set(["at-risk", "behind"]));
    expect(r.code).toBe(1);
  });
});

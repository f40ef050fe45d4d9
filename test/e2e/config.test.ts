/** The project config end to end: found from a subfolder, the command line wins, `cwplan config`. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

function project(config: string): { root: string; sub: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-project-")));
  mkdirSync(join(root, "drops"));
  copyFileSync(join(ROOT, "fixtures", "sample.csv"), join(root, "drops", "2025-06.csv"));
  writeFileSync(join(root, "cwplan.yaml"), config);
  // the project's root: the config is looked for up to here, never above
  writeFileSync(join(root, "package.json"), "{}\n");
  const sub = join(root, "reports", "2025");
  mkdirSync(sub, { recursive: true });
  return { root, sub };
}

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "cwplan"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", COLUMNS: "100", ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const CONFIG = "drops: drops/\nlang: zh\nformat: markdown\nfail-on: never\n";

describe("cwplan.yaml", () => {
  it("gives a subfolder's run its drops, language, format and --fail-on", () => {
    const { sub } = project(CONFIG);
    const r = run(sub, ["check"], { LANG: "en_US.UTF-8" });
    expect(r.stderr).toBe("配置文件：../../cwplan.yaml · 方案：内置成武县方案\n");
    expect(r.stdout).toMatch(/^# 规划目标检查/);
    expect(r.code).toBe(0);
  });

  it("the command line wins over it", () => {
    const { sub } = project(CONFIG);
    const r = run(sub, ["check", "--format", "json", "--lang", "en", "--fail-on", "at-risk"]);
    const json = JSON.parse(r.stdout) as { failOn: string };
    expect(json.failOn).toBe("at-risk");
    expect(r.code).toBe(1);
    const named = run(sub, ["validate", join(ROOT, "fixtures", "check", "typos.csv")]);
    expect(named.stdout).toContain("typos.csv");
    expect(named.stdout).not.toContain("2025-06.csv");
  });

  it("`cwplan config` says where each setting comes from", () => {
    const { sub } = project(CONFIG);
    const zh = run(sub, ["config"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split("\n")).toEqual([
      "配置文件: ../../cwplan.yaml",
      "",
      "设置             取值            来源",
      "plan             内置成武县方案  默认",
      "drops            ../../drops     ../../cwplan.yaml:1:8",
      "lang             zh              ../../cwplan.yaml:2:7",
      "format.check     markdown        ../../cwplan.yaml:3:9",
      "format.report    markdown        ../../cwplan.yaml:3:9",
      "format.validate  table           默认",
      "format.plan      table           默认",
      "format.units     table           默认",
      "fail-on          never           ../../cwplan.yaml:4:10",
      "",
    ]);
    const en = run(sub, ["config", "--lang", "en", "--plan", "my.yaml"]);
    expect(en.stdout).toMatch(/^lang +en +command line --lang$/m);
    expect(en.stdout).toMatch(/^plan +my\.yaml +command line --plan$/m);
  });

  it("without a config: the environment's language, the defaults", () => {
    const { root } = project("");
    const r = run(root, ["config", "--format", "json"], { LANG: "zh_CN.UTF-8" });
    const json = JSON.parse(r.stdout) as { file: string | null; settings: unknown[] };
    expect(json.file).toBeNull();
    expect(json.settings).toContainEqual({
      key: "lang",
      value: "zh",
      from: { kind: "env", name: "LANG", value: "zh_CN.UTF-8" },
    });
    expect(json.settings).toContainEqual({ key: "drops", value: null, from: { kind: "default" } });
    const check = run(root, ["check"], { LANG: "en_US.UTF-8" });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("error: no CSV files given");
  });

  it("a bad config stops every command with its place", () => {
    const { sub } = project("lang: zh\nfail-on: sometimes\n");
    const r = run(sub, ["check"], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "../../cwplan.yaml:2:10: error: `fail-on: sometimes` is not one of behind, at-risk, missed, no-data, never\n  hint: write one of behind, at-risk, missed, no-data, never\n",
    );
  });
});

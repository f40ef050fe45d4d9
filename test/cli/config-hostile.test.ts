/**
 * A config that arrives with the data (issue 21, case 5), each case with
 * its exact output line and exit code, run in process: a config inside a
 * folder given as input is not used and is named; the search for a config
 * stops at the project's root; a config names no path outside its folder
 * (`drops: [/etc/passwd]`).
 */
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, projectRoot } from "../../src/cli/config.js";
import { runMain } from "./run.js";

const SAMPLE = new URL("../../fixtures/sample.csv", import.meta.url).pathname;

function folder(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-config-hostile-")));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** A plan that passes far more: passPace 0.30 (the attack in the issue), beside the drop. */
const LENIENT = "plan: .p.yaml\nfail-on: never\nlang: en\n";

describe("a config that arrives with the data", () => {
  it("inside a drop folder given as input (cd dept && cwplan check .): not used, named, the run as without it", async () => {
    const root = folder({ "dept/.cwplanrc": LENIENT, "dept/.p.yaml": "not: a plan\n" });
    const dept = join(root, "dept");
    copyFileSync(SAMPLE, join(dept, "2025-06.csv"));
    const inside = await runMain(["check", "."], { cwd: dept, env: { LANG: "en_US.UTF-8" } });
    const parent = await runMain(["check", "dept"], { cwd: root, env: { LANG: "en_US.UTF-8" } });
    expect(inside.stderr.split("\n")[0]).toBe(
      "warning: config .cwplanrc lies inside ., a folder given as input: it came with the data and was not used (plan, format, --fail-on and the rest are the defaults or the command line's). To use it, name it with --config.",
    );
    // the same verdict either way: the embedded plan, the default --fail-on
    expect(inside.code).toBe(parent.code);
    expect(inside.code).toBe(1);
    const counts = (out: string) => out.split("\n").find((l) => l.startsWith("48 targets:"));
    // the embedded plan's verdict (STATUS-RULES v3: one figure and no baseline
    // is needs baseline, not behind); the lenient plan (passPace 0.30) is not read
    expect(counts(inside.stdout)).toBe(
      "48 targets: pass 23 · behind 13 · at-risk 8 · missed 1 · not reported 2 · needs baseline 1",
    );
    expect(counts(parent.stdout)).toBe(counts(inside.stdout));
    // and the folder listing's note about it is now true
    expect(inside.stdout).toContain(".cwplanrc");
    expect(parent.stderr).toBe("");
  });

  it("the same in Chinese", async () => {
    const root = folder({ "dept/.cwplanrc": "fail-on: never\n" });
    const dept = join(root, "dept");
    copyFileSync(SAMPLE, join(dept, "2025-06.csv"));
    const r = await runMain(["check", "."], { cwd: dept, env: { LANG: "zh_CN.UTF-8" } });
    expect(r.stderr.split("\n")[0]).toBe(
      "警告：配置文件 .cwplanrc 在作为输入的文件夹 . 中，随报送数据而来，未使用（方案、输出格式、--fail-on 等均按默认或命令行）。如需使用，请用 --config 指定。",
    );
    expect(r.code).toBe(1);
  });

  it("named with --config, it is used", async () => {
    const root = folder({ "dept/.cwplanrc": "fail-on: never\n" });
    const dept = join(root, "dept");
    copyFileSync(SAMPLE, join(dept, "2025-06.csv"));
    const r = await runMain(["check", ".", "--config", ".cwplanrc"], {
      cwd: dept,
      env: { LANG: "en_US.UTF-8" },
    });
    expect(r.stderr).toBe("config: .cwplanrc · plan: the embedded Chengwu plan\n");
    expect(r.code).toBe(0);
  });

  it("a config in force says so, with its plan, on every run that reads drops", async () => {
    const root = folder({
      "cwplan.yaml": "plan: plans/p.yaml\nfail-on: never\n",
      "package.json": "{}\n",
      "reports/.keep": "",
    });
    mkdirSync(join(root, "plans"));
    copyFileSync(
      new URL("../../plan/chengwu.yaml", import.meta.url).pathname,
      join(root, "plans", "p.yaml"),
    );
    copyFileSync(SAMPLE, join(root, "drop.csv"));
    for (const [cmd, lang, line] of [
      ["check", "en_US.UTF-8", "config: ../cwplan.yaml · plan: ../plans/p.yaml"],
      ["validate", "zh_CN.UTF-8", "配置文件：../cwplan.yaml · 方案：../plans/p.yaml"],
    ] as const) {
      const r = await runMain([cmd, "../drop.csv"], {
        cwd: join(root, "reports"),
        env: { LANG: lang },
      });
      expect(r.stderr.split("\n")[0]).toBe(line);
      expect(r.code).toBe(0);
    }
  });

  it("in a parent outside the project: never found", async () => {
    const root = folder({
      "cwplan.yaml": "fail-on: never\n",
      "proj/package.json": "{}\n",
      "loose/sub/.keep": "",
    });
    const proj = join(root, "proj");
    expect(projectRoot(proj)).toBe(proj);
    expect(await loadConfig(proj)).toBeUndefined();
    // no project anywhere above: the working folder alone is searched
    expect(projectRoot(join(root, "loose", "sub"))).toBe(join(root, "loose", "sub"));
    expect(await loadConfig(join(root, "loose", "sub"))).toBeUndefined();
    copyFileSync(SAMPLE, join(proj, "drop.csv"));
    const r = await runMain(["check", "drop.csv"], { cwd: proj, env: { LANG: "en_US.UTF-8" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const shown = await runMain(["config"], { cwd: proj, env: { LANG: "en_US.UTF-8" } });
    expect(shown.stdout.split("\n")[0]).toBe("(no cwplan.yaml found; defaults in force)");
  });

  it("drops: [/etc/passwd]: an error at the config's line, nothing read", async () => {
    const root = folder({ "cwplan.yaml": "drops: [/etc/passwd]\n", "package.json": "{}\n" });
    const r = await runMain(["check"], { cwd: root, env: { LANG: "en_US.UTF-8" } });
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe(
      "cwplan.yaml:1:9: error: `drops` names /etc/passwd, outside the config's folder",
    );
    expect(r.stderr).not.toContain("root:");
    expect(r.code).toBe(2);
    const plan = folder({ "cwplan.yaml": "plan: ../../etc/plan.yaml\n", "package.json": "{}\n" });
    const p = await runMain(["check"], { cwd: plan, env: { LANG: "zh_CN.UTF-8" } });
    expect(p.stderr.split("\n")[0]).toBe(
      "cwplan.yaml:1:7: 错误：`plan` 指向配置文件所在文件夹之外的 ../../etc/plan.yaml",
    );
    expect(p.code).toBe(2);
  });
});

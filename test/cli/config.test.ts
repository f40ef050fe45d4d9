/** The project config: found from a subfolder, checked, every problem located. */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/cli/config.js";
import { CwplanError, formatLocation } from "../../src/errors.js";

function project(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-config-")));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

async function problem(text: string, name = "cwplan.yaml"): Promise<string> {
  const root = project({ [name]: text });
  try {
    await loadConfig(root);
  } catch (e) {
    if (!(e instanceof CwplanError) || !e.where) throw e;
    return `${formatLocation(e.where)}: ${e.message} (${e.hint})`;
  }
  throw new Error("no error");
}

describe("project config", () => {
  it("is found from a subfolder, its paths relative to itself", async () => {
    const root = project({
      "cwplan.yaml": "plan: plans/my.yaml\ndrops: [drops/, extra.csv]\nlang: zh\n",
      "package.json": "{}\n",
      "a/b/c/.keep": "",
    });
    const c = await loadConfig(join(root, "a", "b", "c"));
    expect(c?.file).toBe(join(root, "cwplan.yaml"));
    expect(c?.plan).toEqual({ value: join(root, "plans", "my.yaml"), line: 1, col: 7 });
    expect(c?.drops?.value).toEqual([join(root, "drops"), join(root, "extra.csv")]);
    expect(c?.lang?.value).toBe("zh");
  });

  it("takes what a routine run needs: recursive (monthly subfolders) and encoding", async () => {
    const c = await loadConfig(
      project({ "cwplan.yaml": "drops: [drops/]\nrecursive: true\nencoding: gbk\n" }),
    );
    expect(c?.recursive).toEqual({ value: true, line: 2, col: 12 });
    expect(c?.encoding?.value).toBe("gbk");
    expect(await problem("recursive: yes please\n")).toBe(
      "cwplan.yaml:1:12: `recursive` takes true or false (write `recursive: true` or `recursive: false`)",
    );
  });

  it("takes .cwplanrc, and the nearest file wins", async () => {
    const root = project({
      ".cwplanrc": "lang: en\n",
      "sub/cwplan.yaml": "lang: zh\n",
      ".git/HEAD": "ref: refs/heads/main\n",
    });
    expect((await loadConfig(root))?.file).toBe(join(root, ".cwplanrc"));
    expect((await loadConfig(root))?.lang?.value).toBe("en");
    expect((await loadConfig(join(root, "sub")))?.lang?.value).toBe("zh");
  });

  it("is absent when no folder up to the root has one", async () => {
    expect(await loadConfig(project({ "x/.keep": "" }))).toBeUndefined();
  });

  it("takes one format for every command that has it, or one per command", async () => {
    const one = await loadConfig(project({ "cwplan.yaml": "format: json\n" }));
    expect(one?.format?.value).toEqual({
      check: "json",
      validate: "json",
      report: "json",
      plan: "json",
      units: "json",
    });
    const per = await loadConfig(
      project({ "cwplan.yaml": "format:\n  check: markdown\n  report: text\nfail-on: missed\n" }),
    );
    expect(per?.format?.value).toEqual({ check: "markdown", report: "text" });
    expect(per?.failOn?.value).toBe("missed");
  });

  it("a file named by --config, relative to the working folder", async () => {
    const root = project({ "conf/team.yml": "fail-on: never\n" });
    expect((await loadConfig(root, "conf/team.yml"))?.failOn?.value).toBe("never");
    await expect(loadConfig(root, "nope.yaml")).rejects.toThrow(/cannot read the config/);
  });

  it.each([
    ["lang: fr\n", "cwplan.yaml:1:7: `lang: fr` is not one of zh, en (write one of zh, en)"],
    [
      "plan: a.yaml\nfailOn: never\n",
      "cwplan.yaml:2:1: unknown setting `failOn` (did you mean `fail-on`?)",
    ],
    [
      "colour: red\n",
      "cwplan.yaml:1:1: unknown setting `colour` (the settings are plan, drops, lang, format, fail-on, recursive, encoding)",
    ],
    [
      "format:\n  check: pdf\n",
      "cwplan.yaml:2:10: `format.check: pdf` is not one of table, json, markdown, csv, junit, github, html (write one of table, json, markdown, csv, junit, github, html)",
    ],
    [
      "format:\n  chek: json\n",
      "cwplan.yaml:2:3: `format` has no command `chek` (the commands with formats are check, report, validate, plan, units)",
    ],
    ["drops: []\n", "cwplan.yaml:1:8: `drops` is an empty list (name at least one file or folder)"],
    ["plan: 3\n", "cwplan.yaml:1:7: `plan` takes text (write `plan: …` with a value)"],
    [
      "lang: zh\nlang: en\n",
      "cwplan.yaml:2:1: not valid YAML: Map keys must be unique (fix the YAML syntax at that place)",
    ],
    [
      "lang: [zh\n",
      "cwplan.yaml:2:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (fix the YAML syntax at that place)",
    ],
    [
      "- zh\n",
      "cwplan.yaml:1:1: the config is not a mapping of settings (write settings as `key: value` lines; the keys are plan, drops, lang, format, fail-on, recursive, encoding)",
    ],
  ])("a bad config %j is located", async (text, expected) => {
    expect(await problem(text)).toBe(expected);
  });

  it.each([
    ["lang: fr\n", "`lang: fr` 不是可选值（zh, en）之一", "请填 zh, en 中的一个"],
    ["plan: a.yaml\nfailOn: never\n", "未知的设置项 `failOn`", "是不是要写 `fail-on`？"],
    ["drops: []\n", "`drops` 是空列表", "请至少写一个文件或文件夹"],
    ["lang: [zh\n", /^配置文件不是有效的 YAML：/, "请修改该处的 YAML 写法"],
  ])("a bad config %j is said in Chinese too", async (text, message, hint) => {
    const root = project({ "cwplan.yaml": text });
    const e = await loadConfig(root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CwplanError);
    const zh = (e as CwplanError).zh;
    if (typeof message === "string") expect(zh?.message).toBe(message);
    else expect(zh?.message).toMatch(message);
    expect(zh?.hint).toBe(hint);
  });

  it("an unreadable --config is said in Chinese too", async () => {
    const e = await loadConfig(project({}), "nope.yaml").catch((x: unknown) => x);
    expect((e as CwplanError).zh?.message).toBe("无法读取配置文件：文件不存在");
  });

  it("a bad .cwplanrc is located too", async () => {
    expect(await problem("\nfail-on: sometimes\n", ".cwplanrc")).toMatch(
      /^\.cwplanrc:2:10: `fail-on: sometimes` is not one of/,
    );
  });
});

describe("recursive in cwplan.yaml", () => {
  it("reads monthly subfolders of the drops folder, as README sets it up", async () => {
    const { runMain } = await import("./run.js");
    const root = project({
      "cwplan.yaml": "drops: [drops/]\nrecursive: true\n",
      "drops/2025-06/县人社局.csv": "indicator,period,value\nurban-new-jobs,2025-06,2500\n",
      "drops/2025-07/县人社局.csv": "indicator,period,value\nurban-new-jobs,2025-07,2900\n",
    });
    const on = await runMain(["validate"], { cwd: root });
    expect(on.stdout).toMatch(/2 files, 2 rows read, 2 valid/);
    writeFileSync(join(root, "cwplan.yaml"), "drops: [drops/]\n");
    const off = await runMain(["validate"], { cwd: root });
    expect(off.stdout).toContain("--recursive");
  });
});

describe("the config's drop folders in what is printed", () => {
  it("are named as typed, relative to the working folder (from a subfolder too), not as whole absolute paths", async () => {
    const { runMain } = await import("./run.js");
    const root = project({
      "cwplan.yaml": "drops: [drops/]\nrecursive: true\n",
      "drops/2025-07/县人社局.csv": "indicator,period,value\nurban-new-jobs,2025-07,abc\n",
      "notes/readme.txt": "",
      // a project: the search goes up from a subfolder to here
      "package.json": "{}\n",
    });
    const here = await runMain(["validate"], { cwd: root });
    expect(here.stdout).toMatch(/(^|\n)drops\/2025-07\/县人社局\.csv:2:/);
    expect(here.stdout).not.toContain(root);
    const below = await runMain(["validate"], { cwd: join(root, "notes") });
    expect(below.stdout).toMatch(/(^|\n)\.\.\/drops\/2025-07\/县人社局\.csv:2:/);
    expect(below.stdout).not.toContain(root);
    expect(below.code).toBe(2);
  });
});

describe("the search for a config", () => {
  it("takes each name in each folder in turn, passes over an empty file, and stops at the project's root", async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-search-")));
    const sub = join(root, "a", "b");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(root, "package.json"), "{}\n");
    writeFileSync(join(root, ".cwplanrc"), "lang: en\n");
    writeFileSync(join(root, "cwplan.yml"), "lang: zh\n");
    writeFileSync(join(sub, "cwplan.yaml"), "  \n");
    // b/'s only config is empty, a/ has none: the root's, cwplan.yml before .cwplanrc
    let found = await loadConfig(sub);
    expect(found?.file).toBe(join(root, "cwplan.yml"));
    expect(found?.lang?.value).toBe("zh");
    writeFileSync(join(sub, ".cwplanrc.yml"), "lang: en\n");
    found = await loadConfig(sub);
    expect(found?.file).toBe(join(sub, ".cwplanrc.yml"));
    // above the project's root: never read
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-search-")));
    writeFileSync(join(outside, "cwplan.yaml"), "lang: zh\n");
    const inner = join(outside, "project");
    mkdirSync(inner);
    writeFileSync(join(inner, "package.json"), "{}\n");
    expect(await loadConfig(inner)).toBeUndefined();
  });
});

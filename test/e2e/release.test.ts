/**
 * The offline release: the tarball `npm run release` writes installs into an
 * empty prefix with the npm registry unreachable (an empty cache, --offline,
 * and a registry on a port nothing listens on), and the installed cwplan runs.
 * The `cli` project has built dist/ from the current source already.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const version = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("npm run release", () => {
  it("installs with no network and runs", { timeout: 240_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), "cwplan-release-test-"));
    const tgz = execFileSync(
      process.execPath,
      [join(ROOT, "scripts", "release.mjs"), "--no-build", "--out", join(work, "out")],
      { cwd: ROOT, encoding: "utf8" },
    ).trim();
    expect(tgz).toBe(join(work, "out", `cwplan-${version}.tgz`));

    const prefix = join(work, "prefix");
    const install = spawnSync(
      npm,
      [
        "install",
        "--global",
        tgz,
        "--prefix",
        prefix,
        "--cache",
        join(work, "empty-cache"),
        "--offline",
        "--registry",
        "http://127.0.0.1:9",
        "--no-audit",
        "--no-fund",
        "--no-update-notifier",
      ],
      { cwd: work, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: work } },
    );
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);

    const bin = join(prefix, "bin", "cwplan");
    const env = { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", NO_COLOR: "1", HOME: work };
    const run = (args: string[]) => spawnSync(bin, args, { cwd: work, encoding: "utf8", env });

    const v = run(["--version"]);
    expect(v.stdout.trim()).toBe(version);
    expect(v.status).toBe(0);

    const check = run(["check", join(ROOT, "fixtures", "sample.csv"), "--fail-on", "never"]);
    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/^Plan check — Chengwu County/);
    expect(check.status).toBe(0);

    // the package carries the bundle and no node_modules: nothing else to install
    const installed = join(prefix, "lib", "node_modules", "cwplan");
    expect(existsSync(join(installed, "dist", "bundle", "cwplan.cjs"))).toBe(true);
    expect(existsSync(join(installed, "node_modules"))).toBe(false);

    // a GB18030 drop needs iconv-lite, which the bundle carries (dist/bundle/iconv-lite.cjs)
    const gb = run(["validate", join(ROOT, "fixtures", "check", "excel-gb18030.csv")]);
    expect(gb.stdout).toContain("4 rows read, 4 valid, 0 invalid (gb18030)");
    expect(gb.status).toBe(0);
  });
});

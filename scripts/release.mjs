#!/usr/bin/env node
/**
 * `npm run release`: cwplan-<version>.tgz, a package that installs with no
 * network, for a county office PC on an intranet:
 *
 *   npm install -g ./cwplan-<version>.tgz
 *
 * The build bundles the code (dist/bundle/); a few modules are still
 * required at run time from node_modules (iconv-lite, loaded on first use), so
 * every production dependency travels inside the tarball as a bundled
 * dependency (`bundleDependencies`), copied from this checkout's
 * node_modules: npm then has nothing to fetch. The package carries no
 * install scripts.
 *
 *   node scripts/release.mjs [--no-build] [--out DIR]
 *
 * `--no-build` packs the current dist/ (the tests build first); `--out` is
 * where the tarball goes (default: the repository's root). Prints its path.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : root);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!args.includes("--no-build")) {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });
}
if (!existsSync(join(root, "dist", "bundle", "cwplan.js"))) {
  console.error("release: dist/bundle/cwplan.js is missing; run `npm run build` first");
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const stage = mkdtempSync(join(tmpdir(), "cwplan-release-"));
try {
  // what runs: the launcher, the bundle and the pre-parsed plan, the plan and its schema
  for (const p of [
    "bin",
    join("dist", "bundle"),
    join("dist", "generated"),
    "plan",
    "schemas",
    "docs",
  ]) {
    cpSync(join(root, p), join(stage, p), { recursive: true });
  }
  for (const f of ["README.md", "README.zh-CN.md", "LICENSE"]) {
    if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f));
  }

  // every production dependency, with its own, as they are installed here
  const listed = execFileSync(npm, ["ls", "--omit=dev", "--all", "--parseable"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const dir of listed
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const rel = relative(root, dir);
    if (rel === "" || !rel.startsWith("node_modules")) continue;
    mkdirSync(dirname(join(stage, rel)), { recursive: true });
    cpSync(dir, join(stage, rel), { recursive: true, dereference: true });
  }

  const release = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    type: pkg.type,
    license: pkg.license,
    bin: pkg.bin,
    engines: pkg.engines,
    files: ["bin", "dist", "plan", "schemas", "docs", "README.zh-CN.md"],
    dependencies: pkg.dependencies,
    bundleDependencies: Object.keys(pkg.dependencies ?? {}),
  };
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(release, null, 2)}\n`);

  mkdirSync(out, { recursive: true });
  const packed = execFileSync(npm, ["pack", "--pack-destination", out, "--json"], {
    cwd: stage,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error" },
  });
  const [info] = JSON.parse(packed);
  console.log(join(out, info.filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}

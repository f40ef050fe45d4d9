#!/usr/bin/env node
/**
 * `npm run release`: cwplan-<version>.tgz, a package that installs with no
 * network, for a county office PC on an intranet:
 *
 *   npm install -g ./cwplan-<version>.tgz
 *
 * The build bundles the code with every package it loads (dist/bundle/:
 * the chunks, iconv-lite as a file of its own), so the package carries the
 * bundle and what it reads beside it (the plan, its pre-parsed JSON,
 * package.json for --version) and no node_modules: npm has nothing to
 * fetch. Before packing, every module specifier in the bundle is checked to
 * be Node's own or a file of the bundle. The package carries no install
 * scripts.
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
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : root);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!args.includes("--no-build")) {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });
}
if (!existsSync(join(root, "dist", "bundle", "cwplan.cjs"))) {
  console.error("release: dist/bundle/cwplan.cjs is missing; run `npm run build` first");
  process.exit(2);
}

/**
 * The bundle loads nothing outside itself but Node's modules: a bare
 * specifier (an import, a dynamic import, a require) would need a
 * node_modules the package does not carry. (A quoted `require("…")` inside a
 * string, as ajv's runtime helpers keep in `.code`, is not a call.)
 */
function outsideModules(dir) {
  const found = [];
  for (const f of readdirSync(dir).filter((f) => /\.c?js$/.test(f))) {
    const text = readFileSync(join(dir, f), "utf8");
    const specifiers = [
      ...text.matchAll(/(?<![\w$'"])(?:require|import)\(\s*"([^"]+)"\s*\)/g),
      ...text.matchAll(/^\s*(?:import|export)\b[^;"']*?from\s*"([^"]+)"/gm),
      ...text.matchAll(/^\s*import\s*"([^"]+)"/gm),
      ...text.matchAll(/createRequire\([^()]*(?:\([^()]*\))?[^()]*\)\(\s*"([^"]+)"\s*\)/g),
    ].map((m) => m[1]);
    for (const s of specifiers) {
      if (s.startsWith("./") || s.startsWith("node:") || isBuiltin(s)) continue;
      found.push(`${f}: ${s}`);
    }
  }
  return found;
}

const outside = outsideModules(join(root, "dist", "bundle"));
if (outside.length > 0) {
  console.error(`release: the bundle loads modules it does not carry:\n  ${outside.join("\n  ")}`);
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const stage = mkdtempSync(join(tmpdir(), "cwplan-release-"));
try {
  // what runs: the launcher, the bundle and the pre-parsed plan, the plan and its schema
  for (const p of [
    "bin",
    join("dist", "bundle"),
    join("dist", "generated", "embedded-plan.json"),
    "plan",
    "schemas",
    "docs",
  ]) {
    cpSync(join(root, p), join(stage, p), { recursive: true });
  }
  for (const f of ["README.md", "README.zh-CN.md", "LICENSE"]) {
    if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f));
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

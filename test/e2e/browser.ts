/**
 * Debian's Chromium, driven by playwright-core, and poppler's tools: what
 * the HTML acceptance tests need. Never a downloaded browser. A missing tool
 * fails the test with what to install; no test is skipped for it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { ROOT } from "./run.js";

export const CHROMIUM = "/usr/bin/chromium";
const INSTALL =
  "install them with `apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils` (.ci/run does this)";

/** Where tests leave pages, PDFs and screenshots for a person to look at (gitignored). */
export const OUT = join(ROOT, "test-output", "html");

export function outDir(): string {
  mkdirSync(OUT, { recursive: true });
  return OUT;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing: no ${CHROMIUM}; ${INSTALL}`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A poppler tool's output; fails with what to install when it is missing. */
export function poppler(tool: "pdfinfo" | "pdftotext" | "pdftoppm", args: string[]): string {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  if (found.status !== 0) throw new Error(`${tool} is missing (poppler-utils); ${INSTALL}`);
  return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** Page 1 of a PDF as `<stem>.png` at 80 dpi (what a person sees first); its path. */
export function firstPageImage(pdf: string, stem: string): string {
  poppler("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
  return `${stem}.png`;
}

/** Fails when no CJK font is installed (Chinese would print as boxes). */
export function assertCjkFont(): void {
  const r = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  if (r.status !== 0 || r.stdout.trim() === "") {
    throw new Error(`no Chinese font found (fc-list :lang=zh is empty); ${INSTALL}`);
  }
}

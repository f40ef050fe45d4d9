/**
 * Output formats by name. Each is one module that turns a CheckOutput into a
 * string; adding a format means adding a file and a line here. (html is a
 * page with charts: src/format/html/, called by the check command.)
 */
import type { TextCheckFormat as CheckFormat } from "../../vocabulary.js";
import type { Formatter } from "../check-output.js";
import { safeFiles } from "../safe.js";

/** Formats a person reads: text from the drops passes the sanitising step first (safe.ts). */
const HUMAN: ReadonlySet<CheckFormat> = new Set(["table", "markdown", "github"]);

export async function checkFormatter(name: CheckFormat): Promise<Formatter> {
  const f = await machineFormatter(name);
  if (!HUMAN.has(name)) return f;
  return (report, o) => f({ ...report, files: safeFiles(report.files) }, o);
}

async function machineFormatter(name: CheckFormat): Promise<Formatter> {
  switch (name) {
    case "table":
      return (await import("./table.js")).formatTable;
    case "json":
      return (await import("./json.js")).formatJson;
    case "markdown":
      return (await import("./markdown.js")).formatMarkdown;
    case "csv":
      return (await import("./csv.js")).formatCsv;
    case "junit":
      return (await import("./junit.js")).formatJunit;
    case "github":
      return (await import("./github.js")).formatGithub;
  }
}

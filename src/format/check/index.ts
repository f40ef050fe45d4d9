/**
 * Output formats by name. Each is one module that turns a Report into a
 * string; adding a format means adding a file and a line here.
 */
import type { CheckFormat } from "../../vocabulary.js";
import type { Formatter } from "../report.js";

export async function checkFormatter(name: CheckFormat): Promise<Formatter> {
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

/**
 * Preloaded with `node --import` by the hostile-input tests: at exit, writes
 * the process's peak resident set size (KiB, from process.resourceUsage) to
 * the file named by CWPLAN_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env.CWPLAN_RSS_FILE;
if (file) {
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}

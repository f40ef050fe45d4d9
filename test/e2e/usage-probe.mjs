/**
 * Preloaded with `node --import` by the hostile-workbook tests: at exit,
 * writes the process's peak resident set size (KiB) and CPU time (user and
 * system, microseconds) as JSON to the file named by CWPLAN_USAGE_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env.CWPLAN_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }),
    );
  });
}

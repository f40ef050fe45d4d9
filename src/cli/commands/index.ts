/**
 * Every command, in the order `cwplan --help` lists them. Adding a command
 * is adding its module here (/work/notes/COMMANDS.md, docs/architecture.md).
 */
import type { Command } from "../command.js";
import { baseline } from "./baseline.js";
import { check } from "./check.js";
import { config } from "./config.js";
import { draft } from "./draft.js";
import { init } from "./init.js";
import { notices } from "./notices.js";
import { plan } from "./plan.js";
import { report } from "./report.js";
import { show } from "./show.js";
import { submissions } from "./submissions.js";
import { template } from "./template.js";
import { units } from "./units.js";
import { validate } from "./validate.js";

export const COMMANDS: readonly Command[] = [
  init,
  baseline,
  plan,
  units,
  show,
  validate,
  template,
  check,
  submissions,
  notices,
  report,
  config,
  draft,
];

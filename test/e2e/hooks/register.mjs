// Registers resolve-log.mjs (used by test/e2e/xlsx-lazy.test.ts: node --import this file).
import { register } from "node:module";

register("./resolve-log.mjs", import.meta.url);

/**
 * Global setup of the `fast` test project: regenerate src/generated/ (the
 * ajv validators that src/ imports) from schemas/, so that unit tests never
 * run against validators of an older schema. Fast: no TypeScript, no bundle.
 */
import { build } from "./build.js";

export default function setup(): void {
  build(["--generate-only"]);
}

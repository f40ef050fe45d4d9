/**
 * `cwplan draft`: a plan file drafted from a plan document. This tree
 * (src/draft/) is loaded by that command only.
 */
import { CwplanError } from "../errors.js";
import { DRAFT_ERRORS } from "../i18n/draft.js";
import { bilingual } from "../i18n/errors.js";
import { type Draft, draftPlan } from "./build.js";
import { readDocument } from "./read.js";

export type { Draft } from "./build.js";
export { draftJson, draftYaml } from "./emit.js";

/**
 * Read the document at `path` and draft its plan. `file` is the path as
 * shown in errors; `source` the document as the plan file refers to it.
 */
export async function draftDocument(path: string, file: string, source: string): Promise<Draft> {
  const text = await readDocument(path, file);
  const draft = draftPlan(text, source);
  if (draft.plan.measures.length === 0 && draft.plan.targets.length === 0) {
    const w = bilingual(DRAFT_ERRORS, "noBody");
    throw new CwplanError("draft-no-body", w.message, { where: { file }, ...w });
  }
  return draft;
}

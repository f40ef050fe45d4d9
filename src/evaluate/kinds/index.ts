export { evaluateAnnual, yearJudged } from "./annual.js";
export type { KindContext } from "./common.js";
export { evaluateEliminate } from "./eliminate.js";
export { evaluateIncrease } from "./increase.js";
export { evaluateByDeadline, evaluateLevel } from "./level.js";
export { evaluateMilestone } from "./milestone.js";
export { type AreaCount, countSeries, evaluatePerArea } from "./per-area.js";

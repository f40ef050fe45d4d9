export * from "./check.js";
export * from "./final.js";
export * from "./history.js";
export * from "./kinds/index.js";
export * from "./rules.js";
export * from "./target.js";
export * from "./types.js";

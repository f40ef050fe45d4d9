// Preloaded with `node --require` by test/e2e/xlsx-lazy.test.ts: at exit,
// writes the file of every CommonJS module the process loaded (the bundle's
// lazily loaded packages, dist/bundle/*.cjs, are required) to $CWPLAN_LOAD_LOG.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.CWPLAN_LOAD_LOG) {
    writeFileSync(process.env.CWPLAN_LOAD_LOG, `${Object.keys(require.cache).join("\n")}\n`);
  }
});

#!/usr/bin/env node
// `npm start`'s last lines: how to write the meeting's report as a page to open.
console.log(`
The monthly meeting's report, as one page to open in a browser (offline) and print on A4:
  npx cwplan report fixtures/scenario/drops --format html -o report.html
then open report.html. A plain-text digest for email or chat: --format text.`);

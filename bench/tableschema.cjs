/**
 * Frictionless's JavaScript table-schema validator (the `tableschema`
 * package) on a drop: the row schema of cwplan as a Table Schema, every row
 * cast and checked, streamed. Prints rows read and rows with an error.
 */
const { Table } = require("tableschema");

const schema = {
  fields: [
    { name: "indicator", type: "string", constraints: { required: true, maxLength: 200 } },
    {
      name: "period",
      type: "string",
      constraints: { required: true, pattern: "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?" },
    },
    { name: "value", type: "number", constraints: { required: true, minimum: 0 } },
    { name: "unit", type: "string" },
    { name: "area", type: "string" },
    { name: "reported_by", type: "string" },
    { name: "note", type: "string" },
  ],
};

(async () => {
  const table = await Table.load(process.argv[2], { schema });
  let rows = 0;
  let bad = 0;
  const iter = await table.iter({ cast: true, forceCast: true });
  for await (const row of iter) {
    rows++;
    if (row instanceof Error) bad++;
  }
  process.stdout.write(`${rows} ${bad}\n`);
})().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});

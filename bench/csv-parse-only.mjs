/** The throughput reference: a bare csv-parse streaming parse of a file, counting records. */
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse());
for await (const _ of parser) records++;
process.stdout.write(`${records}\n`);

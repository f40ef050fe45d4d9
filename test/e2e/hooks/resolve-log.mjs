// A module-resolution hook that appends every module URL loaded to $CWPLAN_LOAD_LOG.
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.CWPLAN_LOAD_LOG) appendFileSync(process.env.CWPLAN_LOAD_LOG, `${result.url}\n`);
  return result;
}

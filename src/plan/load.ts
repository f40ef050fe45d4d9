/**
 * Loading a plan: refuse what cannot be a plan (too large, binary, missing),
 * then take the embedded plan pre-parsed by the build, or parse and check the
 * file (src/plan/parse.ts, loaded only then). Every problem carries
 * file:line:column.
 */
import { open } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { prebuiltPlan } from "./prebuilt.js";
import { planError } from "./problems.js";
import type { Plan } from "./types.js";

/** A plan is a few hundred KiB at most; refuse anything far larger before parsing it. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
/** The plan that ships with cwplan (dist/plan/ → ../../plan/). */
export const EMBEDDED_PLAN = join(here, "..", "..", "plan", "chengwu.yaml");

export interface LoadedPlan {
  plan: Plan;
  /** the path the plan was read from */
  path: string;
  /** the YAML was parsed (not the build's pre-parsed plan): its garbage is still about */
  parsed: boolean;
}

/** Load the embedded plan, or the one at `path`. Throws CwplanError. */
export async function loadPlan(path: string = EMBEDDED_PLAN): Promise<LoadedPlan> {
  const { bytes, shown } = await readPlanBytes(path);
  const prebuilt = (await isEmbeddedPlan(path, bytes)) ? prebuiltPlan(bytes) : undefined;
  if (prebuilt) return { plan: prebuilt, path, parsed: false };
  const { parsePlan } = await import("./parse.js");
  const plan = parsePlan(bytes.toString("utf8"), shown);
  return { plan, path, parsed: true };
}

/**
 * The embedded plan, or a copy of it byte for byte (a project's
 * `plan: plan/chengwu.yaml`, as the README sets one up): parsing depends on
 * the text alone (the path only shows in errors, and the shipped plan has
 * none), so a copy may take the pre-parsed plan too. Compared whole, not by
 * hash: an edited copy is always parsed.
 */
async function isEmbeddedPlan(path: string, bytes: Buffer): Promise<boolean> {
  if (path === EMBEDDED_PLAN) return true;
  try {
    const fh = await open(EMBEDDED_PLAN, "r");
    try {
      if ((await fh.stat()).size !== bytes.length) return false;
      return bytes.equals(await fh.readFile());
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}

/**
 * A plan file's bytes, refused when it cannot be a plan (missing, too large,
 * binary), and its path as errors show it.
 */
export async function readPlanBytes(path: string): Promise<{ bytes: Buffer; shown: string }> {
  const shown = displayPath(path);
  let bytes: Buffer;
  let size: number | undefined;
  try {
    ({ bytes, size } = await readBounded(path, MAX_PLAN_BYTES + 1));
  } catch (e) {
    throw planError("plan-unreadable", { file: shown }, "unreadable", e);
  }
  if (bytes.length > MAX_PLAN_BYTES) {
    const mib = MAX_PLAN_BYTES / 1024 / 1024;
    throw planError(
      "plan-too-large",
      { file: shown },
      "tooLarge",
      size === undefined ? undefined : (size / 1024 / 1024).toFixed(1),
      mib,
    );
  }
  if (bytes.includes(0)) {
    throw planError("plan-not-text", { file: shown }, "notText");
  }
  return { bytes, shown };
}

/**
 * At most `limit` bytes of a file, whatever it is: a file, a pipe, a device
 * (/dev/zero, /dev/stdin). Reading stops at the limit; a regular file's size
 * (returned) is only used to refuse a large file without reading it.
 */
const CHUNK = 256 * 1024;

async function readBounded(
  path: string,
  limit: number,
): Promise<{ bytes: Buffer; size: number | undefined }> {
  if (path === "/dev/stdin" || path === "-")
    return { bytes: await readStdin(limit), size: undefined };
  const fh = await open(path, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    const size = st.isFile() ? st.size : undefined;
    if (size !== undefined && size >= limit) return { bytes: Buffer.alloc(limit), size };
    // in pieces, never more than the limit (a pipe or a device has no size)
    const chunks: Buffer[] = [];
    let n = 0;
    while (n < limit) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, limit - n));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      n += bytesRead;
    }
    return { bytes: Buffer.concat(chunks, n), size };
  } finally {
    await fh.close();
  }
}

/**
 * At most `limit` bytes of standard input (`--plan -` or `--plan /dev/stdin`;
 * opened by name, /dev/stdin fails where standard input is a socket).
 */
async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of process.stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    n += bytes.length;
    if (n >= limit) break; // leaving the loop lets standard input go
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

function displayPath(path: string): string {
  if (path === EMBEDDED_PLAN) return "plan/chengwu.yaml (embedded)";
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

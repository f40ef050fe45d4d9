/**
 * `cwplan init [DIR] [--from-text PLAN_TEXT] [--units-from chengwu|FILE]`: a
 * ready project: cwplan.yaml, plan.yaml (drafted from the plan's text by
 * src/draft/, or a small commented skeleton), drops/ and 使用说明.md. The
 * units and areas of another plan (the bundled Chengwu plan, or a plan file)
 * are reused: a drafted unit that is one of them takes its id and names.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { Document, isMap, isSeq } from "yaml";
import type { Draft } from "../../draft/index.js";
import { CwplanError } from "../../errors.js";
import { bilingual } from "../../i18n/errors.js";
import {
  configText,
  GUIDE_FILE,
  guideText,
  INIT_DONE,
  INIT_ERRORS,
  SKELETON_UNITS,
  skeletonHead,
  skeletonTail,
} from "../../i18n/init.js";
import { EMBEDDED_PLAN, loadPlan } from "../../plan/load.js";
import { unitRegistry } from "../../plan/registry.js";
import type { Area, Plan, Unit } from "../../plan/types.js";
import type { Lang } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";

export interface InitOptions {
  dir: string;
  fromText?: string;
  /** `chengwu` (the bundled plan) or a plan file */
  unitsFrom?: string;
  force: boolean;
}

export async function initCommand(ctx: Context, o: InitOptions): Promise<number> {
  const dir = resolve(ctx.cwd, o.dir);
  const files = ["cwplan.yaml", "plan.yaml", GUIDE_FILE];
  if (!o.force) {
    for (const f of files) {
      if (!existsSync(join(dir, f))) continue;
      const w = bilingual(INIT_ERRORS, "exists", join(o.dir, f));
      throw new CwplanError("init-exists", w.message, { where: { file: join(o.dir, f) }, ...w });
    }
  }
  const reused =
    o.unitsFrom === undefined
      ? undefined
      : (await loadPlan(o.unitsFrom === "chengwu" ? EMBEDDED_PLAN : resolve(ctx.cwd, o.unitsFrom)))
          .plan;
  let plan: string;
  if (o.fromText !== undefined) {
    const { draftDocument, draftYaml } = await import("../../draft/index.js");
    const input = resolve(ctx.cwd, o.fromText);
    const source = relative(dir, input) || o.fromText;
    const draft = await draftDocument(input, o.fromText, source);
    if (reused) reuseUnits(draft, reused);
    plan = withAreas(draftYaml(draft, ctx.lang, source), reused?.areas ?? []);
  } else plan = skeleton(ctx.lang, reused);

  await mkdir(join(dir, "drops"), { recursive: true });
  await writeFile(join(dir, "cwplan.yaml"), configText(ctx.lang));
  await writeFile(join(dir, "plan.yaml"), plan);
  await writeFile(join(dir, GUIDE_FILE), guideText(o.fromText !== undefined));
  ctx.io.stderr(`${INIT_DONE[ctx.lang](o.dir, [...files, "drops/"])}\n`);
  return ExitCode.Ok;
}

/** A unit or area as a plan file writes it: no English that is the Chinese, no empty aliases. */
function written<T extends Unit | Area>(u: T): Record<string, unknown> {
  const { en, aliases, ...rest } = u;
  return {
    ...rest,
    ...(en === u.name ? {} : { en }),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** `key:` and its items, one flow mapping a line. */
function flowList(key: string, items: Record<string, unknown>[]): string {
  const doc = new Document({ [key]: items });
  const seq: unknown = doc.get(key, true);
  if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** The skeleton plan, with the reused units (and the two its measure names, where missing). */
function skeleton(lang: Lang, reused: Plan | undefined): string {
  const units = (reused?.units ?? []).map((u) => ({ ...u }));
  const taken = new Set(units.map((u) => u.id));
  const registry = reused ? unitRegistry(reused) : undefined;
  for (const { ref, ...u } of SKELETON_UNITS) {
    if (registry?.find(ref)) continue;
    // a body the reused plan knows by another name: the skeleton's name becomes an alias
    const known = [u.name, ...u.aliases].map((n) => registry?.find(n)).find((x) => x);
    const hit = known && units.find((x) => x.id === known.id);
    if (hit) hit.aliases = [...hit.aliases, ref];
    else units.push({ ...u, en: u.name, id: taken.has(u.id) ? `${u.id}-2` : u.id });
  }
  const areas = (reused?.areas ?? []).map(written);
  return `${skeletonHead(lang)}${flowList("units", units.map(written))}${areas.length > 0 ? `\n${flowList("areas", areas)}` : ""}${skeletonTail(lang)}`;
}

/**
 * The drafted units that are units of `reused` take its id, names and
 * aliases (in place, so that the draft's notes still point at them); the
 * measures and owners follow; the other units of `reused` come after.
 */
function reuseUnits(draft: Draft, reused: Plan): void {
  const registry = unitRegistry(reused);
  const ids = new Map<string, string>();
  const replaced = new Set<number>();
  const reusedIds = new Set(reused.units.map((u) => u.id));
  const p = draft.plan;
  p.units = p.units.map((u, i) => {
    const hit = [u.name, ...(u.aliases ?? [])].map((n) => registry.find(n)).find((x) => x);
    if (!hit) {
      if (!reusedIds.has(u.id)) return u;
      ids.set(u.id, `${u.id}-new`);
      return { ...u, id: `${u.id}-new` };
    }
    ids.set(u.id, hit.id);
    replaced.add(i);
    const aliases = [...new Set([...hit.aliases, ...(u.name === hit.name ? [] : [u.name])])];
    return {
      id: hit.id,
      name: hit.name,
      en: hit.en === hit.name ? undefined : hit.en,
      aliases: aliases.length > 0 ? aliases : undefined,
    };
  });
  const present = new Set(p.units.map((u) => u.id));
  for (const u of reused.units) {
    if (present.has(u.id)) continue;
    p.units.push({
      id: u.id,
      name: u.name,
      en: u.en === u.name ? undefined : u.en,
      aliases: u.aliases.length > 0 ? u.aliases : undefined,
    });
  }
  const id = (x: string) => ids.get(x) ?? x;
  for (const m of p.measures) for (const r of m.units) r.unit = id(r.unit);
  for (const t of p.targets) if (t.owner !== undefined) t.owner = id(t.owner);
  // a note that a unit is not in the table of usual bodies no longer holds for a reused one
  draft.notes = draft.notes.filter(
    (n) => !(n.path[0] === "units" && typeof n.path[1] === "number" && replaced.has(n.path[1])),
  );
}

/** The drafted plan's YAML with the reused areas added. */
function withAreas(yaml: string, areas: Area[]): string {
  if (areas.length === 0) return yaml;
  return `${yaml.trimEnd()}\n\n${flowList("areas", areas.map(written))}`;
}

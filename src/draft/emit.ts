/**
 * A draft plan written out: YAML in the plan file's layout with a `# 待确认`
 * comment at every guess, or JSON with a `review` list on each object that
 * holds one. The words come from src/i18n/draft.ts.
 */
import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import { DRAFT_WORDS, REVIEW_MARK, REVIEW_SEPARATORS, REVIEW_WORDS } from "../i18n/draft.js";
import type { Lang } from "../vocabulary.js";
import type { Draft, Note } from "./build.js";

const key = (path: Note["path"]) => path.join("\u0000");

/** The notes grouped by where they point. */
function grouped(notes: Note[], lang: Lang): Map<string, { path: Note["path"]; words: string[] }> {
  const out = new Map<string, { path: Note["path"]; words: string[] }>();
  for (const n of notes) {
    const k = key(n.path);
    const g = out.get(k) ?? { path: n.path, words: [] };
    const w = REVIEW_WORDS[lang][n.code];
    if (!g.words.includes(w)) g.words.push(w);
    out.set(k, g);
  }
  return out;
}

/** The draft as YAML, each guess with its `# 待确认：…` comment. */
export function draftYaml(draft: Draft, lang: Lang, source: string): string {
  const doc = new Document(draft.plan);
  compact(doc);
  const mark = REVIEW_MARK[lang];
  const count = draft.notes.length;
  doc.commentBefore = ` ${DRAFT_WORDS[lang].header(source, count, mark)}`;
  for (const { path, words } of grouped(draft.notes, lang).values()) {
    const node: unknown = doc.getIn(path, true);
    const { colon, join } = REVIEW_SEPARATORS[lang];
    const text = ` ${mark}${colon}${words.join(join)}`;
    if (isScalar(node))
      node.comment = node.comment ? `${node.comment}${join}${words.join(join)}` : text;
    else if ((isMap(node) || isSeq(node)) && node.flow && typeof path.at(-1) === "string")
      node.comment = text; // a one-line map's note goes after it: `window: { … } # 待确认：…`
    else if (isMap(node) || isSeq(node)) {
      const n: Node = node;
      n.commentBefore = n.commentBefore ? `${n.commentBefore}\n${text}` : text;
    } else if (path.length > 1) {
      // a field the draft left out (an owner the text does not name): on its object
      const parent: unknown = doc.getIn(path.slice(0, -1), true);
      if (isMap(parent))
        parent.commentBefore = parent.commentBefore ? `${parent.commentBefore}\n${text}` : text;
    }
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** Short entries on one line, as plan/chengwu.yaml writes them: names, units, sections, indicators. */
function compact(doc: Document): void {
  const flowAt = (path: (string | number)[]) => {
    const n: unknown = doc.getIn(path, true);
    if (isMap(n) || isSeq(n)) n.flow = true;
  };
  flowAt(["plan", "title"]);
  flowAt(["plan", "window"]);
  for (const list of ["sections", "units", "indicators"]) {
    const seq: unknown = doc.get(list, true);
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  }
  for (const list of ["measures", "targets"]) {
    const seq: unknown = doc.get(list, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      flowAt([list, i, "title"]);
      flowAt([list, i, "name"]);
      const refs: unknown = doc.getIn([list, i, "units"], true);
      if (isSeq(refs)) for (const r of refs.items) if (isMap(r)) r.flow = true;
      void item;
    });
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function toJson(x: unknown): Json {
  if (x === null || typeof x === "boolean" || typeof x === "number" || typeof x === "string")
    return x;
  if (Array.isArray(x)) return x.map(toJson);
  if (typeof x === "object") {
    const o: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(x)) if (v !== undefined) o[k] = toJson(v);
    return o;
  }
  return null;
}

/** The draft as JSON: the same plan, a `review` list on each object holding a guess. */
export function draftJson(draft: Draft, lang: Lang): string {
  const root = toJson(draft.plan);
  for (const { path, words } of grouped(draft.notes, lang).values()) {
    let node: Json = root;
    let field: string | undefined;
    for (let i = 0; i < path.length; i++) {
      const p = path[i];
      const next: Json | undefined =
        Array.isArray(node) && typeof p === "number"
          ? node[p]
          : node && typeof node === "object" && !Array.isArray(node) && typeof p === "string"
            ? node[p]
            : undefined;
      const leaf = next === undefined || next === null || typeof next !== "object";
      if (leaf && i === path.length - 1 && typeof p === "string") {
        field = p;
        break;
      }
      if (next === undefined) break;
      node = next;
    }
    const host = node && typeof node === "object" && !Array.isArray(node) ? node : root;
    if (!host || typeof host !== "object" || Array.isArray(host)) continue;
    const list = host.review;
    const items = words.map((w) => (field ? `${field}: ${w}` : w));
    host.review = Array.isArray(list) ? [...list, ...items] : items;
  }
  return `${JSON.stringify(root, null, 2)}\n`;
}

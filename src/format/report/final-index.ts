/**
 * `cwplan report`'s formats in final mode (终期评估), by name: the report's
 * blocks (./final.ts) in each block format, and json (the evaluation as
 * data: codes and raw numbers, no words).
 */
import type { ReportOutputFormat } from "../../vocabulary.js";
import type { Renderer } from "../renderer.js";
import { BLOCK_RENDERERS } from "./block-renderers.js";
import type { FinalReportInput } from "./final.js";

const blocks = (format: keyof typeof BLOCK_RENDERERS): Renderer<FinalReportInput> => {
  const r = BLOCK_RENDERERS[format];
  return {
    ...(r.workbook ? { workbook: r.workbook } : {}),
    render: async (input, o) => {
      const { finalBlocks } = await import("./final.js");
      return r.render(finalBlocks(input, o.lang), o);
    },
  };
};

export const FINAL_RENDERERS: Readonly<Record<ReportOutputFormat, Renderer<FinalReportInput>>> = {
  markdown: blocks("markdown"),
  text: blocks("text"),
  html: blocks("html"),
  xlsx: blocks("xlsx"),
  docx: blocks("docx"),
  json: { render: async (input) => `${JSON.stringify(finalJson(input), null, 2)}\n` },
};

function finalJson({ plan, final, data }: FinalReportInput) {
  return {
    plan: { title: plan.plan.title, window: plan.plan.window },
    mode: final.forced ? "dry-run" : "final",
    asOf: final.asOf,
    cutOff: final.cutOff ?? null,
    counts: final.counts,
    targets: final.results.map((r) => ({
      id: r.target.id,
      name: r.target.name,
      class: r.class,
      rate: r.rate ?? null,
      baseline: r.baseline ?? null,
      final: r.final ?? null,
      change: r.change ?? null,
      ...(r.years
        ? {
            years: r.years.map((y) => ({
              year: y.year,
              class: y.class,
              value: y.value ?? null,
              period: y.period ?? null,
              rate: y.rate ?? null,
            })),
          }
        : {}),
    })),
    bySection: final.bySection.map((s) => ({
      numeral: s.numeral,
      targets: s.targets,
      counts: s.counts,
    })),
    byMeasure: final.byMeasure.map((m) => ({
      number: m.number,
      targets: m.targets,
      counts: m.counts,
    })),
    byUnit: final.byUnit,
    sources: data.sources,
    revisions: data.revisions,
  };
}

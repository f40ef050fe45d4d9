/**
 * `cwplan template`'s formats by name: the CSV form (src/data/template.ts,
 * which also reads filled-in forms back) and the .xlsx workbook
 * (src/format/xlsx/template.ts).
 */

import type { Plan } from "../plan/types.js";
import type { TemplateFormat } from "../vocabulary.js";
import type { Renderer } from "./renderer.js";
import type { TemplateOptions } from "./template-csv.js";

export interface TemplateInput {
  plan: Plan;
  options: TemplateOptions & { lang: NonNullable<TemplateOptions["lang"]> };
}

export const TEMPLATE_RENDERERS: Readonly<Record<TemplateFormat, Renderer<TemplateInput>>> = {
  csv: {
    render: async ({ plan, options }) => {
      const { renderTemplate } = await import("./template-csv.js");
      return renderTemplate(plan, options);
    },
  },
  xlsx: {
    workbook: "template",
    render: async ({ plan, options }) => {
      const [{ renderXlsxTemplate }, { templateRows }] = await Promise.all([
        import("./xlsx/template.js"),
        import("./template-csv.js"),
      ]);
      const unit = plan.units.find((u) => u.id === options.unit);
      const lang = options.lang;
      return renderXlsxTemplate(plan, templateRows(plan, options), {
        period: options.period,
        lang,
        ...(unit ? { unitName: lang === "zh" ? unit.name : unit.en, unit: unit.id } : {}),
      });
    },
  },
};

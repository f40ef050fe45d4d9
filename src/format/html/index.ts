/**
 * `report --format html` and `check --format html`: the page parts put
 * together. Loaded (with ECharts) only when one of them is asked for.
 */
import type { Series } from "../../evaluate/history.js";
import { trajectories } from "../../evaluate/trajectory.js";
import type { Lang } from "../../i18n/lang.js";
import { safeFiles } from "../safe.js";
import { chartRenderer } from "./chart.js";
import { buildPage, type PageInput } from "./model.js";
import { renderPage } from "./page.js";

export interface HtmlInput extends Omit<PageInput, "trajectories"> {
  histories: ReadonlyMap<string, Series>;
}

export const CHART_SIZE = { width: 340, height: 200 } as const;

/** Every date a figure stands for, county-wide or for an area. */
export function observationDates(histories: ReadonlyMap<string, Series>): Set<string> {
  const dates = new Set<string>();
  for (const s of histories.values()) {
    for (const p of s.county) dates.add(p.date);
    for (const points of s.areas.values()) for (const p of points) dates.add(p.date);
  }
  return dates;
}

export async function renderHtml(
  input: HtmlInput,
  o: { lang: Lang; maxFindings?: number },
): Promise<string> {
  const { histories, ...rest } = input;
  const traj = trajectories(
    input.plan,
    input.check.results,
    histories,
    input.check.asOf,
    observationDates(histories),
  );
  // file names and cells are escaped as HTML; controls and bidi overrides are written out too (safe.ts)
  const model = buildPage({ ...rest, files: safeFiles(rest.files), trajectories: traj });
  const draw = await chartRenderer({
    lang: o.lang,
    ...CHART_SIZE,
    planStart: input.plan.plan.window.start,
  });
  return renderPage(model, {
    lang: o.lang,
    ...(o.maxFindings === undefined ? {} : { maxFindings: o.maxFindings }),
    chart: (id, corner) => {
      const t = traj.get(id);
      return t ? draw(t, corner) : "";
    },
  });
}

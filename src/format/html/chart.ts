/**
 * A target's trend chart as inline SVG, drawn in Node by Apache ECharts'
 * server-side SVG renderer: the reported values over time, the pro-rata
 * expected line (序时进度) from the baseline to the target, the target line
 * and the deadline. The target line is a series, so the value axis always
 * takes it in. Lines differ by dash as well as colour, and a legend names
 * them. ECharts is loaded on first use, only by the HTML formats.
 */
import type { Trajectory } from "../../evaluate/trajectory.js";
import type { Lang } from "../../i18n/lang.js";
import { PLAIN_WORDS, pageWords } from "../../i18n/page.js";
import type { MilestoneState } from "../../plan/types.js";
import { amount } from "../numbers.js";
import { stateWord } from "./plain.js";

export const CHART_COLOURS = {
  reported: "#b03a2e",
  expected: "#7f8c8d",
  target: "#1f4e79",
  deadline: "#555555",
} as const;

/** single quotes: ECharts writes it into an SVG style attribute as it is */
export const FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans', Arial, sans-serif";

const STATES: readonly MilestoneState[] = ["not_started", "in_progress", "done"];

export interface ChartOptions {
  lang: Lang;
  width: number;
  height: number;
  /** the plan's start: where a chart with no baseline and no figure begins */
  planStart: string;
}

type ECharts = typeof import("echarts");
let loaded: Promise<ECharts> | undefined;

/** Loads ECharts (once) and returns a function that draws one chart. */
export async function chartRenderer(
  o: ChartOptions,
): Promise<(t: Trajectory, corner?: string) => string> {
  loaded ??= import("echarts");
  const echarts = await loaded;
  return (t, corner) => drawChart(echarts, t, o, corner);
}

/** an ISO date as UTC milliseconds (the axis runs in UTC, whatever the machine's zone) */
function at(date: string): number {
  return Date.parse(date);
}

function numeric(v: number | MilestoneState): number {
  return typeof v === "number" ? v : STATES.indexOf(v);
}

function drawChart(echarts: ECharts, t: Trajectory, o: ChartOptions, corner?: string): string {
  const words = pageWords(o.lang);
  const uom = t.target.unit;
  const milestone = typeof t.goal === "string";
  const goal = numeric(t.goal);
  const whole = [goal, ...t.points.map((p) => numeric(p.value))].every(Number.isInteger);
  const first = t.start?.date ?? t.points[0]?.date ?? o.planStart;
  const from = first < t.deadline ? first : o.planStart;
  const label = (v: number) =>
    milestone ? stateWord(STATES[Math.round(v)] ?? "not_started", o.lang) : amount(v, uom, o.lang);
  // A figure stands at its period's last day (a July figure at 31 July), so
  // a tick on the first of a month marks the end of the month before: the
  // tick of 1 August reads 2025.7 and the July point sits on it.
  const dateLabel = (ms: number) => {
    const d = new Date(ms);
    if (d.getUTCDate() === 1 && d.getUTCHours() === 0) d.setUTCDate(0);
    return PLAIN_WORDS[o.lang].axisMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
  };

  const series: unknown[] = [
    {
      name: words.chartReported,
      type: "line",
      silent: true,
      data: t.points.map((p) => [at(p.date), numeric(p.value)]),
      symbol: "circle",
      symbolSize: 6,
      showAllSymbol: true,
      step: milestone ? "end" : undefined,
      lineStyle: { color: CHART_COLOURS.reported, width: 2 },
      itemStyle: { color: CHART_COLOURS.reported },
    },
    {
      name: words.chartTarget,
      type: "line",
      silent: true,
      data: [
        [at(from), goal],
        [at(t.deadline), goal],
      ],
      symbol: "none",
      lineStyle: { color: CHART_COLOURS.target, width: 2, type: "dashed" },
      itemStyle: { color: CHART_COLOURS.target },
      markLine: {
        silent: true,
        symbol: "none",
        lineStyle: { color: CHART_COLOURS.deadline, type: "solid", width: 1 },
        label: {
          formatter: words.chartDeadline,
          position: "end",
          color: CHART_COLOURS.deadline,
          fontFamily: FONT,
        },
        data: [{ xAxis: at(t.deadline) }],
      },
    },
  ];
  if (t.start && !milestone) {
    series.push({
      name: words.chartExpected,
      type: "line",
      silent: true,
      data: [
        [at(t.start.date), t.start.value],
        [at(t.deadline), numeric(t.expectedEnd)],
      ],
      symbol: "none",
      lineStyle: { color: CHART_COLOURS.expected, width: 1.5, type: "dotted" },
      itemStyle: { color: CHART_COLOURS.expected },
    });
  }

  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: o.width,
    height: o.height,
  });
  try {
    chart.setOption({
      animation: false,
      useUTC: true,
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 16, top: 18, bottom: 34, containLabel: true },
      legend: {
        bottom: 0,
        left: 0,
        selectedMode: false,
        itemWidth: 20,
        itemHeight: 8,
        textStyle: { fontFamily: FONT, fontSize: 11 },
      },
      xAxis: {
        type: "time",
        min: at(from),
        max: at(t.deadline),
        splitNumber: 3,
        axisLabel: { formatter: dateLabel, fontSize: 10, hideOverlap: true },
        splitLine: { show: false },
      },
      yAxis: milestone
        ? {
            type: "value",
            min: 0,
            max: 2,
            interval: 1,
            axisLabel: { formatter: label, fontSize: 10 },
          }
        : {
            type: "value",
            scale: true,
            // counts of things (sites, firms) step by whole numbers
            minInterval: uom !== "%" && whole ? 1 : 0,
            splitNumber: 4,
            axisLabel: { formatter: label, fontSize: 10, hideOverlap: true },
          },
      series,
      graphic: corner
        ? [
            {
              type: "text",
              right: 2,
              bottom: 2,
              silent: true,
              style: { text: corner, fontSize: 10, fill: "#666666", fontFamily: FONT },
            },
          ]
        : [],
    });
    return clean(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts' SVG, made static and safe to inline many times: its hover style
 * sheet and class names (the same names in every chart) go, the series
 * index of each data symbol stays as data-series.
 */
function clean(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/ class="zr\d+-cls-\d+"/g, "")
    .replace(/ pointer-events="visible"/g, "")
    .replace(/ ecmeta_series_index="(\d+)"/g, ' data-series="$1"')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, "")
    .replace(/ baseProfile="full"/, "")
    .replace(/ version="1.1"/, "")
    .replace(/ xmlns:xlink="[^"]*"/, "")
    .replace(/<svg width="(\d+)" height="(\d+)"/, '<svg role="img" width="$1" height="$2"');
}

/** Types of scripts/count-casts.mjs, for test/structure/casts.test.ts. */
export interface Cast {
  kind: "as" | "nonNull";
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** the cast's source text, shortened */
  text: string;
}

export function castsIn(fileName: string, text: string): Cast[];

export function countCasts(dir: string, base?: string): { file: string; casts: Cast[] }[];

/**
 * Colour as data: formatters receive a Style and never decide whether
 * colour is on. The CLI builds one Style, once (src/cli/color.ts).
 */
export type Paint = (s: string) => string;

export interface Style {
  color: boolean;
  bold: Paint;
  dim: Paint;
  green: Paint;
  yellow: Paint;
  red: Paint;
  redBold: Paint;
  grey: Paint;
  cyan: Paint;
}

const same: Paint = (s) => s;

/** The style without colour: every paint leaves its text as it is. */
export const noColour: Style = {
  color: false,
  bold: same,
  dim: same,
  green: same,
  yellow: same,
  red: same,
  redBold: same,
  grey: same,
  cyan: same,
};

/** Exit codes, in one place. Documented in README.md. */
export const ExitCode = {
  /** all is well (warnings allowed) */
  Ok: 0,
  /** targets at or above --fail-on */
  TargetsFailing: 1,
  /** bad input: an invalid drop or plan, an unreadable file, a usage error */
  Error: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The plan as data: the shape of `plan/*.yaml` after loading. The types are
 * generated from schemas/plan.schema.json at build time (scripts/build.mjs →
 * src/generated/plan-types.d.ts), so the schema ajv checks a plan against and
 * the types the code reads it with cannot drift apart.
 */
import type { MilestoneState as SchemaMilestoneState } from "../generated/plan-types.js";
import type { MilestoneState } from "../vocabulary.js";

export type {
  Area,
  AreaType,
  Baseline,
  Cadence,
  Comparator,
  Indicator,
  IndicatorKind,
  Measure,
  PerArea,
  Plan,
  PlanInfo,
  Policy,
  Reporting,
  Role,
  Rollup,
  Section,
  Target,
  Text,
  Unit,
  UnitRef,
} from "../generated/plan-types.js";
export type { MilestoneState } from "../vocabulary.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** The schema's milestone states are the vocabulary's (a type error otherwise). */
export type MilestoneStatesAgree = Assert<Same<SchemaMilestoneState, MilestoneState>>;

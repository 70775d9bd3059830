import type { OfficialKind } from '../geography/geo-entity';
import type { Award, CollectivityKind, Practice } from '../practice/record';
import type { CriterionName, CriterionResult } from '../scoring/criterion';
import type { TargetProfile } from '../scoring/target';
import type { ScoreWeights } from '../scoring/weights';
import type { Notice } from './notices';

/**
 * Who the search is for. Give an official code to resolve name, kind, population, region and
 * department from the official geography; any fact given by hand overrides the resolved one.
 */
export interface TargetInput {
  official?: { kind: OfficialKind; code: string };
  name?: string;
  kind?: CollectivityKind;
  population?: number;
  region?: string;
  department?: string;
  /** Budget ceiling in euros. */
  budget?: number;
  /** Staff available, in FTE. */
  staff?: number;
}

/** A search: a need in plain French, for a target. */
export interface RecommendQuery {
  need: string;
  target?: TargetInput;
  /** How many results (default 10). */
  top?: number;
  weights?: Partial<ScoreWeights>;
  /** The policy areas the need asks for; inferred from the need when left out. */
  areas?: readonly string[];
  /** Only these practice ids may be returned (a pre-filter, e.g. from the DuckDB store). */
  candidates?: ReadonlySet<string>;
  /** Keep the target's own practices (left out by default: the point is to copy others). */
  includeOwn?: boolean;
  /** Also return practices under the pertinence floor (a fiche explaining one practice). */
  includeBelowFloor?: boolean;
}

/** One ranked practice with its score explained criterion by criterion. */
export interface RankedPractice {
  id: string;
  title: string;
  collectivity: { name: string; kind: CollectivityKind; code: string | null };
  year: number | null;
  award: Award | null;
  population: number | null;
  region: string | null;
  /** The ranking score in [0, 1]: pertinence^α × transferability. */
  score: number;
  /**
   * Pertinence in [0, 1]: how well the practice answers the need (for `similar`, its proximité:
   * the cosine of the two practices' texts over 0.15, at most 1). Also `criteria.relevance.score`.
   */
  pertinence: number;
  /** Transférabilité in [0, 1]: the weighted mean of the fit criteria that are not missing. */
  transferability: number;
  criteria: Record<CriterionName, CriterionResult>;
}

/** The answer to a search. */
export interface RecommendResult {
  target: TargetProfile;
  /** The policy areas used by the policy-area criterion (given or inferred). */
  needAreas: string[];
  /** The answers, best first: practices whose pertinence reaches the floor. */
  results: RankedPractice[];
  /** How many practices touched the need but stayed under the pertinence floor. */
  belowFloor: number;
  /** What the reader should know (a vague need, nothing relevant, weights changed). */
  notices: Notice[];
}

/** Options of a "similar practices" query. */
export interface SimilarQuery {
  top?: number;
  /** Score fit against this target; by default, against the practice's own collectivity. */
  target?: TargetInput;
  weights?: Partial<ScoreWeights>;
  candidates?: ReadonlySet<string>;
  /** Keep the target's own practices (left out by default, as in recommend). */
  includeOwn?: boolean;
}

/** The practices nearest to one practice, explained the same way. */
export interface SimilarResult {
  practice: Practice;
  target: TargetProfile;
  results: RankedPractice[];
}

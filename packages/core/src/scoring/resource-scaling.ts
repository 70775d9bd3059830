import type { Practice } from '../practice/record';
import type { TargetProfile } from './target';

/**
 * How a practice's cost or staff grows with the size of the collectivity running it. 1 would be
 * proportional, 0 a fixed cost; most projects mix a fixed part (a study, a tool, an agent) and a
 * part per inhabitant, so the default scales with the square root of the population ratio.
 */
export const DEFAULT_RESOURCE_ELASTICITY = 0.5;

/** The factor to apply to a practice's resources for the target's size; 1 when a population is unknown. */
export function sizeFactor(practice: Practice, target: TargetProfile, elasticity: number): number {
  const p = practice.population;
  const t = target.population;
  if (p === null || t === null || p <= 0 || t <= 0) return 1;
  return Math.pow(t / p, elasticity);
}

/** 1 within the available amount, then available / needed: halved at twice the ceiling. */
export function affordability(needed: number, available: number): number {
  if (needed <= available) return 1;
  if (available <= 0) return 0;
  return available / needed;
}

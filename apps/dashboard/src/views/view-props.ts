import type { TargetInput } from '@essaimage/core';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSummary } from '../engine/engine-api';
import type { AppState } from '../state/app-state';

/** What the app gives every view. */
export interface ViewProps {
  appState: AppState;
  engine: EngineClient;
  summary: EngineSummary | null;
  dataVersion: number;
}

/** The core target input of the state's profile, budget and staff. */
export function targetInputOf(state: AppState): TargetInput {
  const { profile } = state;
  const input: TargetInput = {};
  if (profile.official) input.official = profile.official;
  if (profile.kind) input.kind = profile.kind;
  if (profile.population !== null) input.population = profile.population;
  if (profile.region) input.region = profile.region;
  if (state.budget !== null) input.budget = state.budget;
  if (state.staff !== null) input.staff = state.staff;
  return input;
}

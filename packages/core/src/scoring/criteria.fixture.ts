import type { Practice } from '../practice/record';
import { noTransferFacts } from '../practice/transfer-facts';
import type { FitContext } from './criterion';
import { UNKNOWN_TARGET, type TargetProfile } from './target';

/** Saverdun's Récup'vélos as the criteria tests start from, with any fact changed. */
export function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    id: 'p',
    title: 'Titre',
    summary: 'Résumé',
    collectivity: { name: 'Saverdun', kind: 'commune', code: '09282' },
    partners: [],
    year: 2017,
    award: null,
    policyAreas: ['mobilite'],
    budget: { amount: 19000, period: 'annual', precision: 'exact', text: '19 000 €', lines: [] },
    staff: { fte: 0.5, agents: 1, text: '1 agent technique à mi-temps' },
    results: null,
    source: { document: 'd', publisher: null, url: null, file: null },
    ...noTransferFacts(),
    officialName: 'Saverdun',
    population: 4808,
    region: '76',
    department: '09',
    ...overrides,
  };
}

/** A query context: the target's facts given, the others unknown. */
export const context = (target: Partial<TargetProfile>, needAreas: string[] = []): FitContext => ({
  target: { ...UNKNOWN_TARGET, ...target },
  needAreas,
});

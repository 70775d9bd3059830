import { readFileSync } from 'node:fs';
import { createEssaimage, readCatalogue, TfIdfIndex } from '@essaimage/core';
import { loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
const N = Number(process.argv[2] ?? 10000);
const raw = JSON.parse(readFileSync(`bench/.cache/catalogue-${N}-seed20251-v2.json`, 'utf8'));
const geography = loadOfficialGeography();
const policyAreas = loadPolicyAreas();
const { practices } = readCatalogue(raw, {
  geography,
  policyAreas: new Set(policyAreas.map((a) => a.code)),
});
let t = performance.now();
const e = createEssaimage({ practices, geography, policyAreas });
(e.index as TfIdfIndex).refresh();
console.log('build', (performance.now() - t).toFixed(0), 'ms');
const needs = [
  'améliorer les conditions de travail des agents des ateliers municipaux',
  'mettre des vélos en libre-service gratuits pour les habitants',
  'réduire la consommation d’énergie des bâtiments publics',
  'revitaliser le commerce du centre-ville',
];
const target = { official: { kind: 'commune' as const, code: '39189' }, budget: 20000, staff: 2 };
for (let i = 0; i < 50; i++) e.recommend({ need: needs[i % 4]!, target });
const times: number[] = [];
for (let i = 0; i < 400; i++) {
  t = performance.now();
  e.recommend({ need: needs[i % 4]!, target });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('recommend p50', times[200]!.toFixed(2), 'p95', times[380]!.toFixed(2));
const idx = e.index as TfIdfIndex;
const t2: number[] = [];
for (let i = 0; i < 400; i++) {
  t = performance.now();
  idx.scoreCandidates(needs[i % 4]!);
  t2.push(performance.now() - t);
}
t2.sort((a, b) => a - b);
console.log(
  'scoreCandidates p50',
  t2[200]!.toFixed(2),
  'count',
  idx.scoreCandidates(needs[0]!).count,
);

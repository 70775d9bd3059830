/**
 * `npm run relevance`: mean NDCG@5 and the must-finds (the obvious practice first) of the
 * engine on two judged sets, needs in everyday words (the tuned part and the held-out part
 * apart) and needs in the sources' vocabulary, beside natural's TfIdf on the same corpus and
 * the same analyzer; and two sets of everyday needs never tuned on (held-out-needs.json, then
 * fresh-needs.json and fresh-needs-2.json, each written by someone who had read only the corpus).
 * `--verbose` prints each need's top 5, except for the unseen set.
 */
import { TfIdf } from 'natural/lib/natural/tfidf';
import { createEssaimage, type Essaimage } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
import { frenchAnalyzer, labelsOf, weightedTerms } from '../suites/analyzed-practice';
import { ndcgAt, readJudgedSet, type JudgedNeed } from './judged-set';

const K = 5;
const verbose = process.argv.includes('--verbose');
const practices = loadBundledCorpus();
const policyAreas = loadPolicyAreas();
const engine = createEssaimage({ practices, geography: loadOfficialGeography(), policyAreas });
const natural = naturalRanker();

type Ranker = (judged: JudgedNeed) => string[];

const engineRanking: Ranker = (judged) => rankWith(engine, judged).map((r) => r.id);

function rankWith(e: Essaimage, judged: JudgedNeed) {
  return e.recommend({
    need: judged.need,
    top: K,
    ...(judged.target ? { target: { official: { kind: 'commune', code: judged.target } } } : {}),
  }).results;
}

/** natural's TfIdf over the engine's analyzer's terms (title ×3), as bench/suites does. */
function naturalRanker(): Ranker {
  const analyzer = frenchAnalyzer();
  const areaLabel = labelsOf(policyAreas);
  const tfidf = new TfIdf();
  for (const p of practices) tfidf.addDocument(weightedTerms(p, analyzer, areaLabel), p.id);
  return (judged) => {
    const scores = tfidf.tfidfs(analyzer.terms(judged.need));
    return practices
      .map((p, i) => ({ id: p.id, score: scores[i] as number }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, K)
      .map((s) => s.id);
  };
}

function measure(needs: readonly JudgedNeed[], rank: Ranker) {
  let ndcg = 0;
  let first = 0;
  const misses: string[] = [];
  for (const judged of needs) {
    const ranking = rank(judged);
    ndcg += ndcgAt(K, ranking, judged.grades);
    if (ranking[0] === judged.obvious) first++;
    else misses.push(`« ${judged.need} » → ${ranking[0] ?? 'rien'}`);
  }
  return { ndcg: ndcg / needs.length, first, count: needs.length, misses };
}

function report(label: string, needs: readonly JudgedNeed[], showMisses = true): void {
  const mine = measure(needs, engineRanking);
  const theirs = measure(needs, natural);
  console.log(
    `${label.padEnd(34)} ${String(needs.length).padStart(3)} besoins   essaimage NDCG@5 ${mine.ndcg.toFixed(3)}, évidente en tête ${mine.first}/${mine.count}   natural TfIdf ${theirs.ndcg.toFixed(3)}, ${theirs.first}/${theirs.count}`,
  );
  if (showMisses) for (const miss of mine.misses) console.log(`    manquée : ${miss}`);
}

const everyday = readJudgedSet('everyday-needs.json');
const source = readJudgedSet('source-needs.json');
const heldOut = readJudgedSet('held-out-needs.json');
const fresh = readJudgedSet('fresh-needs.json');
const fresh2 = readJudgedSet('fresh-needs-2.json');
report(
  'mots de tous les jours (réglage)',
  everyday.filter((n) => !n.heldOut),
);
report(
  'mots de tous les jours (tenus à part)',
  everyday.filter((n) => n.heldOut),
);
report('mots de tous les jours (tous)', everyday);
// Its misses are not printed either: the figure stays the honest "unseen" one.
report('mots de tous les jours (inédits)', heldOut, false);
report('mots de tous les jours (inédits 2)', fresh, false);
report('mots de tous les jours (inédits 3)', fresh2, false);
report('vocabulaire des sources', source);

if (verbose) {
  // The unseen set's rankings are not printed: reading them would be tuning on it.
  for (const judged of [...everyday, ...source]) {
    console.log(`\n« ${judged.need} »`);
    for (const r of rankWith(engine, judged)) {
      const grade = judged.grades[r.id] ?? 0;
      console.log(
        `  ${grade} P ${r.pertinence.toFixed(2)} F ${r.transferability.toFixed(2)} ${r.id} — ${r.criteria.relevance.reason}`,
      );
    }
  }
}

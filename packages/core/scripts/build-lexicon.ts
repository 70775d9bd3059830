/**
 * Builds packages/core/data/lexicon/lexicon.json, the related words the engine expands a need
 * with, from its two sources:
 *
 * - curated.txt: the vocabulary of French public action, written for the project;
 * - Debian's mythes-fr (the LibreOffice French thesaurus, LGPL-2.1+), /usr/share/mythes/thes_fr.dat
 *   (or the path given with --mythes), filtered: a synonym is kept only when the thesaurus lists
 *   each word under the other (« heureux » lists « latrines », « latrines » does not list
 *   « heureux »), when it is a single word that the practices or the policy areas use (a related
 *   word no practice holds cannot match), at most MYTHES_PER_WORD of them per word, and only for
 *   words the curated list does not relate and the practices do not use (their own words match
 *   as they are). Curated words that share a term take their own list by word as written.
 *
 * The terms are those of core's French analyzer (folded stems): `--check` rebuilds and fails if
 * the committed file differs (run it after changing the stemmer). Usage:
 *   npm run lexicon [-- --mythes FILE] [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FrenchAnalyzer, FrenchStemmer, FrenchTokenizer, foldAccents } from '../src/text';
import { parseCurated, type CuratedRelation } from './curated-lexicon';

const DATA = new URL('../data/', import.meta.url);
const LEXICON_DIR = new URL('lexicon/', DATA);
const OUT = new URL('lexicon.json', LEXICON_DIR);
/** Related words kept per word: all curated ones first (at most MAX_RELATED), then the thesaurus. */
const MAX_RELATED = 8;
const MYTHES_PER_WORD = 2;
/** Words whose terms the file records, so a test can tell when the stemmer has changed. */
const STEM_SAMPLES = ['bicyclettes', 'vélos', 'aînés', 'fonctionnaires', 'boutiques', 'numérique'];

const args = process.argv.slice(2);
const mythesPath = argValue('--mythes') ?? '/usr/share/mythes/thes_fr.dat';
const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const termsOf = (text: string) => analyzer.terms(text);

const generic = readLines(new URL('generic-words.txt', LEXICON_DIR));
const genericTerms = new Set(generic.flatMap((w) => formsOf(w).flatMap(termsOf)));
const genericForms = new Set(generic.flatMap(formsOf).map((w) => foldAccents(w.toLowerCase())));
const curated = parseCurated(readFileSync(new URL('curated.txt', LEXICON_DIR), 'utf8'));
const vocabulary = fieldVocabulary(curated);
const corpusTerms = corpusVocabulary();

/** key term → related entries ("stem stem:source"), in order of strength then of the source. */
const related = new Map<string, string[]>();
/**
 * The same by the curated key as written (folded), for the terms that several curated words
 * share: the stemmer gives « équipe » and « équipement », « commune » and « communication »,
 * « isolement » and « isolation » one term, whose merged list would expand each with the
 * other's words. A user's word that is one of them takes its own list (see README beside).
 */
const byWord = new Map<string, string[]>();
/** key term → the curated words (folded, as written) that have it as their term. */
const keyWords = new Map<string, Set<string>>();
/** The curated words (folded, as written) that take their own list in the file's `words`. */
const ownList = new Set<string>();
const addRelated = (
  key: string,
  phrase: string[],
  source: 'c' | 'm',
  into = related,
  entry = key,
) => {
  if (phrase.length === 0 || (phrase.length === 1 && phrase[0] === key)) return;
  const list = into.get(entry) ?? [];
  const value = phrase.join(' ');
  if (list.some((entry) => entry.slice(0, entry.lastIndexOf(':')) === value)) return;
  if (list.length >= MAX_RELATED) return;
  // The thesaurus only for words the curated list does not know: it is generic and noisy
  // (« aîné » lists « premier »), the curated list says what a word means in public action.
  if (source === 'm' && list.some((e) => e.endsWith(':c'))) return;
  if (source === 'm' && list.length >= MYTHES_PER_WORD) return;
  list.push(`${value}:${source}`);
  into.set(entry, list);
};

for (const relation of curated) addCurated(relation);
addMythes(readFileSync(mythesPath, 'utf8'));

// One string per word, its entries separated by commas: a third smaller than arrays of strings.
const entries = Object.fromEntries(
  [...related.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([term, list]) => [term, list.join(',')]),
);
// Only the words whose term another curated word, or a generic one, shares need their own list.
for (const forms of keyWords.values()) {
  if (new Set([...forms].map((f) => f.replace(/s$/, ''))).size > 1)
    for (const f of forms) ownList.add(f);
}
const words = Object.fromEntries(
  [...ownList]
    .filter((form) => byWord.has(form))
    .sort()
    .map((form) => [form, (byWord.get(form) as string[]).join(',')]),
);
const lexicon = {
  about:
    'Related words for expanding a need, by term of core’s French analyzer. Built by packages/core/scripts/build-lexicon.ts; see README.md beside this file.',
  sources: {
    c: 'curated.txt: the vocabulary of French public action, written for Essaimage (MIT)',
    m: 'mythes-fr (the LibreOffice French thesaurus, Debian package mythes-fr), LGPL-2.1+, filtered',
  },
  stems: Object.fromEntries(STEM_SAMPLES.map((w) => [w, termsOf(w).join(' ')])),
  generic: [...genericTerms].sort(),
  related: entries,
  words,
};
const text = `${JSON.stringify(lexicon).replace(/","/g, '",\n"')}\n`;
if (args.includes('--check')) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== text) {
    console.error(
      `${fileURLToPath(OUT)} : le fichier ne correspond plus à ses sources ; lancez npm run lexicon`,
    );
    process.exit(1);
  }
  console.log(`${fileURLToPath(OUT)} : à jour`);
} else {
  writeFileSync(OUT, text);
  const counts = { c: 0, m: 0 };
  for (const list of related.values()) for (const e of list) counts[e.endsWith(':c') ? 'c' : 'm']++;
  console.log(
    `${fileURLToPath(OUT)} : ${related.size} mots, ${counts.c} liens du lexique curé, ${counts.m} de mythes-fr, ${Buffer.byteLength(text)} octets`,
  );
}

function addCurated({ keys, related: words, line, oneWay }: CuratedRelation): void {
  for (const key of keys) {
    const keyTerms = termsOf(key);
    if (keyTerms.length !== 1 && !oneWay) continue; // an expression of a group: a related side only
    if (keyTerms.length !== 1) {
      throw new Error(
        `curated.txt, ligne ${line} : « ${key} » devrait donner un seul terme, il en donne ${keyTerms.length} (${keyTerms.join(', ') || 'aucun'})`,
      );
    }
    // The stemmer does not always give a word and its plural one term (« religion » religion,
    // « religions » relig): both forms are keys, and both forms of each related word are kept.
    for (const form of formsOf(key)) {
      const [term, ...rest] = termsOf(form);
      if (term === undefined || rest.length > 0) continue;
      const written = foldAccents(form.toLowerCase());
      if (genericForms.has(written)) continue; // says little
      // A word whose term a generic word shares (« données » and « donner » give don) is
      // meaningful as written: it takes its own list only, its term stays generic.
      const sharesGeneric = genericTerms.has(term);
      if (sharesGeneric) ownList.add(written);
      keyWords.set(term, (keyWords.get(term) ?? new Set()).add(written));
      for (const word of words) {
        if (word === key) continue;
        for (const relatedForm of formsOf(word)) {
          if (!sharesGeneric) addRelated(term, termsOf(relatedForm), 'c');
          addRelated(term, termsOf(relatedForm), 'c', byWord, written);
        }
      }
    }
  }
}

/** A single word and its plural (a final s), or an expression as written. */
function formsOf(word: string): string[] {
  return /[\s'’-]/.test(word) || /[sxz]$/.test(word) ? [word] : [word, `${word}s`];
}

/** The thesaurus: "headword|n" then n lines "(POS)|synonym|synonym…". */
function addMythes(dat: string): void {
  const lines = dat.split('\n');
  const synonyms = new Map<string, string[]>(); // folded headword → folded synonyms, in order
  for (let i = 1; i < lines.length; i++) {
    const [head, count] = (lines[i] as string).split('|');
    const n = Number(count);
    if (!head || !Number.isInteger(n)) continue;
    const list: string[] = [];
    for (let j = 1; j <= n; j++) list.push(...(lines[i + j] ?? '').split('|').slice(1));
    i += n;
    const folded = foldAccents(head);
    synonyms.set(folded, [...(synonyms.get(folded) ?? []), ...list.map(foldAccents)]);
  }
  // Single words of four letters or more: « bi », « clou » or « job » are too ambiguous alone.
  const singleWord = /^\p{L}{4,}$/u;
  for (const [head, list] of synonyms) {
    if (!singleWord.test(head)) continue;
    const [term, ...rest] = termsOf(head);
    if (term === undefined || rest.length > 0 || genericTerms.has(term)) continue;
    // A word the practices use is met as it is; its thesaurus synonyms only added noise there
    // (« abords » ≈ « accueil », « changer » ≈ « banque »): the thesaurus serves the others.
    if (corpusTerms.has(term)) continue;
    for (const synonym of list) {
      if (!singleWord.test(synonym)) continue;
      if (!(synonyms.get(synonym) ?? []).includes(head)) continue; // not mutual: noise
      const [other, ...more] = termsOf(synonym);
      if (other === undefined || more.length > 0 || other === term) continue;
      if (!vocabulary.has(other) || genericTerms.has(other)) continue;
      addRelated(term, [other], 'm');
    }
  }
}

/** The terms a related word must be among to be worth keeping: the corpus's, areas', curated. */
function fieldVocabulary(relations: readonly CuratedRelation[]): Set<string> {
  return new Set([
    ...corpusVocabulary(),
    ...relations.flatMap((r) => [...r.keys, ...r.related]).flatMap(termsOf),
  ]);
}

/** The terms of the practices and of the policy areas. */
function corpusVocabulary(): Set<string> {
  const practices = JSON.parse(readFileSync(new URL('practices.json', DATA), 'utf8')) as Array<
    Record<string, unknown>
  >;
  const areas = JSON.parse(readFileSync(new URL('policy-areas.json', DATA), 'utf8')) as Array<
    Record<string, unknown>
  >;
  const texts = [
    ...practices.flatMap((p) => [p.title, p.summary, p.results]),
    ...areas.flatMap((a) => [a.label, a.description]),
  ];
  return new Set(texts.filter((t): t is string => typeof t === 'string').flatMap(termsOf));
}

function readLines(url: URL): string[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function argValue(name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

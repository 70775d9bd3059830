import type { DependencyContainer } from 'tsyringe';
import { rootContainer } from './root-container';
import { bundledLexicon, type Lexicon } from '../lexicon/lexicon';
import type { Geography } from '../geography/geography';
import type { PolicyArea } from '../practice/policy-area';
import type { Practice } from '../practice/record';
import { BudgetFit } from '../scoring/budget-fit';
import type { FitCriterion } from '../scoring/criterion';
import { KindFit } from '../scoring/kind-fit';
import { PolicyAreaFit } from '../scoring/policy-area-fit';
import { SizeFit } from '../scoring/size-fit';
import { StaffFit } from '../scoring/staff-fit';
import { TerritoryFit } from '../scoring/territory-fit';
import { resolveWeights, type ScoreWeights } from '../scoring/weights';
import { TfIdfIndex } from '../search/tf-idf-index';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import type { Analyzer } from '../text/analyzer';
import type { Stemmer } from '../text/stemmer';
import type { Tokenizer } from '../text/tokenizer';
import { Essaimage } from './essaimage';
import { areaLabeller } from './practice-text';
import type { TextIndex } from './text-index';
import { TOKENS } from './tokens';

/** What the default wiring is built from. */
export interface EngineInputs {
  practices?: readonly Practice[];
  geography?: Geography | null;
  policyAreas?: readonly PolicyArea[];
  weights?: Partial<ScoreWeights>;
  /**
   * A TF-IDF index serialised earlier (`engine.index.serialize()`) over the same practices, with
   * the same analyzer: the engine starts from it instead of analysing every text again (only
   * the practices it lacks are indexed). The index reads these bytes in place: leave them
   * unchanged (see `TfIdfIndex.deserialize`).
   */
  prebuiltIndex?: Uint8Array;
}

// Plain classes, wired by factories: esbuild emits no decorator metadata for auto-wiring.
// Each factory runs once, on first resolve (what tsyringe's instanceCachingFactory does).
function cached<T>(make: (c: DependencyContainer) => T) {
  let made: { value: T } | undefined;
  return { useFactory: (c: DependencyContainer) => (made ??= { value: make(c) }).value };
}

/**
 * A child container with every default registered. Each part is resolved once per container.
 * Override a token on the returned container (or through `configure` of createEssaimage)
 * before resolving TOKENS.Essaimage.
 */
export function createEssaimageContainer(
  inputs: EngineInputs = {},
  parent: DependencyContainer = rootContainer,
): DependencyContainer {
  const c = parent.createChildContainer();
  // A factory, not a value: tsyringe takes a null useValue for no provider at all.
  c.register(TOKENS.Geography, { useFactory: () => inputs.geography ?? null });
  c.register(TOKENS.PolicyAreas, { useValue: inputs.policyAreas ?? [] });
  c.register(TOKENS.Weights, { useValue: resolveWeights(inputs.weights) });
  c.register(TOKENS.PracticeSource, { useValue: inputs.practices ?? [] });
  c.register(
    TOKENS.Tokenizer,
    cached<Tokenizer>(() => new FrenchTokenizer()),
  );
  c.register(
    TOKENS.Stemmer,
    cached<Stemmer>(() => new FrenchStemmer()),
  );
  c.register(
    TOKENS.Analyzer,
    cached<Analyzer>(
      (r) =>
        new FrenchAnalyzer(
          r.resolve<Tokenizer>(TOKENS.Tokenizer),
          r.resolve<Stemmer>(TOKENS.Stemmer),
        ),
    ),
  );
  c.register(
    TOKENS.Lexicon,
    cached<Lexicon>(() => bundledLexicon()),
  );
  c.register(
    TOKENS.TextIndex,
    cached<TextIndex>((r) => {
      const analyzer = r.resolve<Analyzer>(TOKENS.Analyzer);
      const bytes = inputs.prebuiltIndex;
      return bytes ? TfIdfIndex.deserialize(bytes, analyzer) : new TfIdfIndex(analyzer);
    }),
  );
  c.register(
    TOKENS.SizeFit,
    cached<FitCriterion>(() => new SizeFit()),
  );
  c.register(
    TOKENS.KindFit,
    cached<FitCriterion>(() => new KindFit()),
  );
  c.register(
    TOKENS.TerritoryFit,
    cached<FitCriterion>((r) => {
      const geography = r.resolve<Geography | null>(TOKENS.Geography);
      return new TerritoryFit((code) => geography?.region(code)?.name);
    }),
  );
  c.register(
    TOKENS.PolicyAreaFit,
    cached<FitCriterion>(
      (r) => new PolicyAreaFit(areaLabeller(r.resolve<PolicyArea[]>(TOKENS.PolicyAreas))),
    ),
  );
  c.register(
    TOKENS.BudgetFit,
    cached<FitCriterion>(() => new BudgetFit()),
  );
  c.register(
    TOKENS.StaffFit,
    cached<FitCriterion>(() => new StaffFit()),
  );
  c.register(
    TOKENS.FitCriteria,
    cached<FitCriterion[]>((r) =>
      [
        TOKENS.SizeFit,
        TOKENS.KindFit,
        TOKENS.TerritoryFit,
        TOKENS.PolicyAreaFit,
        TOKENS.BudgetFit,
        TOKENS.StaffFit,
      ].map((token) => r.resolve<FitCriterion>(token)),
    ),
  );
  c.register(
    TOKENS.Essaimage,
    cached<Essaimage>((r) => {
      const engine = new Essaimage({
        index: r.resolve<TextIndex>(TOKENS.TextIndex),
        tokenizer: r.resolve<Tokenizer>(TOKENS.Tokenizer),
        analyzer: r.resolve<Analyzer>(TOKENS.Analyzer),
        lexicon: r.resolve<Lexicon>(TOKENS.Lexicon),
        criteria: r.resolve<FitCriterion[]>(TOKENS.FitCriteria),
        geography: r.resolve<Geography | null>(TOKENS.Geography),
        policyAreas: r.resolve<PolicyArea[]>(TOKENS.PolicyAreas),
        weights: r.resolve<ScoreWeights>(TOKENS.Weights),
      });
      engine.attach(r.resolve<Practice[]>(TOKENS.PracticeSource));
      return engine;
    }),
  );
  return c;
}

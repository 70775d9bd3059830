import type { DependencyContainer } from 'tsyringe';
import { createEssaimageContainer, type EngineInputs } from './container';
import type { Essaimage } from './essaimage';
import { TOKENS } from './tokens';

/** Options of createEssaimage. */
export interface EssaimageOptions extends EngineInputs {
  /** Register other implementations on the engine's container before it is built. */
  configure?: (container: DependencyContainer) => void;
}

/**
 * The engine with its default parts (French analyzer, TF-IDF index, the six fit criteria),
 * for users who never want to see the container:
 *
 * ```ts
 * const essaimage = createEssaimage({ practices, geography, policyAreas });
 * const { results } = essaimage.recommend({ need: 'vélos en libre-service', target: { official: { kind: 'commune', code: '09225' } } });
 * ```
 */
export function createEssaimage(options: EssaimageOptions = {}): Essaimage {
  const container = createEssaimageContainer(options);
  options.configure?.(container);
  return container.resolve<Essaimage>(TOKENS.Essaimage);
}

import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite';

/**
 * Inside the repository, @essaimage/* resolve to their TypeScript sources: the condition their
 * package.json exports list first (a consumer gets the built dist/ instead). Shared by the
 * dashboard's build (vite.config.ts) and the tests (vitest.config.ts); tsconfig.json and the
 * tsx scripts name the same condition.
 */
export const SOURCE_CONDITION = '@essaimage/source';

export const sourceResolution: Pick<UserConfig, 'resolve' | 'ssr'> = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

import type { Command } from './command';

/** A command as `essaimage --help` lists it; its module is imported only to run it. */
export interface CommandEntry {
  name: string;
  /** One French line for `essaimage --help`. */
  summary: string;
  load(): Promise<Command>;
}

// Each command loads its own modules (DuckDB only for the commands that open a store), so
// `essaimage --help` and `essaimage recommend` import nothing they do not use.
export const COMMANDS: CommandEntry[] = [
  {
    name: 'recommend',
    summary: 'Trouve les pratiques pertinentes et transférables pour un besoin',
    load: async () => (await import('./commands/recommend')).recommendCommand,
  },
  {
    name: 'similar',
    summary: "Trouve les pratiques proches d'une pratique (« voir aussi »)",
    load: async () => (await import('./commands/similar')).similarCommand,
  },
  {
    name: 'practices',
    summary: 'Liste les pratiques du corpus (validées et enrichies)',
    load: async () => (await import('./commands/practices')).practicesCommand,
  },
  {
    name: 'trends',
    summary: 'Compte les pratiques par année, catégorie, médaille, type, région, taille, domaine…',
    load: async () => (await import('./commands/trends')).trendsCommand,
  },
  {
    name: 'budget',
    summary: 'Statistiques de budget (médiane, quartiles) par dimension',
    load: async () => (await import('./commands/budget')).budgetCommand,
  },
  {
    name: 'import',
    summary: 'Importe un catalogue CSV, JSON ou Parquet (validé comme le corpus)',
    load: async () => (await import('./commands/import')).importCommand,
  },
  {
    name: 'export',
    summary: 'Exporte les pratiques (toutes ou filtrées) en CSV, JSON ou Parquet',
    load: async () => (await import('./commands/export')).exportCommand,
  },
];

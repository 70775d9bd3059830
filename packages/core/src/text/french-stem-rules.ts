/** A rewrite applied to an accent-folded word before the Snowball stemmer sees it. */
export interface StemRewrite {
  /** Matches the whole folded word. */
  readonly pattern: RegExp;
  /** Replacement, as for `String.prototype.replace`. */
  readonly replacement: string;
  /** Why the rule exists, with the words it makes meet. */
  readonly why: string;
}

/**
 * Rewrites that run, in order, on the folded word before natural's Porter (Snowball) French
 * stemmer. The first four make forms meet that Snowball leaves apart; the last four put back
 * the accents of the suffixes Snowball only recognises accented, so a folded (or accentless)
 * word stems as its accented spelling would ("activite" → "activ" as "activité").
 */
export const FRENCH_STEM_REWRITES: readonly StemRewrite[] = [
  {
    pattern: /^(.{2,}[ou])s$/,
    replacement: '$1',
    why: 'Snowball keeps the plural s after o and u: vélos/vélo, numéros/numéro, élus/élu, revenus/revenu',
  },
  {
    pattern: /^(.{1,3}eu)x$/,
    replacement: '$1',
    why: 'short plurals in -eux that Snowball keeps: jeux/jeu, lieux/lieu, feux/feu, vœux/vœu',
  },
  {
    pattern: /^(.{3,})etiques?$/,
    replacement: '$1ie',
    why: 'adjectives in -étique derived from nouns in -ie: énergétique/énergie, diététique/diète',
  },
  {
    pattern: /^(.{3,}ment)(?:ale?s?|aux)$/,
    replacement: '$1',
    why: 'adjectives in -mental: environnemental/environnement, départemental/département, gouvernemental/gouvernement',
  },
  {
    pattern: /^(.+)ite(s?)$/,
    replacement: '$1ité$2',
    why: 'Snowball step 1 -ité: activite/activité',
  },
  { pattern: /^(.+)ee(s?)$/, replacement: '$1ée$2', why: 'Snowball step 2b -ée: creee/créée' },
  {
    pattern: /^(.+)ierement(s?)$/,
    replacement: '$1ièrement$2',
    why: 'Snowball step 1 -ièrement: particulierement/particulièrement',
  },
  {
    pattern: /^(.+)iere(s?)$/,
    replacement: '$1ière$2',
    why: 'Snowball step 4 -ière: particuliere/particulière',
  },
];

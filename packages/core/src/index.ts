/**
 * @essaimage/core: find practices of other French collectivities that are relevant and
 * transferable, with each score explained criterion by criterion. Runs in Node and the browser.
 */
export * from './practice';
export * from './geography';

/** What a number field read: nothing, a number, or text that is not a number. */
export type ReadNumber =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * Read a number as a French user types it: « 0,5 », « 20 000 », « 20 000 € », « 1 234,5 »,
 * « 0.5 », « 1.234,5 ». Spaces of any kind group thousands; a comma is the decimal mark (a dot
 * too, when there is no comma); a trailing unit (€, euros, ETP, hab.) is allowed.
 */
export function readFrenchNumber(text: string): ReadNumber {
  let t = text
    .trim()
    .toLowerCase()
    .replace(/\s*(€|eur|euros?|etp|hab\.?|habitants?)$/u, '')
    .replace(/[\s\u00a0\u202f']/gu, '');
  if (t === '') return { kind: 'empty' };
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(t) };
}

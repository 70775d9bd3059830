/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` holds a lone UTF-16 surrogate, which UTF-8 cannot carry (a string's UTF-8
 * gives U+FFFD in its place). A loop looks for any surrogate first: cheaper than the regular
 * expression, and French texts seldom hold one.
 */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if ((text.charCodeAt(i) & 0xf800) === 0xd800) return LONE_SURROGATE.test(text);
  }
  return false;
}

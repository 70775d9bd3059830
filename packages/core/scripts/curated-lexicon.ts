/** One line of curated.txt: each key word is related to the words of `related`. */
export interface CuratedRelation {
  keys: string[];
  related: string[];
  line: number;
  /** « a > b »: the keys must each give one term (a group's expressions are only related sides). */
  oneWay: boolean;
}

/**
 * Reads curated.txt: « a | b | c » relates each word to the others, « a > b | c » relates « a »
 * to « b » and « c » only; « # » starts a comment line.
 */
export function parseCurated(text: string): CuratedRelation[] {
  const relations: CuratedRelation[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const split = (part: string) =>
      part
        .split('|')
        .map((w) => w.trim())
        .filter(Boolean);
    const arrow = line.indexOf('>');
    if (arrow >= 0) {
      relations.push({
        keys: split(line.slice(0, arrow)),
        related: split(line.slice(arrow + 1)),
        line: i + 1,
        oneWay: true,
      });
    } else {
      const words = split(line);
      relations.push({ keys: words, related: words, line: i + 1, oneWay: false });
    }
  });
  return relations;
}

/**
 * Fact parity: a translation must carry the same figures as its source. Numbers and years
 * are pulled from both texts (citation keys, link targets and markup left out), written
 * the same way (2,000 / 2 000 / ٢٠٠٠ -> 2000) and compared as multisets.
 */

const arabicIndic = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Text a reader sees: without [@citations], link targets, {#anchors}, tags or code. */
function visibleText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```|`[^`]*`/g, ' ')
    .replace(/\[@[^\]]*\]|@[\w:.#$%&\-+?<>~/]+/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/<[^>]*>/g, ' ');
}

/** The numbers in a text, normalised: thousands separators dropped, decimal commas as points. */
export function numbersIn(markdown: string): string[] {
  const text = visibleText(markdown).replace(arabicIndic, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  const out: string[] = [];
  // A group separator (comma, point, space, thin or no-break space, Arabic comma/thousands sign)
  // counts only before exactly three digits; otherwise a comma or point is a decimal mark.
  const pattern =
    /\d{1,3}(?:[,.\u00a0\u202f\u2009 \u066c](?=\d{3}(?!\d))\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?/g;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const grouped = /^\d{1,3}(?:[,.\u00a0\u202f\u2009 \u066c]\d{3})+/.exec(raw);
    if (grouped && grouped[0].length > 4) {
      const rest = raw.slice(grouped[0].length).replace(/^[.,\u066b]/, '.');
      out.push(grouped[0].replace(/\D/g, '') + rest);
    } else out.push(raw.replace(/[,\u066b]/, '.'));
  }
  return out.map((n) => n.replace(/^0+(?=\d)/, '')).sort();
}

export interface ParityResult {
  /** In the source, not (or not as often) in the translation. */
  missing: string[];
  /** In the translation, not (or not as often) in the source. */
  extra: string[];
}

export function factParity(source: string, translation: string): ParityResult {
  const count = (list: string[]) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const a = count(numbersIn(source));
  const b = count(numbersIn(translation));
  const diff = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([n, k]) => Array<string>(Math.max(0, k - (y.get(n) ?? 0))).fill(n));
  return { missing: diff(a, b), extra: diff(b, a) };
}

/**
 * Finds runs of N or more consecutive words that a text shares with reference texts,
 * ignoring what stands inside quotation marks (quotes are allowed when cited) and
 * citation keys and link targets (which are not prose).
 */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\[@[^\]]*\]/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .match(/[a-z0-9']+/g) ?? []
  );
}

/** Removes quoted passages ("..." and “...”) so quotations don't count as copying. */
export function withoutQuotes(text: string): string {
  return text.replace(/"[^"\n]{0,200}"|\u201c[^\u201d\n]{0,200}\u201d/g, ' ');
}

export function ngrams(tokens: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

export function sharedRuns(text: string, reference: Set<string>, n: number): string[] {
  const tokens = words(withoutQuotes(text));
  const hits: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const run = tokens.slice(i, i + n).join(' ');
    if (reference.has(run)) hits.push(run);
  }
  return hits;
}

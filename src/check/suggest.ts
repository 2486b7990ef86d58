/** Edit distance, for "did you mean" hints on mistyped ids and field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest candidates to a mistyped value, best first; none when nothing is close. */
export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3));
  return [...candidates]
    .map((c) => ({ c, d: editDistance(value, c) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const hits = closest(value, candidates);
  return hits.length ? ` Did you mean ${hits.map((h) => `"${h}"`).join(' or ')}?` : '';
}

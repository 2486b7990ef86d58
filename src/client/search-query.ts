/**
 * Pure query logic for the site search, kept apart from the DOM and from Pagefind so it
 * can be unit-tested: splitting a query into words, telling a real match from Pagefind's
 * loose ones, and correcting a misspelt word from the site's own vocabulary.
 */

/** Words too common to carry meaning when no page holds every word of a query. */
const stopWords = new Set(
  'a an and are as at be by can could do does did for from has have how i in into is it its of on or should that the their them they this to was what when where which who why will with would'.split(
    ' ',
  ),
);

/** Lower-case words of a query, punctuation stripped, in order, without repeats. */
export function wordsOf(query: string): string[] {
  const words = query
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

/** The words worth searching for on their own: stop words dropped, unless nothing else is left. */
export function meaningfulWords(query: string): string[] {
  const words = wordsOf(query);
  const kept = words.filter((w) => !stopWords.has(w));
  return kept.length ? kept : words;
}

const suffixes = [
  's',
  'es',
  'ed',
  'ing',
  'ies',
  'er',
  'ers',
  'ly',
  'ion',
  'ions',
  'ism',
  'ist',
  'ists',
  'al',
  'ment',
  'ments',
];

/** Whether one word is the other plus a common English ending (spy, spying; embassy, embassies). */
export function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  const stems = short.endsWith('y') ? [short, short.slice(0, -1)] : [short];
  return stems.some((stem) => long.startsWith(stem) && suffixes.includes(long.slice(stem.length)));
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many typing slips a word of this length may carry and still count as the same word. */
export function allowedSlips(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Whether a word Pagefind marked in a result really answers a query word. Pagefind also
 * matches index words that merely begin the query word ("G." for "Galeoti", "as" for
 * "asdfgh"), which turns nonsense into results; those are refused here. Accepted: the
 * word itself, a word it begins (typing in progress), a shared stem of three letters or
 * more that covers the shorter word (spy, spying), or a near spelling.
 */
export function answers(marked: string, queryWord: string): boolean {
  const m = wordsOf(marked)[0] ?? '';
  const q = queryWord.toLowerCase();
  if (!m || !q) return false;
  if (m === q || m.startsWith(q)) return true;
  const shorter = Math.min(m.length, q.length);
  let common = 0;
  while (common < shorter && m[common] === q[common]) common++;
  if (shorter >= 3 && common === shorter && (q.startsWith(m) ? m.length >= Math.max(3, q.length - 3) : true))
    return true;
  return editDistance(m, q) <= allowedSlips(q.length);
}

/** The words Pagefind wrapped in <mark> in an excerpt. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
}

/** Whether a result's marked words answer at least one of the query's words. */
export function isRealMatch(excerptsAndTitle: string[], queryWords: string[]): boolean {
  const marked = excerptsAndTitle.flatMap(markedWords);
  const plain = excerptsAndTitle.flatMap((t) => wordsOf(t.replace(/<[^>]*>/g, ' ')));
  return queryWords.some(
    (q) => marked.some((m) => answers(m, q)) || plain.some((p) => p === q || (q.length >= 3 && p.startsWith(q))),
  );
}

/**
 * The closest word of the site's vocabulary (titles, aliases, authors' names) to a word no
 * page contains, if it is within the slips allowed for the word's length. A short word may
 * only have lost, gained or swapped a letter: changing one letter of a short word too often
 * makes another real word ("spying" is not a slip for "spring").
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = allowedSlips(w.length);
  if (!limit) return undefined;
  const sorted = (s: string) => [...s].sort().join('');
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - w.length) > limit) continue;
    const distance = editDistance(w, candidate);
    if (distance === 0 || distance >= bestDistance) continue;
    if (w.length < 8 && candidate.length === w.length && sorted(candidate) !== sorted(w)) continue;
    best = candidate;
    bestDistance = distance;
  }
  return best;
}

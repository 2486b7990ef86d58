/**
 * The site search, shared by the header's search dialog and the search page: Pagefind's
 * index served by this site, so a query never leaves the reader's device, and never
 * written to the address bar or the history either.
 *
 * A query goes through up to three passes: every word (Pagefind's own search, with its
 * loose prefix matches refused); then, when no page holds every word, the pages holding
 * the most of them, labelled as partial; then, when a word is on no page at all, the
 * nearest word of the site's vocabulary, labelled as a correction.
 */
import { escapeHtml } from '../site/html.ts';
import { searchRanking } from './search-ranking.ts';
import { closestWord, isRealMatch, markedWords, meaningfulWords, sameStem, wordsOf } from './search-query.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; summary?: string; aliases?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

export interface Hit {
  href: string;
  title: string;
  type: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matches. */
  excerpt: string;
  /** The heading below the title that matched, if any. */
  section?: string;
}

export interface Outcome {
  hits: Hit[];
  /** How many pages matched in all (hits holds at most `limit`). */
  total: number;
  /** all: every word; partial: the best pages hold only some words; none: nothing. */
  kind: 'all' | 'partial' | 'none';
  /** The query actually searched, when a misspelt word was replaced. */
  corrected?: string;
}

// The base may be relative in an offline copy ('../../'); import() would resolve that against
// this script's address, so make it absolute against the page's.
const base = new URL(document.documentElement.dataset['base'] ?? '/', location.href).href;
/** The type label source pages carry (src/pages/sources/[id].astro). */
const sourceType = 'Source';
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads Pagefind once; call early (e.g. when the dialog opens) so the first keystroke is fast. */
export function loadSearch(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, ranking: searchRanking });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${base}search-words.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/**
 * One letter matches the start of nearly every word, so searching it costs more than any
 * real query and finds nothing useful. Scripts that write a word in one character
 * (Chinese, Japanese, Korean) are searched from the first keystroke.
 */
/**
 * When the reader has paused typing for this long, the query runs. Without a pause every
 * keystroke searched ("e", "ex", "ext"…) and each fetched its own results' files: typing
 * "extradition" at a fast typist's 100 ms a key fetched about twice the files of the
 * final query alone. Pagefind's own interface waits 300 ms; this waits less.
 */
export const typingPauseMs = 150;

/**
 * One search at a time, after a pause in typing: calls that arrive while `task` runs (or
 * while the reader is still typing) collapse into a single run for the latest input, so
 * fast typing never queues a backlog in Pagefind's worker. `task` is told when it has
 * become stale (the reader typed on), so it can skip painting a list nobody will see.
 */
export function oneAtATime(task: (stale: () => boolean) => Promise<void>, pauseMs = typingPauseMs): () => void {
  let running: Promise<void> | undefined;
  let again = false;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = task(() => again || waiting !== undefined).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        start();
      }
    });
  };
  return () => {
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      waiting = undefined;
      start();
    }, pauseMs);
  };
}

export function tooShort(query: string): boolean {
  return query.length === 1 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(query);
}

// The site's one HTML escaper, shared with the build (plain TypeScript, no Node APIs).
export { escapeHtml };

function toHit(d: PagefindData): Hit {
  // Go straight to the heading that matched, when Pagefind found one below the title.
  const target = d.sub_results?.find((s) => s.url.includes('#'));
  return {
    href: target ? target.url : d.url,
    title: d.meta.title ?? d.url,
    type: d.meta.type ?? '',
    excerpt: (target ?? d).excerpt || escapeHtml(d.meta.summary ?? ''),
    ...(target ? { section: target.title } : {}),
  };
}

const isReal = (d: PagefindData, words: string[]) =>
  isRealMatch([d.meta.title ?? '', d.excerpt, ...(d.sub_results ?? []).map((s) => s.excerpt)], words);

/** Whether a page is named exactly what the reader typed: its title or one of its aliases. */
function namedAs(d: PagefindData, query: string): boolean {
  // Compared without words like "the" and "of", which the search drops from the query.
  const q = meaningfulWords(query).join(' ');
  const names = [d.meta.title ?? '', ...(d.meta.aliases ?? '').split(',')];
  return names.some((n) => meaningfulWords(n).join(' ') === q);
}

/**
 * Pagefind's results for a query, loose matches refused. A page named exactly as typed
 * ("Interpol", "GCC") comes first: Pagefind ranks by how often words occur, so pages that
 * mention a name many times can otherwise outrank the page about it.
 */
async function every(pf: Pagefind, query: string, filters: Record<string, unknown>, limit: number) {
  const search = await pf.search(query || null, { filters });
  // Only the results shown are loaded: each is one more file to fetch. Titles and aliases
  // already weigh most in Pagefind's ranking (search-ranking.ts), so a page named as typed
  // is among them; loading 30 to look for it fetched three times the fragments and found
  // nothing more on the 62 ranking queries (58 of 62 in the top three with 30 or with 10).
  const loaded = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  if (!query)
    return { data: loaded.slice(0, limit), scores: search.results.map((r) => r.score), total: search.results.length };
  const words = wordsOf(query);
  const kept = loaded.flatMap((d, i) =>
    isReal(d, words) ? [{ d, score: search.results[i]!.score, named: namedAs(d, query) }] : [],
  );
  kept.sort((x, y) => Number(y.named) - Number(x.named));
  // When every loaded result is real, trust Pagefind's count for the rest too.
  const total = kept.length === loaded.length ? search.results.length : kept.length;
  return {
    data: kept.map((k) => k.d),
    scores: kept.map((k) => (k.named ? Math.max(...kept.map((x) => x.score)) : k.score)),
    total,
  };
}

/** Each word searched on its own: its real matches and their scores. */
async function perWord(pf: Pagefind, words: string[], filters: Record<string, unknown>, limit: number) {
  const out: { data: PagefindData[]; scores: number[] }[] = [];
  for (const word of words) out.push(await every(pf, word, filters, limit));
  return out;
}

/**
 * Pages ranked by how strongly they match each word on its own: the sum, over the words,
 * of the page's score for that word relative to the best page for it. Pages holding
 * every word (`all`) start with one point, so they lead when they also match well; a page
 * named exactly as typed starts above any sum.
 */
function byWord(words: string[], each: { data: PagefindData[]; scores: number[] }[], all: PagefindData[]) {
  const pages = new Map<string, { d: PagefindData; score: number }>();
  for (const d of all) pages.set(d.url, { d, score: namedAs(d, words.join(' ')) ? 2 + words.length : 1 });
  for (const { data, scores } of each) {
    const top = Math.max(...scores, 1);
    data.forEach((d, i) => {
      const page = pages.get(d.url) ?? { d, score: 0 };
      page.score += scores[i]! / top;
      pages.set(d.url, page);
    });
  }
  // A question is answered by an entry; a source's page only describes the work, so it
  // counts for less here (a name search, one or two words, never comes this way).
  const weight = (d: PagefindData) => (d.meta.type === sourceType ? 0.6 : 1);
  return [...pages.values()].sort((a, b) => b.score * weight(b.d) - a.score * weight(a.d)).map((p) => p.d);
}

/**
 * One pass. Pagefind's pages holding every word count only if each word is really on
 * some page by itself (Pagefind loosely matches a made-up word, so "embassies xqzvbn"
 * would otherwise look complete). For three words or more they are re-ranked word by word
 * (a question rarely sits whole on the page that answers it). When no page holds every
 * word, the best partial matches, labelled as such.
 */
async function pass(pf: Pagefind, query: string, filters: Record<string, unknown>, limit: number): Promise<Outcome> {
  const all = await every(pf, query, filters, limit);
  const words = meaningfulWords(query);
  if (words.length < 2)
    return all.data.length
      ? { hits: all.data.slice(0, limit).map(toHit), total: all.total, kind: 'all' }
      : { hits: [], total: 0, kind: 'none' };
  const each = await perWord(pf, words, filters, limit);
  const complete = all.data.length > 0 && each.every((w) => w.data.length > 0);
  if (complete && words.length < 3) return { hits: all.data.slice(0, limit).map(toHit), total: all.total, kind: 'all' };
  const ranked = byWord(words, each, complete ? all.data : []);
  if (complete)
    return { hits: ranked.slice(0, limit).map(toHit), total: Math.max(all.total, ranked.length), kind: 'all' };
  if (ranked.length) return { hits: ranked.slice(0, limit).map(toHit), total: ranked.length, kind: 'partial' };
  return { hits: [], total: 0, kind: 'none' };
}

/** Whether some query word was found only through a loose match (Pagefind's "interpol" for "interpoll"). */
function onlyLoosely(outcome: Outcome, query: string): boolean {
  const marked = outcome.hits.flatMap((h) => markedWords(h.excerpt).flatMap(wordsOf));
  const titles = outcome.hits.flatMap((h) => wordsOf(h.title));
  return meaningfulWords(query).some((q) => ![...marked, ...titles].some((m) => m.startsWith(q) || sameStem(m, q)));
}

/**
 * Runs a query through the passes described at the top of this file. Words such as "what"
 * and "how" are dropped first, so a question finds the pages that answer it.
 */
export async function find(query: string, filters: Record<string, unknown> = {}, limit = 20): Promise<Outcome> {
  const pf = await loadSearch();
  const words = meaningfulWords(query);
  const searched = words.join(' ') || query;
  const first = await pass(pf, searched, filters, limit);
  if (!query || (first.kind !== 'none' && !onlyLoosely(first, searched))) return first;
  const vocabulary = await loadVocabulary();
  let changed = false;
  const corrected = words
    .map((w) => {
      const better = vocabulary.includes(w) ? undefined : closestWord(w, vocabulary);
      if (better) changed = true;
      return better ?? w;
    })
    .join(' ');
  if (!changed) return first;
  const second = await pass(pf, corrected, filters, limit);
  // A correction wins only where it does better: something where there was nothing, or
  // pages with every word where the reader's own spelling found only some.
  const better = first.kind === 'none' ? second.kind !== 'none' : second.kind === 'all';
  return better ? { ...second, corrected } : first;
}

/** The list items of a result list: a link to each page, its type and the matching excerpt. */
export function renderHits(hits: Hit[]): string {
  return hits
    .map((h) => {
      const section = h.section ? ` <span class="result-section">› ${escapeHtml(h.section)}</span>` : '';
      return `<li><a href="${escapeHtml(h.href)}">${escapeHtml(h.title)}</a>${section}<p class="result-type">${escapeHtml(h.type)}</p><p>${h.excerpt}</p></li>`;
    })
    .join('');
}

/**
 * Status sentences in the page's language: the header's search dialog carries them as
 * JSON in data-messages (SiteHeader.astro, from src/i18n/<locale>.ts); English otherwise.
 */
export interface SearchMessages {
  tooShort: string;
  tooShortDialog: string;
  oneResult: string;
  results: string;
  showingFirst: string;
  noResults: string;
  partial: string;
  corrected: string;
  forQuery: string;
  forFilters: string;
}
const english: SearchMessages = {
  tooShort: 'Type at least two letters to search, or browse the A-Z index below.',
  tooShortDialog: 'Type at least two letters.',
  oneResult: '1 result {described}.',
  results: '{n} results {described}.',
  showingFirst: '{n} results {described}, showing the first {shown}.',
  noResults: 'No results {described}. Check the spelling, try fewer words, or browse the A-Z index.',
  partial: 'No page contains every word {described}. {n} contain some of them, best first.',
  corrected: 'No page contains “{q}”. Showing results for “{corrected}”:',
  forQuery: 'for “{q}”',
  forFilters: 'for the chosen filters',
};
let cached: SearchMessages | undefined;
export function messages(): SearchMessages {
  cached ??= {
    ...english,
    ...(JSON.parse(
      document.querySelector<HTMLElement>('[data-search-dialog]')?.dataset['messages'] ?? '{}',
    ) as Partial<SearchMessages>),
  };
  return cached;
}
/** Fills {name} slots; an empty slot leaves no stray space before punctuation. */
export function say(key: keyof SearchMessages, values: Record<string, string | number> = {}): string {
  return messages()
    [key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
    .replace(/\s+([.,:;،])/g, '$1')
    .trim();
}

/** One sentence saying what the list shows, for the status line read out to screen readers. */
export function describe(outcome: Outcome, query: string, described = say('forQuery', { q: query })): string {
  const shown = outcome.hits.length;
  const n = new Intl.NumberFormat(document.documentElement.lang || undefined).format(outcome.total);
  if (outcome.kind === 'none') return say('noResults', { described });
  // A corrected query says what was searched instead; the reader's own words are not repeated.
  const lead = outcome.corrected ? `${say('corrected', { q: query, corrected: outcome.corrected })} ` : '';
  const scope = outcome.corrected ? '' : described;
  if (outcome.kind === 'partial') return `${lead}${say('partial', { described: scope, n })}`;
  const count =
    outcome.total > shown
      ? say('showingFirst', { n, described: scope, shown })
      : outcome.total === 1
        ? say('oneResult', { described: scope })
        : say('results', { n, described: scope });
  return `${lead}${count}`;
}

/**
 * Live search on the search page, with Pagefind's index served by this site: the
 * query never leaves the reader's device and nothing about it is stored. Without
 * JavaScript the page still offers the A-Z index of every entry.
 */
import { searchRanking } from './search-ranking.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; summary?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
// The base may be relative in an offline copy ('../../'); import() would resolve that against
// this script's address, so make it absolute against the page's.
const base = new URL(document.documentElement.dataset['base'] ?? '/', location.href).href;
const pageSize = 20;
// Status messages in the page's language, written into the form by SearchForm.astro.
const messages: Record<string, string> = {
  tooShort: 'Type at least two letters to search, or browse the A-Z index below.',
  oneResult: '1 result {described}.',
  results: '{n} results {described}.',
  showingFirst: '{n} results {described}, showing the first {shown}.',
  noResults: 'No results {described}. Try fewer words, or browse the A-Z index below.',
  forQuery: 'for “{q}”',
  forFilters: 'for the chosen filters',
  ...(JSON.parse(form?.dataset['messages'] ?? '{}') as Record<string, string>),
};
const say = (key: string, values: Record<string, string | number> = {}) =>
  messages[key]!.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

let pagefind: Promise<Pagefind> | undefined;
// One search at a time: keystrokes that arrive while one runs collapse into a single
// follow-up for the latest input, so fast typing never queues a backlog in Pagefind's worker.
let running: Promise<void> | undefined;
let again = false;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, ranking: searchRanking });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Checked boxes become { key: { any: [...] } }: any of the ticked values matches. */
function filtersFrom(data: FormData): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of ['type', 'threat', 'region', 'actor']) {
    const values = data.getAll(key).map(String).filter(Boolean);
    if (values.length) filters[key] = { any: values };
  }
  return filters;
}

/**
 * One letter matches the start of nearly every word, so searching it costs more than any
 * real query (over 100 ms at 1,000 entries) and finds nothing useful. Scripts that write a
 * word in one character (Chinese, Japanese, Korean) are searched from the first keystroke.
 */
function tooShort(query: string): boolean {
  return query.length === 1 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(query);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function render(results: PagefindResult[], total: number, described: string) {
  if (!list || !statusLine) return;
  list.innerHTML = results
    .map((r) => {
      // Go straight to the heading that matched, when Pagefind found one below the title.
      const target = r.sub_results?.find((s) => s.url.includes('#')) ?? undefined;
      const href = target ? target.url : r.url;
      const title = escapeHtml(r.meta.title ?? r.url);
      const section = target ? ` <span class="result-section">› ${escapeHtml(target.title)}</span>` : '';
      // Pagefind's excerpts are escaped text with <mark> around the matches.
      const excerpt = (target ?? r).excerpt || escapeHtml(r.meta.summary ?? '');
      return `<li><a href="${escapeHtml(href)}">${title}</a>${section}<p class="result-type">${escapeHtml(r.meta.type ?? '')}</p><p>${excerpt}</p></li>`;
    })
    .join('');
  const n = new Intl.NumberFormat(document.documentElement.lang).format(total);
  statusLine.textContent =
    total === 0
      ? say('noResults', { described })
      : total > results.length
        ? say('showingFirst', { n, described, shown: results.length })
        : total === 1
          ? say('oneResult', { described })
          : say('results', { n, described });
}

function schedule() {
  if (running) {
    again = true;
    return;
  }
  running = run().finally(() => {
    running = undefined;
    if (again) {
      again = false;
      schedule();
    }
  });
}

async function run() {
  if (!form || !input) return;
  const data = new FormData(form);
  const query = input.value.trim();
  const filters = filtersFrom(data);
  const params = new URLSearchParams(data as unknown as Record<string, string>);
  history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
  if (!query && !Object.keys(filters).length) {
    if (list) list.innerHTML = '';
    if (statusLine) statusLine.textContent = '';
    return;
  }
  if (tooShort(query)) {
    if (list) list.innerHTML = '';
    if (statusLine) statusLine.textContent = say('tooShort');
    return;
  }
  const pf = await load();
  const search = await pf.search(query || null, { filters });
  if (again) return; // the reader has typed on: skip loading excerpts nobody will see
  const results = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
  if (again) return;
  const described = query ? say('forQuery', { q: query }) : say('forFilters');
  render(results, search.results.length, described);
  document.dispatchEvent(new CustomEvent('counterpoint:search-rendered'));
}

// In a Kiwix (ZIM) edition the site's index is left out and Kiwix's own search serves the
// file; the page says so, and the form stays a plain link to the A-Z list.
const handedToKiwix = document.documentElement.dataset['search'] === 'kiwix';

if (form && input && !handedToKiwix) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule();
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  // Arrow keys move between results, as in a list box, without trapping Tab.
  form.parentElement?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(list?.querySelectorAll<HTMLAnchorElement>('li > a') ?? [])];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });
  // A query arriving from the header's search box (or a shared link) fills the form first.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = params.getAll(box.name).includes(box.value);
  const actor = form.querySelector<HTMLSelectElement>('select[name="actor"]');
  if (actor) actor.value = params.get('actor') ?? '';
  void load();
  if (params.size) schedule();
}

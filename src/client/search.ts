/**
 * Live search on the search page. The query stays on the reader's device: it is never
 * put in the address bar or the history (the form is never submitted), so Back, the
 * history list and a shared screen show only "/search/". Without JavaScript the page
 * shows the A-Z index instead, and the form stays hidden.
 */
import { describe, find, loadSearch, oneAtATime, renderHits, say, tooShort } from './search-engine.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');

/** Checked boxes become { key: { any: [...] } }: any of the ticked values matches. */
function filtersFrom(data: FormData): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of ['type', 'threat', 'region', 'actor']) {
    const values = data.getAll(key).map(String).filter(Boolean);
    if (values.length) filters[key] = { any: values };
  }
  return filters;
}

function show(html: string, status: string) {
  if (list) list.innerHTML = html;
  if (statusLine) statusLine.textContent = status;
}

async function run(stale: () => boolean) {
  if (!form || !input) return;
  const query = input.value.trim();
  const filters = filtersFrom(new FormData(form));
  if (!query && !Object.keys(filters).length) return show('', '');
  if (tooShort(query)) return show('', say('tooShort'));
  const outcome = await find(query, filters);
  if (stale()) return; // the reader has typed on: nobody will see this list
  show(renderHits(outcome.hits), describe(outcome, query, query ? say('forQuery', { q: query }) : say('forFilters')));
  document.dispatchEvent(new CustomEvent('counterpoint:search-rendered'));
}

// In a Kiwix (ZIM) edition the site's index is left out and Kiwix's own search serves the
// file; the page says so, and the form stays hidden, leaving the A-Z list.
const handedToKiwix = document.documentElement.dataset['search'] === 'kiwix';

const schedule = oneAtATime(run);

if (form && input && !handedToKiwix) {
  form.hidden = false;
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
  // An old link may still carry ?q=…: search it, and take it out of this history entry.
  const params = new URLSearchParams(location.search);
  if (params.has('q')) {
    input.value = params.get('q') ?? '';
    history.replaceState(null, '', location.pathname + location.hash);
  }
  void loadSearch();
  if (input.value) schedule();
}

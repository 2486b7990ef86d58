/**
 * The only script on pages without charts or search, kept small on purpose (the search
 * engine loads only when the dialog opens). It does two things for readers at risk:
 *
 * - Quick exit: the "Leave this site" link, or Escape pressed twice within a second,
 *   replaces this page in the tab's history with the neutral page, so Back does not return.
 * - Search that leaves no trace: the header's Search opens a dialog that searches as the
 *   reader types; the query is never put in the address bar or the history.
 */

export {};

const exit = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');

function leave(): void {
  if (!exit) return;
  // Hide the page at once, in case the neutral page is slow to load.
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  location.replace(exit.href);
}

exit?.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  leave();
});

// Not 0: performance.now() counts from page load, so one Escape in the first second would leave.
let lastEscape = Number.NEGATIVE_INFINITY;
// Capture phase: a dialog or widget that handles Escape itself still lets the second one through.
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Escape' || event.repeat) return;
    // The time it is handled, not event.timeStamp: synthetic and some OS key events carry odd stamps.
    const now = performance.now();
    if (now - lastEscape < 1000) leave();
    lastEscape = now;
  },
  true,
);

const searchOpener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
const list = dialog?.querySelector<HTMLOListElement>('[data-search-dialog-results]');
const statusLine = dialog?.querySelector<HTMLElement>('[role="status"]');

async function run(stale: () => boolean): Promise<void> {
  if (!input || !list || !statusLine) return;
  const engine = await import('./search-engine.ts');
  const query = input.value.trim();
  if (!query) {
    list.innerHTML = '';
    statusLine.textContent = '';
    return;
  }
  if (engine.tooShort(query)) {
    list.innerHTML = '';
    statusLine.textContent = engine.say('tooShortDialog');
    return;
  }
  const outcome = await engine.find(query, {}, 10);
  if (stale()) return;
  list.innerHTML = engine.renderHits(outcome.hits);
  statusLine.textContent = engine.describe(outcome, query);
  dialog?.dispatchEvent(new CustomEvent('counterpoint:search-rendered', { bubbles: true }));
}

// The engine (and its one-at-a-time queue) loads only once the reader opens search.
let searchOnce: (() => void) | undefined;
async function schedule(): Promise<void> {
  searchOnce ??= (await import('./search-engine.ts')).oneAtATime(run);
  searchOnce();
}

function open(): void {
  if (!dialog || !input) return;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void import('./search-engine.ts').then((engine) => engine.loadSearch());
}

// In a Kiwix (ZIM) edition the search index is left out: Search stays a link to the A-Z index.
const handedToKiwix = document.documentElement.dataset['search'] === 'kiwix';

if (searchOpener && dialog && input && list && !handedToKiwix) {
  searchOpener.setAttribute('role', 'button');
  searchOpener.setAttribute('aria-haspopup', 'dialog');
  searchOpener.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  // Space activates a button; the searchOpener is a link underneath, so teach it the key.
  searchOpener.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      open();
    }
  });
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) dialog.close();
    }
  });
  // Focus goes back to the Search control, never to the top of the page.
  dialog.addEventListener('close', () => searchOpener.focus());
  input.addEventListener('input', () => void schedule());
  dialog.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Enter' && document.activeElement === input) {
      // Enter in the box opens the first result: the fastest way there by keyboard.
      event.preventDefault();
      links[0]?.click();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!links.length || (document.activeElement !== input && at < 0)) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });
}

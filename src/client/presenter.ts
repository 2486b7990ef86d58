/**
 * Presenting a module's slides. One page does three jobs, chosen by its address:
 * - the audience view: one 16:9 slide scaled to the window (the scaling is CSS; see
 *   08-slides.css), moved by arrows, Page Up/Down (clickers), Space, Home/End;
 * - the speaker view (#speaker), opened by S in a second window: current and next slide,
 *   notes, clock, elapsed time and per-section timers with pause and reset;
 * - a split view, where the browser refuses a second window: notes beside the slide,
 *   with a message saying so.
 * The two windows keep in step with postMessage (works between file:// pages, where
 * BroadcastChannel may not) and, on a web origin, a BroadcastChannel as well.
 */

interface DeckMessage {
  app: 'counterpoint-deck';
  deck: string;
  type: 'state' | 'hello';
  slide?: number;
  black?: boolean;
}

const speakerHash = /^#speaker(?:-(\d+))?$/;
const slideHash = /^#slide-(\d+)$/;

export function startPresenter(doc: Document): void {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  const slides = [...doc.querySelectorAll<HTMLElement>('[data-slide]')];
  const bar = doc.querySelector<HTMLElement>('[data-deck-bar]');
  const panel = doc.querySelector<HTMLElement>('[data-speaker]');
  if (!deck || !slides.length || !bar || !panel) return;
  const $ = <T extends Element = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
  const deckId = deck.dataset['deck'] ?? '';
  const root = doc.documentElement;
  const win = doc.defaultView!;
  // In the offline kit the deck is one view among several; it presents only when asked.
  const inKit = root.hasAttribute('data-kit');
  const rtl = root.dir === 'rtl';
  // Timers in the page's digits (Intl), as the server wrote the rest of the deck.
  const digits = new Intl.NumberFormat(root.lang || undefined, { useGrouping: false });
  const pad = new Intl.NumberFormat(root.lang || undefined, { minimumIntegerDigits: 2, useGrouping: false });
  // The wall clock: the system's format in the default language, the deck's in a translated one.
  const clockLocale = deck.dataset['clockLocale'] ?? [];
  // Interface words, from the page (src/i18n via components/slides/Deck.astro).
  const word = (name: string, n = 0) =>
    (deck.getAttribute(`data-ui-${name}`) ?? '')
      .replace('{n}', digits.format(n))
      .replace('{total}', digits.format(slides.length));

  let current = 0;
  let black = false;
  let speakerWindow: Window | null = null;
  let mode: 'audience' | 'speaker' | 'split' = speakerHash.test(location.hash) ? 'speaker' : 'audience';

  // ---- Timers (shown in the speaker view and the split view) ----
  const sectionOf = (i: number) => {
    const s = slides[i]!.dataset['section'];
    return s === undefined || s === '' ? undefined : Number(s);
  };
  const sectionRows = [...doc.querySelectorAll<HTMLElement>('[data-section-timer]')];
  const spent = sectionRows.map(() => 0);
  const planned = new Map<number, number>();
  slides.forEach((s, i) => {
    const section = sectionOf(i);
    if (section !== undefined) planned.set(section, Number(s.dataset['minutes'] ?? 0) * 60_000);
  });
  let elapsed = 0;
  let running = true;
  let lastTick = Date.now();
  const mmss = (ms: number) => {
    const s = Math.floor(ms / 1000);
    return `${digits.format(Math.floor(s / 60))}:${pad.format(s % 60)}`;
  };
  const pauseButton = $<HTMLButtonElement>('[data-timer-pause]');
  const tick = () => {
    const now = Date.now();
    if (running) {
      elapsed += now - lastTick;
      const section = sectionOf(current);
      if (section !== undefined) spent[section] = (spent[section] ?? 0) + (now - lastTick);
    }
    lastTick = now;
    $('[data-clock]').textContent = new Date(now).toLocaleTimeString(clockLocale, {
      hour: '2-digit',
      minute: '2-digit',
    });
    $('[data-elapsed]').textContent = mmss(elapsed);
    const section = sectionOf(current);
    sectionRows.forEach((row, i) => {
      row.querySelector('[data-spent]')!.textContent = mmss(spent[i] ?? 0);
      row.classList.toggle('over', (spent[i] ?? 0) > (planned.get(i) ?? Number.POSITIVE_INFINITY));
      if (i === section) row.setAttribute('aria-current', 'step');
      else row.removeAttribute('aria-current');
    });
  };
  pauseButton.addEventListener('click', () => {
    tick();
    running = !running;
    pauseButton.setAttribute('aria-pressed', String(!running));
    pauseButton.textContent = word(running ? 'pause' : 'resume');
  });
  $('[data-timer-reset]').addEventListener('click', () => {
    const section = sectionOf(current);
    if (section !== undefined) spent[section] = 0;
    tick();
  });
  $('[data-timer-reset-all]').addEventListener('click', () => {
    spent.fill(0);
    elapsed = 0;
    tick();
  });

  // ---- Showing a slide ----
  const progress = $('[data-deck-progress]');
  const copyOf = (slide: HTMLElement | undefined) => {
    if (!slide) {
      const end = doc.createElement('p');
      end.className = 'preview-end';
      end.textContent = word('end');
      return end.outerHTML;
    }
    const canvas = slide.querySelector('.slide-canvas')!.cloneNode(true) as HTMLElement;
    for (const el of [canvas, ...canvas.querySelectorAll('[id]')]) el.removeAttribute('id');
    for (const el of canvas.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
    for (const el of canvas.querySelectorAll('a')) el.setAttribute('tabindex', '-1');
    return canvas.outerHTML;
  };
  const renderSpeaker = () => {
    $('[data-speaker-now]').textContent = word('now', current + 1);
    $('[data-preview-current]').innerHTML = copyOf(slides[current]);
    $('[data-preview-next]').innerHTML = copyOf(slides[current + 1]);
    const notes = slides[current]!.querySelector('[data-notes] > div');
    $('[data-speaker-notes]').innerHTML = notes
      ? notes.innerHTML.replace(/\sid="[^"]*"/g, '')
      : `<p class="no-notes">${word('no-notes').replace(/</g, '&lt;')}</p>`;
  };
  const setBlack = (on: boolean) => {
    black = on;
    $('[data-blackout]').hidden = !(on && mode !== 'speaker');
    $('[data-deck-black]').setAttribute('aria-pressed', String(on));
  };
  const show = (index: number, { local = true, focus = local }: { local?: boolean; focus?: boolean } = {}) => {
    const next = Math.max(0, Math.min(slides.length - 1, index));
    if (next !== current) tick();
    current = next;
    slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === current));
    progress.textContent = word('slide-of', current + 1);
    if (mode !== 'audience') renderSpeaker();
    tick();
    history.replaceState(null, '', mode === 'speaker' ? `#speaker-${current + 1}` : `#slide-${current + 1}`);
    if (focus && mode !== 'speaker')
      slides[current]!.querySelector<HTMLElement>('h1, h2')?.focus({ preventScroll: true });
    if (local) send();
  };

  // ---- Keeping two windows in step ----
  const channel =
    'BroadcastChannel' in win && location.protocol !== 'file:'
      ? new BroadcastChannel(`counterpoint-deck-${deckId}`)
      : undefined;
  const message = (type: DeckMessage['type']): DeckMessage => ({
    app: 'counterpoint-deck',
    deck: deckId,
    type,
    slide: current,
    black,
  });
  const peer = () => (mode === 'speaker' ? win.opener : speakerWindow) as Window | null;
  const send = (type: DeckMessage['type'] = 'state') => {
    const target = peer();
    // The message holds only a slide number; file:// pages have no origin to name.
    if (target && !target.closed) target.postMessage(message(type), '*');
    channel?.postMessage(message(type));
  };
  const receive = (data: unknown, source: MessageEventSource | null) => {
    const m = data as Partial<DeckMessage> | null;
    if (m?.app !== 'counterpoint-deck' || m.deck !== deckId) return;
    if (m.type === 'hello') {
      // A speaker window (new, or reloaded) asks where the deck is.
      if (mode !== 'speaker' && source && 'postMessage' in source) speakerWindow = source as Window;
      send();
      return;
    }
    if (typeof m.slide === 'number' && m.slide !== current) show(m.slide, { local: false });
    if (typeof m.black === 'boolean' && m.black !== black) setBlack(m.black);
  };
  win.addEventListener('message', (event) => {
    if (event.source !== peer() && (event.data as DeckMessage | null)?.type !== 'hello') return;
    receive(event.data, event.source);
  });
  channel?.addEventListener('message', (event) => receive(event.data, null));

  const status = $('[data-speaker-status]');
  const openSpeaker = () => {
    if (mode === 'speaker') return;
    if (speakerWindow && !speakerWindow.closed) {
      speakerWindow.focus();
      return;
    }
    const url = `${location.href.split('#')[0]}#speaker-${current + 1}`;
    speakerWindow = win.open(url, `counterpoint-speaker-${deckId}`, 'popup,width=1280,height=760');
    if (speakerWindow) {
      if (mode === 'split') setMode('audience');
      return;
    }
    // Refused (a popup blocker, or a browser that keeps file:// pages to one window).
    setMode(mode === 'split' ? 'audience' : 'split');
    status.textContent = word('refused');
  };
  const setMode = (m: typeof mode) => {
    mode = m;
    root.classList.toggle('speaker-mode', m === 'speaker');
    root.classList.toggle('split-view', m === 'split');
    panel.hidden = m === 'audience';
    $('[data-deck-speaker]').setAttribute('aria-pressed', String(m === 'split'));
    if (m !== 'audience') renderSpeaker();
    setBlack(black);
  };

  // ---- Controls and keys ----
  const help = $<HTMLDialogElement>('[data-help]');
  const fullscreen = () => {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void root.requestFullscreen?.().catch(() => undefined);
  };
  $('[data-deck-prev]').addEventListener('click', () => show(current - 1));
  $('[data-deck-next]').addEventListener('click', () => show(current + 1));
  $('[data-speaker-prev]').addEventListener('click', () => show(current - 1));
  $('[data-speaker-next]').addEventListener('click', () => show(current + 1));
  $('[data-deck-speaker]').addEventListener('click', openSpeaker);
  $('[data-deck-fullscreen]').addEventListener('click', fullscreen);
  $('[data-deck-help]').addEventListener('click', () => help.showModal());
  $('[data-deck-black]').addEventListener('click', () => {
    setBlack(!black);
    send();
  });
  $('[data-blackout]').addEventListener('click', () => {
    setBlack(false);
    send();
  });
  doc.addEventListener('keydown', (event) => {
    if (!root.classList.contains('presenting') || help.open) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element;
    if (target.closest('input, select, textarea, summary')) return;
    // Space and Enter keep their meaning on buttons and links.
    if (target.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
    // In a right-to-left deck the next slide lies to the left, as the Next button does, so
    // the horizontal arrows swap (as reveal.js does with rtl: true). Up, down, Page Up/Down
    // (what clickers send), Space, Home and End mean the same in either direction.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const keys: Record<string, () => void> = {
      [forward]: () => show(current + 1),
      ArrowDown: () => show(current + 1),
      PageDown: () => show(current + 1),
      ' ': () => show(current + 1),
      [back]: () => show(current - 1),
      ArrowUp: () => show(current - 1),
      PageUp: () => show(current - 1),
      Home: () => show(0),
      End: () => show(slides.length - 1),
      s: openSpeaker,
      S: openSpeaker,
      f: fullscreen,
      F: fullscreen,
      b: () => $('[data-deck-black]').click(),
      B: () => $('[data-deck-black]').click(),
      '.': () => $('[data-deck-black]').click(),
      '?': () => help.showModal(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  deck.addEventListener('click', (event) => {
    if (mode === 'speaker' || (event.target as Element).closest('a, button, summary, details, input, select')) return;
    show(current + 1);
  });

  // ---- Start ----
  const slideFromHash = () => {
    const m = slideHash.exec(location.hash) ?? speakerHash.exec(location.hash);
    return m?.[1] ? Number(m[1]) - 1 : 0;
  };
  const present = (on: boolean) => {
    root.classList.toggle('presenting', on);
    bar.hidden = !on || mode === 'speaker';
  };
  const wanted = () =>
    !inKit || slideHash.test(location.hash) || speakerHash.test(location.hash) || location.hash === '#slides';
  setMode(mode);
  present(wanted());
  if (root.classList.contains('presenting')) show(slideFromHash(), { local: false, focus: false });
  if (inKit)
    win.addEventListener('hashchange', () => {
      if (location.hash === `#slide-${current + 1}` || location.hash === `#speaker-${current + 1}`) return;
      present(wanted());
      if (wanted()) show(slideFromHash(), { local: false });
    });
  if (mode === 'speaker') send('hello');
  setInterval(tick, 500);
}

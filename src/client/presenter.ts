/**
 * Presenter mode for a module's slides: arrow keys, Space, Page keys and clicks move
 * between slides; S toggles the speaker view (notes, next slide, timers) in the same
 * window, so it works with popups blocked and from a file opened from disk. Focus
 * moves to each new slide's heading, so screen readers read the slide as text.
 */
export function startPresenter(doc: Document): void {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  const slides = [...doc.querySelectorAll<HTMLElement>('[data-slide]')];
  const bar = doc.querySelector<HTMLElement>('[data-deck-bar]');
  const panel = doc.querySelector<HTMLElement>('[data-speaker-panel]');
  if (!deck || !slides.length || !bar || !panel) return;
  const progress = doc.querySelector<HTMLElement>('[data-deck-progress]')!;
  const progressBar = doc.querySelector<HTMLProgressElement>('[data-deck-bar-progress]')!;
  const speakerButton = doc.querySelector<HTMLButtonElement>('[data-deck-speaker]')!;
  const notesBox = doc.querySelector<HTMLElement>('[data-speaker-notes]')!;
  const nextBox = doc.querySelector<HTMLElement>('[data-speaker-next]')!;
  const sectionTimer = doc.querySelector<HTMLElement>('[data-timer-section]')!;
  const totalTimer = doc.querySelector<HTMLElement>('[data-timer-total]')!;
  const duration = Number(deck.dataset['duration'] ?? 0);

  let current = 0;
  const startedAt = Date.now();
  let slideStartedAt = startedAt;
  doc.documentElement.classList.add('presenting');
  bar.hidden = false;

  const mmss = (ms: number) => {
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };

  const tick = () => {
    const planned = Number(slides[current]!.dataset['minutes'] ?? 0);
    const spent = Date.now() - slideStartedAt;
    sectionTimer.textContent = planned ? `Section ${mmss(spent)} of ${planned}:00` : `This slide ${mmss(spent)}`;
    sectionTimer.classList.toggle('over', planned > 0 && spent > planned * 60_000);
    totalTimer.textContent = `Total ${mmss(Date.now() - startedAt)} of ${duration}:00`;
  };

  const show = (index: number, { focus = true } = {}) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => (slide.hidden = i !== current));
    progress.textContent = `Slide ${current + 1} of ${slides.length}`;
    progressBar.value = current + 1;
    progressBar.max = slides.length;
    // Copied without ids, which must stay unique on the page.
    notesBox.innerHTML = (slides[current]!.querySelector('[data-notes]')?.innerHTML ?? '').replace(/\sid="[^"]*"/g, '');
    const next = slides[current + 1];
    nextBox.innerHTML = next
      ? (next
          .querySelector('h1, h2')
          ?.outerHTML.replace(/\sid="[^"]*"/g, '')
          .replace(/\stabindex="-1"/g, '') ?? '')
      : '<p>End of the slides.</p>';
    slideStartedAt = Date.now();
    tick();
    history.replaceState(null, '', `#slide-${current + 1}`);
    if (focus) slides[current]!.querySelector<HTMLElement>('h1, h2')?.focus();
  };

  const toggleSpeaker = () => {
    panel.hidden = !panel.hidden;
    speakerButton.setAttribute('aria-pressed', String(!panel.hidden));
    doc.documentElement.classList.toggle('speaker-view', !panel.hidden);
  };

  doc.querySelector('[data-deck-prev]')!.addEventListener('click', () => show(current - 1));
  doc.querySelector('[data-deck-next]')!.addEventListener('click', () => show(current + 1));
  speakerButton.addEventListener('click', toggleSpeaker);
  doc.querySelector('[data-deck-fullscreen]')!.addEventListener('click', () => {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  });
  deck.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a, button, summary, input, select')) return;
    show(current + 1);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element).closest('input, select, textarea')) return;
    const onButton = (event.target as Element).closest('button, a');
    const keys: Record<string, () => void> = {
      ArrowRight: () => show(current + 1),
      ArrowDown: () => show(current + 1),
      PageDown: () => show(current + 1),
      ' ': () => show(current + 1),
      ArrowLeft: () => show(current - 1),
      ArrowUp: () => show(current - 1),
      PageUp: () => show(current - 1),
      Home: () => show(0),
      End: () => show(slides.length - 1),
      s: toggleSpeaker,
      S: toggleSpeaker,
    };
    // Space and Enter keep their usual meaning on buttons and links.
    if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  setInterval(tick, 1000);
  const fromHash = /^#slide-(\d+)$/.exec(location.hash);
  show(fromHash ? Number(fromHash[1]) - 1 : 0, { focus: false });
}

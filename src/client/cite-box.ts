/** Adds a Copy button to each "Cite this page" box; without JavaScript the reference is selectable text. */
export function enhanceCiteBoxes(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('.cite-box')) {
    const text = box.querySelector<HTMLElement>('.cite-text');
    if (!text || !navigator.clipboard || box.querySelector('.cite-copy')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    button.textContent = 'Copy citation';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'cite-status';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText((text.textContent ?? '').replace(/\s+/g, ' ').trim());
        status.textContent = 'Copied.';
      } catch {
        // Permission refused (some private modes): select the text so Ctrl+C works.
        getSelection()?.selectAllChildren(text);
        status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
      }
    });
    text.after(button, status);
  }
}

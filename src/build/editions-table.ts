/**
 * The offline editions are packed after the pages are rendered, so the downloads page is
 * rendered with this marker and the table is written into it once the files exist.
 */
import { escapeHtml } from '../site/html.ts';

export const editionsPlaceholder = '<!-- counterpoint:editions -->';

export interface EditionFile {
  /** Path inside the build, e.g. downloads/counterpoint-en.zim. */
  path: string;
  /** What a reader gets, e.g. "The whole site for Kiwix (English)". */
  label: string;
  bytes: number;
  sha256: string;
}

/** Human-readable size: 1 decimal in KB and MB, as file managers show it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The table for the downloads page. `link` is false inside an offline edition, where the files
 * themselves are not included (an edition cannot hold itself): names, sizes and checksums stay.
 */
export function editionsTable(files: EditionFile[], { root, link }: { root: string; link: boolean }): string {
  if (!files.length) return '<p>This build includes no offline editions.</p>';
  // A list, not a table: a 64-character checksum beside three other columns leaves no room on a phone.
  const items = files.map((f) => {
    const name = f.path.split('/').pop()!;
    const file = link ? `<a href="${escapeHtml(root + f.path)}" download>${escapeHtml(name)}</a>` : escapeHtml(name);
    return `<li><p class="edition-label">${escapeHtml(f.label)}</p><p>${file} <span class="edition-size">(${formatBytes(f.bytes)})</span></p><p class="edition-sum">SHA-256: <code class="checksum">${f.sha256}</code></p></li>`;
  });
  const note = link
    ? ''
    : '<p>This copy is itself an offline edition, so it does not contain the files; get them from the published site.</p>';
  return `${note}<ul class="editions">${items.join('')}</ul>`;
}

/**
 * Numbers the citations of Markdown strings that don't go through the MDX pipeline
 * (training modules' sections), continuing one count across the whole module, and
 * writes the same note references the Markdown plugin (src/citations/markdown-plugin.ts) writes for MDX bodies.
 */
import { findCitations, type CitationItem } from './citations.ts';

export interface NoteCounter {
  /** `facilitator` notes come from text only the facilitator's guide shows. */
  notes: { n: number; items: CitationItem[]; facilitator?: boolean }[];
}

export function numberCitations(
  text: string,
  counter: NoteCounter,
  { withRefIds = true, facilitator = false } = {},
): string {
  let out = '';
  let last = 0;
  for (const m of findCitations(text)) {
    const n = counter.notes.length + 1;
    counter.notes.push(facilitator ? { n, items: m.items, facilitator } : { n, items: m.items });
    const id = withRefIds ? ` id="note-ref-${n}"` : '';
    out += `${text.slice(last, m.index).replace(/\s+$/, '')}<sup class="note-ref"><a href="#note-${n}"${id}><span class="visually-hidden">Note </span>${n}</a></sup>`;
    last = m.index + m.raw.length;
  }
  return out + text.slice(last);
}

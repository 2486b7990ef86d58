/**
 * The few words that label a source in lists of links ("Cottiero (2024)"); full references,
 * notes and bibliographies are formatted by citeproc-js (./formatter.ts).
 */
import type { CslName, Source } from '../schemas/sources.ts';

import { plainText } from './csl-items.ts';

/** "Lemon", "Michaelsen and Ruijgrok", "Dukalskis et al." */
export function shortAuthors(source: Source): string {
  const names = source.author ?? source.editor ?? [];
  const last = (n: CslName) => {
    const name = n as { literal?: string; family?: string; given?: string; 'non-dropping-particle'?: string };
    return name.literal ?? ([name['non-dropping-particle'], name.family].filter(Boolean).join(' ') || name.given || '');
  };
  if (!names.length) return plainText(source.publisher ?? source['container-title'] ?? source.title);
  if (names.length === 1) return last(names[0]!);
  if (names.length === 2) return `${last(names[0]!)} and ${last(names[1]!)}`;
  return `${last(names[0]!)} et al.`;
}

export function year(source: Source): string {
  const issued = source.issued;
  if (!issued) return 'n.d.';
  if ('date-parts' in issued && Array.isArray(issued['date-parts']))
    return String(issued['date-parts'][0]?.[0] ?? 'n.d.');
  return String((issued as { literal?: string }).literal ?? 'n.d.');
}

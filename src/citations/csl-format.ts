/**
 * Plain formatting of CSL-JSON items for notes and bibliographies, in an author-date
 * style close to APA. Returns parts (not HTML) so components decide the markup.
 */
import type { CslName, Source } from '../schemas/sources.ts';

export function nameOf(n: CslName, { initialsFirst = false } = {}): string {
  if ('literal' in n) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  if (!n.given) return family;
  return initialsFirst ? `${n.given} ${family}` : `${family}, ${n.given}`;
}

/** "Lemon", "Michaelsen and Ruijgrok", "Dukalskis et al." */
export function shortAuthors(source: Source): string {
  const names = source.author ?? source.editor ?? [];
  const last = (n: CslName) =>
    'literal' in n ? n.literal : [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  if (!names.length) return source.publisher ?? source['container-title'] ?? source.title;
  if (names.length === 1) return last(names[0]!);
  if (names.length === 2) return `${last(names[0]!)} and ${last(names[1]!)}`;
  return `${last(names[0]!)} et al.`;
}

export function fullAuthors(source: Source): string {
  const names = source.author ?? [];
  const list = names.map((n) => nameOf(n));
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join('; ')} and ${list.at(-1)}`;
}

export function year(source: Source): string {
  const issued = source.issued;
  if (!issued) return 'n.d.';
  if ('date-parts' in issued && Array.isArray(issued['date-parts']))
    return String(issued['date-parts'][0]?.[0] ?? 'n.d.');
  return String((issued as { literal?: string }).literal ?? 'n.d.');
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 December" when the item has a month and day (newspapers), else empty. */
export function dayMonth(source: Source): string {
  const parts =
    source.issued && 'date-parts' in source.issued
      ? (source.issued['date-parts'] as (number | string)[][])[0]
      : undefined;
  if (!parts || parts.length < 2) return '';
  const month = months[Number(parts[1]) - 1] ?? '';
  return parts[2] ? `${Number(parts[2])} ${month}` : month;
}

export interface FormattedSource {
  authors: string;
  year: string;
  title: string;
  /** Journal, book, newspaper or site the work appeared in: shown in italics. */
  container: string;
  /** Volume, issue, pages, publisher, editors: the rest, already punctuated. */
  details: string;
  href?: string;
}

export function formatSource(source: Source): FormattedSource {
  const details: string[] = [];
  if (source.editor?.length && source.author?.length)
    details.push(`edited by ${source.editor.map((n) => nameOf(n, { initialsFirst: true })).join(' and ')}`);
  const volume = [source.volume, source.issue ? `(${source.issue})` : ''].filter(Boolean).join('');
  if (volume) details.push(volume);
  if (source.page) details.push(`pp. ${source.page}`);
  const date = dayMonth(source);
  if (date) details.push(date);
  if (source.publisher && source.publisher !== source['container-title']) details.push(source.publisher);
  const href = source.DOI ? `https://doi.org/${source.DOI}` : source.URL;
  return {
    authors: fullAuthors(source) || (source.editor ? `${source.editor.map((n) => nameOf(n)).join(' and ')} (ed.)` : ''),
    year: year(source),
    title: source.title,
    container: source['container-title'] ?? '',
    details: details.join(', '),
    ...(href ? { href } : {}),
  };
}

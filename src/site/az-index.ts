/**
 * The A-Z index on the search page: every entry under the letter its title starts with,
 * so a reader without JavaScript finds "red notice" under R without knowing it is a
 * glossary term. Accents are folded (Ó under O); titles starting with a digit or symbol
 * go under "#", listed first.
 */
export interface AzItem {
  title: string;
  href: string;
  /** Kind of entry, e.g. "Tactic", shown beside the title. */
  type: string;
  /** The title's language, when it differs from the page's (an untranslated entry). */
  lang?: string;
}

export interface AzLetter {
  letter: string;
  /** Usable as an element id and fragment: "az-a", "az-я", "az-num" (not percent-encoded, so #az-я finds it). */
  id: string;
  items: AzItem[];
}

export function letterOf(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toLocaleUpperCase('en');
  return /^[A-Z]$/.test(first) ? first : /\p{L}/u.test(first) ? first : '#';
}

/** `intl` orders letters and titles the way the page's language does. */
export function azIndex(items: AzItem[], intl = 'en'): AzLetter[] {
  const groups = new Map<string, AzItem[]>();
  for (const item of items) {
    const letter = letterOf(item.title);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b, intl)))
    .map(([letter, list]) => ({
      letter,
      id: letter === '#' ? 'az-num' : `az-${letter.toLowerCase()}`,
      items: list.sort(
        (x, y) => x.title.localeCompare(y.title, intl, { sensitivity: 'base' }) || x.type.localeCompare(y.type),
      ),
    }));
}

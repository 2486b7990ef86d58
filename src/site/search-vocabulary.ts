/**
 * The words the search may correct a misspelling to: those of entry titles and aliases and
 * the family names of cited authors. A reader who types "Galeoti" or "extradtion" is
 * offered results for the site's own spelling. Sent to the browser only when a query
 * finds nothing, as a small JSON list.
 */
import { wordsOf } from '../client/search-query.ts';
import type { CslName, Source } from '../schemas/sources.ts';

/** Family names (or organisations' and single given names) of a source's authors and editors. */
export function authorNames(source: Source): string[] {
  // A name may be a person (family), an organisation (literal) or a single given name.
  return [...(source.author ?? []), ...(source.editor ?? [])]
    .map((n: CslName) => ('family' in n ? n.family : 'literal' in n ? n.literal : n.given))
    .filter((n): n is string => typeof n === 'string' && n !== '');
}

/** Distinct words of four letters or more, sorted, so the list is stable between builds. */
export function searchVocabulary(texts: string[]): string[] {
  const words = new Set<string>();
  // "non-refoulement" also gives "refoulement": Pagefind indexes the parts of a hyphenated word.
  for (const text of texts)
    for (const word of wordsOf(text))
      for (const w of [word, ...word.split('-')]) if (w.length >= 4 && !/\d/.test(w)) words.add(w);
  return [...words].sort();
}

import type { APIRoute } from 'astro';
import { collections } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { Source } from '../schemas/sources.ts';
import { entriesOf } from '../data/entries.ts';
import { authorNames, searchVocabulary } from '../site/search-vocabulary.ts';

// The search's spelling list (src/site/search-vocabulary.ts): fetched only when a query finds nothing.
export const GET: APIRoute = async () => {
  const texts: string[] = [];
  for (const c of Object.keys(collections) as CollectionName[]) {
    for (const e of await entriesOf(c)) {
      const d = e.data as { title: string; summary?: string; aliases?: string[] };
      texts.push(d.title, d.summary ?? '', ...(d.aliases ?? []));
      if (c === 'sources') texts.push(...authorNames(e.data as Source));
    }
  }
  return new Response(JSON.stringify(searchVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};

import { describe, expect, test } from 'vitest';
import {
  answers,
  closestWord,
  editDistance,
  isRealMatch,
  meaningfulWords,
  sameStem,
  wordsOf,
} from '../../src/client/search-query.ts';
import { base } from '../../src/schemas/base.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { azIndex, letterOf } from '../../src/site/az-index.ts';
import { atomFeed } from '../../src/site/feed.ts';
import { publisherLinks } from '../../src/site/publisher.ts';
import { searchVocabulary } from '../../src/site/search-vocabulary.ts';
import { jsonLdText, structuredData } from '../../src/site/structured-data.ts';

describe('search query logic', () => {
  test('words and stop words', () => {
    expect(wordsOf('What is a Red-Notice?')).toEqual(['what', 'is', 'a', 'red-notice']);
    expect(meaningfulWords('how do governments target exiles abroad')).toEqual([
      'governments',
      'target',
      'exiles',
      'abroad',
    ]);
    expect(meaningfulWords('who is')).toEqual(['who', 'is']);
  });

  test("Pagefind's loose matches are refused; real words, stems, prefixes and near spellings are kept", () => {
    expect(answers('G.', 'galeoti')).toBe(false);
    expect(answers('as', 'asdfgh')).toBe(false);
    expect(answers('CoE', 'cotiero')).toBe(false);
    expect(answers('surveillance', 'surveilance')).toBe(true);
    expect(answers('repression,', 'repressoin')).toBe(true);
    expect(answers('extradition', 'extrad')).toBe(true);
    expect(answers('spy', 'spying')).toBe(true);
    expect(isRealMatch(['Some title', 'a <mark>B.</mark> Lemon'], ['blorf'])).toBe(false);
    expect(isRealMatch(['Interpol', 'the <mark>Interpol</mark> notice'], ['interpol'])).toBe(true);
  });

  test('stems and edit distance', () => {
    expect(sameStem('embassy', 'embassies')).toBe(true);
    expect(sameStem('interpol', 'interpoll')).toBe(false);
    expect(editDistance('extradtion', 'extradition')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  test('a misspelling is corrected from the vocabulary only within the slips its length allows', () => {
    const vocabulary = searchVocabulary(['Galeotti', 'Interpol red-notice abuse', 'non-refoulement', 'Kazakhstan']);
    expect(vocabulary).toContain('refoulement');
    expect(closestWord('galeoti', vocabulary)).toBe('galeotti');
    expect(closestWord('kazakstan', vocabulary)).toBe('kazakhstan');
    expect(closestWord('interpoll', vocabulary)).toBe('interpol');
    expect(closestWord('xqzvbn', vocabulary)).toBeUndefined();
    expect(closestWord('abu', vocabulary)).toBeUndefined();
    expect(closestWord('spying', searchVocabulary(['Arab Spring']))).toBeUndefined();
    expect(closestWord('sgring', searchVocabulary(['Arab Spring']))).toBeUndefined();
    expect(closestWord('sprnig', searchVocabulary(['Arab Spring']))).toBe('spring');
  });
});

describe('A-Z index', () => {
  test('by first letter, accents folded, digits and symbols under #, listed first', () => {
    expect(letterOf('Óscar')).toBe('O');
    expect(letterOf('“Foreign agent” laws')).toBe('F');
    expect(letterOf('2019 vote')).toBe('#');
    const index = azIndex([
      { title: 'red notice', href: '/g/', type: 'Glossary term' },
      { title: 'Russia', href: '/a/', type: 'Actor' },
      { title: '2019 vote', href: '/c/', type: 'Case' },
      { title: 'Argentina', href: '/b/', type: 'Actor' },
    ]);
    expect(index.map((l) => l.letter)).toEqual(['#', 'A', 'R']);
    expect(index.at(-1)!.items.map((i) => i.title)).toEqual(['red notice', 'Russia']);
    expect(index[0]!.id).toBe('az-num');
  });
});

describe('trust: dates and publisher', () => {
  const entry = { title: 'T', summary: 'A summary that is long enough to pass.' };
  test('published and reviewed are required full dates; an unquoted YAML date is accepted as its day', () => {
    expect(base.safeParse({ ...entry, published: '2026-11-24', reviewed: '2026-11-26' }).success).toBe(true);
    expect(
      base.safeParse({ ...entry, published: new Date('2026-11-24T00:00:00Z'), reviewed: '2026-11-26' }).data?.published,
    ).toBe('2026-11-24');
    const missing = base.safeParse(entry);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['published', 'reviewed']);
    expect(
      base.safeParse({ ...entry, published: '2026-02-30', reviewed: '2026-11' }).error?.issues.map((i) => i.message),
    ).toEqual([
      'is not a day of the calendar; check the month and day',
      "must be a date written 'YYYY-MM-DD', in quotes",
    ]);
  });

  test('contact and corrections come from the config, or from the repository when it is set', () => {
    const href = (p: string) => `/base${p}`;
    const plain = siteConfigSchema.parse({
      title: 'S',
      description: 'A description of twenty characters or more.',
      publisher: 'P',
    });
    expect(publisherLinks(plain, href)).toEqual({ name: 'P' });
    expect(plain.quickExit.url).toMatch(/^https:\/\//);
    const repo = siteConfigSchema.parse({ ...plain, repository: 'https://github.com/o/r' });
    expect(publisherLinks(repo, href)).toMatchObject({
      contact: 'https://github.com/o/r/issues',
      corrections: 'https://github.com/o/r/issues/new',
    });
    const own = siteConfigSchema.parse({
      ...plain,
      contact: 'editors@example.org',
      corrections: '/method/#corrections',
    });
    expect(publisherLinks(own, href)).toMatchObject({
      contact: 'mailto:editors@example.org',
      corrections: '/base/method/#corrections',
    });
    expect(siteConfigSchema.safeParse({ ...plain, contact: 'not an address' }).success).toBe(false);
    expect(siteConfigSchema.safeParse({ ...plain, quickExit: { url: 'http://example.org/' } }).success).toBe(false);
  });
});

describe('what tools follow', () => {
  test('the Atom feed escapes text and lists entries newest review first', () => {
    const xml = atomFeed({
      title: 'A & B',
      subtitle: 'Sub',
      siteUrl: 'https://x.example/',
      feedUrl: 'https://x.example/feed.xml',
      author: 'Editors',
      lang: 'en',
      entries: [
        {
          title: 'Old',
          summary: 's',
          url: 'https://x.example/a/',
          category: 'Tactic',
          published: '2026-01-01',
          reviewed: '2026-01-02',
        },
        {
          title: 'New <b>',
          summary: 's',
          url: 'https://x.example/b/',
          category: 'Case',
          published: '2026-02-01',
          reviewed: '2026-03-01',
        },
      ],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<updated>2026-03-01T00:00:00Z</updated>');
    expect(xml.indexOf('New &lt;b&gt;')).toBeLessThan(xml.indexOf('Old'));
  });

  test('JSON-LD types follow the collection, and absolute addresses appear only when known', () => {
    const common = { title: 'T', description: 'D', siteName: 'S', publisher: { name: 'P' }, lang: 'en' };
    expect(structuredData({ ...common, collection: 'glossary' }).mainEntity).toMatchObject({ '@type': 'DefinedTerm' });
    expect(structuredData({ ...common, collection: 'cases', data: { date: '2019-11' } }).mainEntity).toMatchObject({
      '@type': 'Event',
      startDate: '2019-11',
    });
    expect(structuredData({ ...common, collection: 'actors', data: { kind: 'state' } }).mainEntity).toMatchObject({
      '@type': 'Country',
    });
    expect(
      structuredData({
        ...common,
        collection: 'sources',
        data: { type: 'article-journal', author: [{ family: 'Lemon', given: 'E.' }] },
      }).mainEntity,
    ).toMatchObject({
      '@type': 'ScholarlyArticle',
      author: [{ '@type': 'Person', name: 'E. Lemon' }],
    });
    expect(structuredData({ ...common, collection: 'pages', id: 'about' })['@type']).toBe('AboutPage');
    expect(structuredData({ ...common, collection: 'home' })['@type']).toBe('WebSite');
    expect(structuredData({ ...common, collection: 'tactics' })).not.toHaveProperty('url');
    expect(jsonLdText({ name: '</script><script>' })).not.toContain('</script>');
  });
});

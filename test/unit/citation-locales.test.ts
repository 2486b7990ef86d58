/** Notes and references in the page language's CSL terms; the works' data as published. */
import { describe, expect, test } from 'vitest';
import { searchNote } from '../../src/build/editions.ts';
import { cslLocaleTag } from '../../src/citations/csl-locales.ts';
import { createFormatter } from '../../src/citations/formatter.ts';
import { noteWord } from '../../src/citations/markdown-plugin.ts';
import type { CslItem } from '../../src/citations/csl-items.ts';

const items = [
  {
    id: 'three',
    type: 'article-journal',
    title: 'On cooperation',
    author: [
      { family: 'Smith', given: 'Ann' },
      { family: 'Jones', given: 'Bo' },
      { family: 'Brown', given: 'Cy' },
    ],
    'container-title': 'Journal of Things',
  },
] as unknown as CslItem[];

describe('CSL locale of a page language', () => {
  test('picks the regional variant the CSL locales repository has, else English', () => {
    expect(cslLocaleTag('ru')).toBe('ru-RU');
    expect(cslLocaleTag('ar')).toBe('ar');
    expect(cslLocaleTag('en')).toBe('en-US');
    expect(cslLocaleTag('fr')).toBe('fr-FR');
    expect(cslLocaleTag('zz')).toBe('en-US');
  });

  // citeproc parses the style once per engine, which takes a second or two: one engine per language.
  test('Russian and Arabic terms around the same data', { timeout: 30_000 }, () => {
    const engines = new Map(['en', 'ru', 'ar'].map((lang) => [lang, createFormatter(items, 'apa', lang)]));
    const short = (lang: string) => engines.get(lang)!.short('three', 'p. 5');
    const full = (lang: string) => engines.get(lang)!.reference('three').text;
    expect(short('en')).toBe('Smith et al., n.d., p. 5');
    expect(short('ru')).toBe('Smith и др., б. д., с. 5');
    expect(short('ar')).toContain('وآخرون');
    expect(short('ar')).toContain('د.ت');
    // The data stays as published: names and title untouched.
    for (const lang of ['ru', 'ar']) expect(full(lang)).toContain('Smith, A., Jones, B., & Brown, C.');
    expect(full('ru')).toContain('(б. д.). On cooperation. Journal of Things.');
  });

  test('a page item under a new id is formatted instead of the stored one', { timeout: 30_000 }, () => {
    const page = { id: 'p', type: 'webpage', title: 'English title', author: [{ literal: 'Editors' }] } as CslItem;
    const f = createFormatter([page], 'apa', 'ru');
    expect(f.standalone('p').text).toContain('English title');
    expect(f.standalone('p', { ...page, id: 'p.ru', title: 'Русский заголовок' }).text).toContain('Русский заголовок');
  });
});

describe('offline editions: the search page note in the page language', () => {
  test('each mode, each language, with the command as code', () => {
    expect(searchNote('folder', 'ru')).toContain('<strong>Офлайн-копия.</strong>');
    expect(searchNote('folder', 'ru')).toContain('<code>python3 -m http.server</code>');
    expect(searchNote('zim', 'ar')).toContain('Kiwix');
    expect(searchNote('zim', 'ar')).toContain('استخدم مربع البحث');
    expect(searchNote('zim', 'en')).toContain('Reading in Kiwix?');
    expect(searchNote('folder', 'pt-BR')).toContain('Offline copy.');
  });
});

describe('note references read out in the text’s language', () => {
  test('a translation file gets its locale’s word, the source the default', () => {
    expect(noteWord('/site/content/threats/x.ru.mdx')).toBe('Примечание');
    expect(noteWord('/site/content/threats/x.ar.mdx')).toBe('الحاشية');
    expect(noteWord('/site/content/threats/x.mdx')).toBe('Note');
    expect(noteWord(undefined)).toBe('Note');
  });
});

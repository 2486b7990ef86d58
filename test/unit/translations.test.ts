import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { factParity, numbersIn } from '../../src/check/fact-parity.ts';
import { statusCounts, uiStringProblems } from '../../src/check/translations.ts';
import * as en from '../../src/i18n/en.ts';
import { localizedPath, siteLocales, splitLocale, withoutBase } from '../../src/i18n/locales.ts';
import { keyDifferences, stringFiles } from '../../src/i18n/strings.ts';
import { sourceHash } from '../../src/loading/translations.ts';
import { dropLinksTo } from '../../src/build/portable.ts';
import { edit, locales, translatedFixture } from '../support/translation-fixture.ts';

const check = (dir: string) => checkProject(process.cwd(), { contentRoot: dir, today: '2026-01-01' });
const stateOf = (dir: string, locale: string, key: string) =>
  check(dir).translations.find((s) => s.locale === locale && `${s.collection}/${s.id}` === key)?.state;

describe('translation status', () => {
  test('a fresh translation is translated; the rest of the entries are missing', () => {
    const result = check(translatedFixture());
    expect(result.errors).toEqual([]);
    const counts = statusCounts(result.translations);
    expect(counts.get('ru')).toMatchObject({ translated: 1, outdated: 0 });
    expect(counts.get('ar')).toMatchObject({ translated: 1, outdated: 0 });
    // One row per entry of every prose collection, per locale.
    expect(counts.get('ru')!.missing).toBe(result.entries.filter((e) => e.collection !== 'sources').length - 1);
  });

  test('changing the English text marks its translation outdated, with the new hash in the warning', () => {
    const dir = translatedFixture();
    edit(dir, 'threats/domestic-opponents.mdx', (t) => t.replace('look abroad for help', 'look abroad for support'));
    const result = check(dir);
    expect(stateOf(dir, 'ru', 'threats/domestic-opponents')).toBe('outdated');
    const warning = result.problems.find((p) => p.field === 'translates');
    expect(warning?.severity).toBe('warning');
    expect(warning?.file).toMatch(/domestic-opponents\.ru\.mdx$/);
    expect(warning?.message).toMatch(/has changed since this translation was made \(\w{12}, now \w{12}\)/);
    // The Arabic translation of another entry is untouched.
    expect(stateOf(dir, 'ar', 'pages/about')).toBe('translated');
  });

  test('changing only relations or order does not make a translation outdated', () => {
    const dir = translatedFixture();
    edit(dir, 'threats/domestic-opponents.mdx', (t) => t.replace('order: 1', 'order: 5'));
    expect(stateOf(dir, 'ru', 'threats/domestic-opponents')).toBe('translated');
  });

  test('the hash ignores Windows line endings and trailing spaces', () => {
    const body = 'One line.\n\nTwo lines.';
    const data = { title: 'T', summary: 'S' };
    expect(sourceHash({ data, body: body.replace(/\n/g, '\r\n').replace('One line.', 'One line.  ') })).toBe(
      sourceHash({ data, body }),
    );
  });

  test('a translation that sets a relation is refused: relations come from the source', () => {
    const dir = translatedFixture();
    edit(dir, 'threats/domestic-opponents.ru.mdx', (t) =>
      t.replace('---\nПравительства', 'order: 3\n---\nПравительства'),
    );
    const problem = check(dir).errors.find((p) => p.field === 'order');
    expect(problem?.message).toMatch(/a translation carries only text.*comes from .*domestic-opponents\.mdx/);
  });

  test('translated text goes through the content gate: a script is refused', () => {
    const dir = translatedFixture();
    edit(dir, 'pages/about.ar.mdx', (t) => `${t}\n<script>alert(1)</script>\n`);
    expect(check(dir).errors.some((p) => p.file.endsWith('about.ar.mdx') && p.field === 'script')).toBe(true);
  });

  test('unknown citation keys, unknown links, unknown locales and orphans are errors', () => {
    const dir = translatedFixture();
    edit(dir, 'threats/domestic-opponents.ru.mdx', (t) =>
      t.replace('@doe-2020', '@doe-2021').replace('/tactics/shared-watchlists/', '/tactics/nowhere/'),
    );
    writeFileSync(join(dir, 'pages/about.fr.mdx'), readFileSync(join(dir, 'pages/about.ar.mdx')));
    writeFileSync(join(dir, 'pages/abut.ru.mdx'), readFileSync(join(dir, 'pages/about.ar.mdx')));
    const result = check(dir);
    const fields = result.errors.filter((p) => p.file.endsWith('.ru.mdx')).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['citation', 'link']));
    const messages = result.errors.map((p) => p.message).join('\n');
    expect(messages).toMatch(/"fr" is not a locale in content\/site\.json/);
    expect(messages).toMatch(/translates "abut", which is not an entry in content\/pages\/.*did you mean "about"/i);
  });

  test('a translation without a hash is told the current one', () => {
    const dir = translatedFixture();
    edit(dir, 'pages/about.ar.mdx', (t) => t.replace(/translates: \w+/, 'translates: new'));
    const problem = check(dir).errors.find((p) => p.field === 'translates');
    expect(problem?.message).toMatch(/the source's current hash is [0-9a-f]{12}/);
  });
});

describe('fact parity', () => {
  test('numbers are compared however each language writes them', () => {
    expect(numbersIn('In December 2010 it shut 2,000 websites [@kerr-2018], 3.5 per cent')).toEqual([
      '2000',
      '2010',
      '3.5',
    ]);
    expect(numbersIn('В декабре 2010 года закрыла 2 000 сайтов, 3,5 процента')).toEqual(['2000', '2010', '3.5']);
    expect(numbersIn('في ديسمبر ٢٠١٠ أغلقت 2000 موقع')).toEqual(['2000', '2010']);
    expect(factParity('shut 2,000 sites in 2010', 'закрыла 2 000 сайтов в 2010 году')).toEqual({
      missing: [],
      extra: [],
    });
  });

  test('a changed number in a fixture translation is caught by the check', () => {
    const dir = translatedFixture();
    edit(dir, 'threats/domestic-opponents.ru.mdx', (t) => t.replace('за рубежом', 'за рубежом (в 2019 году)'));
    const result = check(dir);
    const warning = result.problems.find((p) => p.field === 'figures');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('2019 is in this translation but not in the source');
    expect(result.translations.find((s) => s.locale === 'ru' && s.id === 'domestic-opponents')?.factWarnings).toEqual([
      '2019 is in this translation but not in the source',
    ]);
  });

  test('a number dropped from the translation is caught too', () => {
    expect(factParity('2,000 websites in December 2010', '2 000 сайтов в декабре').missing).toEqual(['2010']);
  });
});

describe('UI strings per locale', () => {
  test('ru and ar have exactly the keys of en', () => {
    expect(uiStringProblems(siteLocales({ lang: 'en', locales: locales as never }))).toEqual([]);
  });

  test('a missing or extra key fails the check', () => {
    const broken = {
      ...stringFiles['ru']!,
      ui: { ...stringFiles['ru']!.ui, extra: 'x' },
    };
    delete (broken.ui as Partial<typeof broken.ui>).close;
    const problems = uiStringProblems(siteLocales({ lang: 'en', locales: locales as never }), {
      ...stringFiles,
      ru: broken,
    });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'src/i18n/ru.ts: ui.close',
      'src/i18n/ru.ts: ui.extra',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  test('key paths reach nested groups', () => {
    expect(keyDifferences({ a: { b: '1', c: '2' } }, { a: { b: '1' } })).toEqual({ missing: ['a.c'], extra: [] });
  });

  test('entry counts follow the plural rules of each language', () => {
    const count = (code: string) => stringFiles[code]!.ui.entryCount;
    expect([1, 2, 5].map(count('en'))).toEqual(['1 entry', '2 entries', '5 entries']);
    expect([1, 3, 5, 11, 21, 22, 25].map(count('ru'))).toEqual([
      '1 материал',
      '3 материала',
      '5 материалов',
      '11 материалов',
      '21 материал',
      '22 материала',
      '25 материалов',
    ]);
    expect([0, 1, 2, 3, 10, 11, 100].map(count('ar'))).toEqual([
      'لا مواد',
      'مادة واحدة',
      'مادتان',
      '3 مواد',
      '10 مواد',
      '11 مادة',
      '100 مادة',
    ]);
  });

  test("related headings use the site's collection labels in English and their own words elsewhere", async () => {
    const { fill } = en;
    const words = { Tactics: 'Moves', threat: 'risk', tactics: 'moves' };
    expect(fill(en.ui.related.threatTactics, words)).toBe('Moves that answer this risk');
    expect(fill(stringFiles['ru']!.ui.related.threatTactics, words)).toBe('Тактики, отвечающие на эту угрозу');
  });

  test('dates and numbers are written for the locale', () => {
    expect(en.formatPartialDate('2010-12')).toBe('December 2010');
    expect(en.formatPartialDate('2017-06-03')).toBe('3 June 2017');
    expect(en.formatPartialDate('2017-06-03', 'ru')).toBe('3 июня 2017 г.');
    expect(en.formatPartialDate('2017-06', 'ar')).toBe('يونيو 2017');
    expect(en.formatPartialDate('1976')).toBe('1976');
  });
});

describe('locale paths', () => {
  const all = siteLocales({ lang: 'en', locales: locales as never });
  const ru = all.find((l) => l.code === 'ru')!;
  test('other locales live under /<code>/; English at the root', () => {
    expect(localizedPath(all[0]!, '/threats/')).toBe('/threats/');
    expect(localizedPath(ru, '/threats/x/')).toBe('/ru/threats/x/');
    // Sections published in one language only keep their address.
    expect(localizedPath(ru, '/sources/x/')).toBe('/sources/x/');
    // Explainers have pages in every language.
    expect(localizedPath(ru, '/explainers/')).toBe('/ru/explainers/');
    // Training modules have pages in every language; their files (kits) keep their address.
    expect(localizedPath(ru, '/modules/m/present/')).toBe('/ru/modules/m/present/');
    expect(localizedPath(ru, '/modules/m/m-offline.html')).toBe('/modules/m/m-offline.html');
    // There is one 404 page, in every language at once.
    expect(localizedPath(ru, '/404/')).toBe('/404/');
    expect(splitLocale('/ru/threats/x/', all)).toMatchObject({ locale: { code: 'ru' }, path: '/threats/x/' });
    expect(splitLocale('/russia/', all)).toMatchObject({ locale: { code: 'en' }, path: '/russia/' });
    expect(withoutBase('/counterpoint/ar/', '/counterpoint/')).toBe('/ar/');
  });
});

describe('one-language offline copies', () => {
  const page = [
    '<link rel="alternate" hreflang="en" href="/cp/threats/x/">',
    '<link rel="alternate" hreflang="ar" href="https://example.org/cp/ar/threats/x/">',
    '<nav class="language-switcher" aria-label="Language"><ul>',
    '<li><a href="/cp/threats/x/" hreflang="en" lang="en">English</a></li>',
    '<li><a href="/cp/ar/threats/x/" hreflang="ar" lang="ar">العربية</a></li>',
    '</ul></nav>',
    '<td><a href="/cp/ar/threats/x/" lang="ar" dir="rtl">ترجمة</a></td><a href="/cp/about/">About</a>',
  ].join('');

  test('links to a left-out language become text, its alternates and switcher entries go', () => {
    const html = dropLinksTo(page, ['/cp/ar/']);
    expect(html).not.toContain('/ar/');
    expect(html).toContain('hreflang="en" href="/cp/threats/x/"');
    // One language left: no switcher.
    expect(html).not.toContain('language-switcher');
    expect(html).toContain('<td><span lang="ar" dir="rtl">ترجمة</span></td><a href="/cp/about/">About</a>');
  });

  test('a switcher keeps the languages the copy holds', () => {
    const three = page.replace(
      '</ul>',
      '<li><a href="/cp/ru/threats/x/" hreflang="ru" lang="ru">Русский</a></li></ul>',
    );
    const html = dropLinksTo(three, ['/cp/ar/']);
    expect(html).toContain('language-switcher');
    expect(html).toContain('>Русский</a>');
    expect(html).not.toContain('>العربية</a>');
    expect(dropLinksTo(three, [])).toBe(three);
  });
});

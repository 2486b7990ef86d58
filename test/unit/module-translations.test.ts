import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { uiStringProblems } from '../../src/check/translations.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { stringFiles } from '../../src/i18n/strings.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { sourceHash } from '../../src/loading/translations.ts';
import { translateModule } from '../../src/site/translate-module.ts';
import { edit, locales, moduleTranslation, translatedFixture } from '../support/translation-fixture.ts';

const check = (dir: string) => checkProject(process.cwd(), { contentRoot: dir, today: '2026-01-01' });
const file = 'modules/intro-module.ru.mdx';

/** The fixture with a current Russian translation of its module. */
function withModule(change: (text: string) => string = (t) => t): string {
  const dir = translatedFixture();
  writeFileSync(join(dir, file), change(moduleTranslation(dir)));
  return dir;
}
const stateOf = (dir: string) =>
  check(dir).translations.find((s) => s.locale === 'ru' && s.collection === 'modules' && s.id === 'intro-module')
    ?.state;
/** The 1-based line of the translation that starts with `start`. */
const lineOf = (dir: string, start: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(start)) + 1;
const problemsOf = (dir: string) => check(dir).problems.filter((p) => p.file.endsWith(file));

describe('module translations', () => {
  test('a translation of every section and slide is valid and counts as translated', () => {
    const dir = withModule();
    expect(problemsOf(dir)).toEqual([]);
    expect(stateOf(dir)).toBe('translated');
  });

  test('changing one English slide point marks the translation outdated', () => {
    const dir = withModule();
    edit(dir, 'modules/intro-module.mdx', (t) =>
      t.replace('A shared watchlist can mean arrest when travelling', 'A shared watchlist can mean arrest abroad'),
    );
    expect(stateOf(dir)).toBe('outdated');
    const warning = problemsOf(dir).find((p) => p.field === 'translates');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/has changed since this translation was made/);
  });

  test.each([
    [
      'an objective',
      (t: string) => t.replace('Name one way to warn people at risk\n', 'Name two ways to warn people at risk\n'),
    ],
    ['a section title', (t: string) => t.replace('title: Shared watchlists', 'title: Watchlists shared')],
    ['a slide title', (t: string) => t.replace('title: Your turn', 'title: Over to you')],
    ['an exercise answer', (t: string) => t.replace('pressure on family at home', 'pressure on relatives')],
    ['facilitator notes', (t: string) => t.replace('Keep it to ten minutes.', 'Keep it short.')],
  ])('changing %s changes the source hash', (_, change) => {
    const dir = withModule();
    edit(dir, 'modules/intro-module.mdx', change);
    expect(stateOf(dir)).toBe('outdated');
  });

  test('changing minutes, kinds or relations leaves the translation current', () => {
    const dir = withModule();
    edit(dir, 'modules/intro-module.mdx', (t) =>
      t
        .replace('duration: 30', 'duration: 35')
        .replace('minutes: 10', 'minutes: 15')
        .replace('kind: synthesis', 'kind: discussion'),
    );
    expect(stateOf(dir)).toBe('translated');
  });

  test('entries without module text hash as they did before modules were translatable', () => {
    // The hash of title, summary and body alone, as every existing translation recorded it.
    const before = createHash('sha256').update(['T', 'S', 'Body.'].join('\n\u0000\n')).digest('hex').slice(0, 12);
    expect(sourceHash({ data: { title: 'T', summary: 'S', order: 1 }, body: 'Body.' })).toBe(before);
  });

  test('a slide missing from the translation is one error naming file, line, field and fix', () => {
    const dir = withModule((t) => t.replace(/ {6}- title: Ваша очередь\n {8}activity: [^\n]*\n/, ''));
    const errors = problemsOf(dir).filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error!.field).toBe('sections[2].slides');
    expect(error!.line).toBe(lineOf(dir, '    slides:'));
    expect(error!.message).toMatch(
      /^has 1 slide but .*intro-module\.mdx has 2 slides; translate each of the source's slides, one for one and in the same order$/,
    );
    expect(formatProblem(error!).split('\n')).toHaveLength(1);
    expect(check(dir).errors).toHaveLength(1);
  });

  test('a point too many, a missing question and a missing section are each named', () => {
    const dir = withModule((t) =>
      t
        .replace(
          '          - Общий список наблюдения может означать арест в поездке\n',
          '          - Общий список\n          - Лишний пункт\n          - Ещё один\n',
        )
        .replace('    questions: [Кто был под наблюдением, и кем?]\n', ''),
    );
    const fields = problemsOf(dir)
      .filter((p) => p.severity === 'error')
      .map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['sections[2].slides[0].points', 'sections[0].questions']));
    const fewer = withModule((t) => `${t.slice(0, t.indexOf('  - title: Что мы уносим'))}---\nТекст.\n`);
    const sections = problemsOf(fewer).filter((p) => p.field === 'sections');
    expect(sections).toHaveLength(1);
    expect(sections[0]!.message).toMatch(/has 2 sections but .* has 3 sections/);
  });

  test('kinds, minutes and figures belong to the source: setting one is refused with its origin', () => {
    const dir = withModule((t) =>
      t.replace('  - title: Что вы уже знаете?\n', '  - title: Что вы уже знаете?\n    minutes: 10\n'),
    );
    const error = problemsOf(dir).find((p) => p.field === 'sections[0].minutes');
    expect(error?.severity).toBe('error');
    expect(error?.message).toMatch(/comes from .*intro-module\.mdx, so remove it here/);
    expect(error?.line).toBe(lineOf(dir, '    minutes: 10'));
  });

  test('section and slide text goes through the content gate', () => {
    const dir = withModule((t) =>
      t
        .replace('Арест в поездке;', 'Арест <img src=x onerror=alert(1)> в поездке;')
        .replace('title: Ваша очередь', 'title: Ваша <b>очередь</b>'),
    );
    const errors = problemsOf(dir).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(
      expect.arrayContaining(['sections[1].exercises[0].answer', 'sections[2].slides[1].title']),
    );
  });

  test('a changed figure in a slide and a lost citation are warned about', () => {
    const dir = withModule((t) =>
      t
        .replace('примере 2019 года', 'примере 2018 года')
        .replace('подготовиться [@roe-2019]\n    notes', 'подготовиться.\n    notes'),
    );
    const warnings = problemsOf(dir).filter((p) => p.severity === 'warning');
    expect(warnings.find((p) => p.field === 'figures')?.message).toMatch(
      /2019 is in the source but not in this translation; 2018 is in this translation/,
    );
    // The slide still cites @roe-2019, so nothing is lost yet.
    expect(warnings.find((p) => p.field === 'citation')).toBeUndefined();
    const lost = withModule((t) => t.replaceAll(' [@roe-2019]', ''));
    expect(problemsOf(lost).find((p) => p.field === 'citation')?.message).toMatch(/the source cites @roe-2019/);
  });
});

describe('module words per locale', () => {
  test('ru and ar carry every slide and module word of en, and a missing one fails the check', () => {
    const all = siteLocales({ lang: 'en', locales: locales as never });
    expect(uiStringProblems(all)).toEqual([]);
    const { moduleUi, ...rest } = stringFiles['ar']!;
    const { synthesis: _, ...kinds } = moduleUi.sectionKinds;
    const broken = { ...rest, moduleUi: { ...moduleUi, sectionKinds: kinds } };
    const problems = uiStringProblems(all, { ...stringFiles, ar: broken });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['src/i18n/ar.ts: moduleUi.sectionKinds.synthesis']);
  });

  test('in right-to-left slides the key help names ← as next', () => {
    expect(stringFiles['ar']!.slideUi.keyList[0]![0]).toMatch(/^←/);
    expect(stringFiles['en']!.slideUi.keyList[0]![0]).toMatch(/^→/);
  });
});

describe('translated slides that would not fit', () => {
  test('a translated slide estimated too long for its canvas is a warning naming it; the same slide in English fits', () => {
    const long = Array.from({ length: 25 }, () => 'Раннее предупреждение помогает людям подготовиться').join(', ');
    const dir = withModule((t) => t.replace('Общий список наблюдения может означать арест в поездке', long));
    const warning = problemsOf(dir).find((p) => p.field === 'sections[2].slides[0]');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/is estimated at [\d.]+em of text on a slide with room for [\d.]+em/);
    expect(warning?.line).toBe(lineOf(dir, '      - title: Что мы уносим с собой'));
    expect(check(dir).problems.filter((p) => p.file.endsWith('intro-module.mdx'))).toEqual([]);
  });
});

describe('a module in another language', () => {
  test('takes its text from the translation and its structure (kinds, minutes, figures, lines) from the source', () => {
    const source = {
      title: 'M',
      summary: 'S',
      objectives: ['Know A'],
      prerequisites: [],
      materials: ['Projector'],
      duration: 20,
      sections: [
        {
          title: 'One',
          kind: 'input',
          minutes: 20,
          content: 'C',
          notes: 'N',
          questions: [],
          exercises: [{ prompt: 'P', answer: 'A', lines: 7 }],
          writeLines: 3,
          slides: [{ title: 'Chart', points: [], figure: { kind: 'votes', case: 'x' }, notes: 'Say it' }],
        },
      ],
    } as unknown as Parameters<typeof translateModule>[0];
    const out = translateModule(source, {
      title: 'М',
      summary: 'С',
      objectives: ['Знать А'],
      materials: ['Проектор'],
      sections: [
        {
          title: 'Один',
          content: 'К',
          notes: 'З',
          exercises: [{ prompt: 'В', answer: 'О' }],
          slides: [{ title: 'График', notes: 'Скажите' }],
        },
      ],
    });
    expect(out.title).toBe('М');
    expect(out.materials).toEqual(['Проектор']);
    const s = out.sections[0]!;
    expect([s.title, s.kind, s.minutes, s.writeLines]).toEqual(['Один', 'input', 20, 3]);
    expect(s.exercises).toEqual([{ prompt: 'В', answer: 'О', lines: 7 }]);
    expect(s.slides[0]).toEqual({
      title: 'График',
      points: [],
      figure: { kind: 'votes', case: 'x' },
      notes: 'Скажите',
    });
  });
});

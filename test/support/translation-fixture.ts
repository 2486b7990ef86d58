import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMdx } from '../../src/loading/frontmatter.ts';
import { sourceHash } from '../../src/loading/translations.ts';
import { validFixture } from './fixture-copy.ts';

export const locales = [
  { code: 'en', label: 'English', dir: 'ltr', default: true },
  { code: 'ru', label: 'Русский', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
];

/** The hash a translation of this fixture file must record to be current. */
export function hashOf(dir: string, file: string): string {
  const parsed = parseMdx(readFileSync(join(dir, file), 'utf8'));
  return sourceHash({ data: parsed.data, body: parsed.body });
}

/**
 * A copy of the valid fixture published in en, ru and ar, with a Russian translation of
 * the threat and an Arabic one of the about page, both made from the current sources.
 */
export function translatedFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, locales }, null, 2));
  writeFileSync(
    join(dir, 'threats/domestic-opponents.ru.mdx'),
    `---\ntitle: Внутренние оппоненты\nsummary: Оппозиционные группы внутри страны — первая угроза, которая толкает автократов к сотрудничеству.\ntranslates: ${hashOf(dir, 'threats/domestic-opponents.mdx')}\n---\nПравительства под давлением внутри страны ищут помощи за рубежом [@doe-2020, p. 4].\n\nСм. [тактику](/tactics/shared-watchlists/).\n`,
  );
  writeFileSync(
    join(dir, 'pages/about.ar.mdx'),
    `---\ntitle: عن الموقع\nsummary: ما هذا الموقع التجريبي ولماذا يوجد من أجل الاختبارات.\ntranslates: ${hashOf(dir, 'pages/about.mdx')}\n---\nهذه الصفحة موجودة للاختبارات.\n`,
  );
  return dir;
}

/** Edits a file of a fixture copy in place. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/**
 * A Russian translation of the fixture's training module (modules/intro-module.mdx), made
 * from its current text: every section, question, exercise and slide, one for one. (The
 * source's questions are a YAML flow list, so its comma makes two questions; so here.)
 */
export function moduleTranslation(dir: string, hash = hashOf(dir, 'modules/intro-module.mdx')): string {
  return `---
title: Вводный модуль
summary: Короткое занятие об общих списках наблюдения и раннем предупреждении.
translates: ${hash}
objectives:
  - Объяснить, что такое общий список наблюдения
  - Назвать один способ предупредить людей в опасности
prerequisites: [Нет]
materials: [Проектор, Распечатанные раздаточные материалы]
sections:
  - title: Что вы уже знаете?
    content: Вспомните случай, когда правительство **следило** за людьми за рубежом.
    notes: Попросите людей разбиться на пары. Не больше десяти минут.
    questions: [Кто был под наблюдением, и кем?]
  - title: Общие списки наблюдения
    content: Члены пакта обмениваются именами критиков [@doe-2020].
    notes: Объясните тактику на примере 2019 года.
    exercises:
      - prompt: Назовите два риска общего списка наблюдения.
        answer: Арест в поездке; давление на семью дома.
  - title: Что мы уносим с собой
    content: Раннее предупреждение помогает людям подготовиться [@roe-2019].
    notes: В конце попросите каждого назвать одну идею.
    slides:
      - title: Что мы уносим с собой
        points:
          - Раннее предупреждение помогает людям подготовиться [@roe-2019]
          - Общий список наблюдения может означать арест в поездке
      - title: Ваша очередь
        activity: Назовите один способ предупредить людей в опасности.
---
Короткий модуль для проверки страниц модулей.
`;
}

/** An Arabic translation of the fixture's training module, in the same shape (see moduleTranslation). */
export function arabicModuleTranslation(dir: string, hash = hashOf(dir, 'modules/intro-module.mdx')): string {
  return `---
title: وحدة تمهيدية
summary: جلسة تدريبية قصيرة عن قوائم المراقبة المشتركة والإنذار المبكر.
translates: ${hash}
objectives:
  - أن يشرح ما هي قائمة المراقبة المشتركة
  - أن يذكر طريقة واحدة لتحذير الأشخاص المعرّضين للخطر
prerequisites: [لا شيء]
materials: [جهاز عرض, نشرات مطبوعة]
sections:
  - title: ماذا تعرف من قبل؟
    content: فكّر في مرة **راقبت** فيها حكومةٌ أشخاصًا في الخارج.
    notes: اطلب من المشاركين العمل في أزواج. لا تتجاوز عشر دقائق.
    questions: [من كان مراقَبًا, ومن قِبل من؟]
  - title: قوائم المراقبة المشتركة
    content: يتبادل أعضاء التحالف أسماء المنتقدين [@doe-2020].
    notes: اشرح التكتيك بمثال عام 2019.
    exercises:
      - prompt: اذكر خطرين لقائمة المراقبة المشتركة.
        answer: الاعتقال عند السفر؛ والضغط على العائلة في الوطن.
  - title: ما نخرج به
    content: يساعد الإنذار المبكر الناس على الاستعداد [@roe-2019].
    notes: اختم بأن تطلب من كل شخص فكرة واحدة.
    slides:
      - title: ما نخرج به
        points:
          - يساعد الإنذار المبكر الناس على الاستعداد لما قد يأتي، قبل أن يصل الخطر إليهم أو إلى عائلاتهم [@roe-2019]
          - قد تعني قائمة المراقبة المشتركة الاعتقال عند السفر، حتى في بلد يبدو آمنًا
      - title: دورك الآن
        activity: اذكر طريقة واحدة لتحذير الأشخاص المعرّضين للخطر.
---
وحدة قصيرة لاختبار صفحات الوحدات.
`;
}

/** The translated fixture plus Russian and Arabic translations of its training module. */
export function translatedModuleFixture(): string {
  const dir = translatedFixture();
  writeFileSync(join(dir, 'modules/intro-module.ru.mdx'), moduleTranslation(dir));
  writeFileSync(join(dir, 'modules/intro-module.ar.mdx'), arabicModuleTranslation(dir));
  return dir;
}

/**
 * Translations go through the same gate as their sources (schema, prose rules, citation
 * keys, internal links) and are compared with them: the hash of the source text they
 * record says whether they are current, and their figures must match the source's.
 */
import { citedKeys, findCitations } from '../citations/citations.ts';
import { loadTranslations, sourceHash, type RawTranslation } from '../loading/translations.ts';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { moduleTranslationSchema, translationSchema } from '../schemas/translation.ts';
import { moduleProse, moduleTexts } from '../loading/module-prose.ts';
import { moduleShapeProblems, translatedSlideProblems } from './module-translation.ts';
import type { Locale } from '../schemas/site-config.ts';
import { publishedPaths } from '../site/published.ts';
import * as en from '../i18n/en.ts';
import { keyDifferences, stringFiles } from '../i18n/strings.ts';
import { dirname, resolve } from 'node:path';
import { siteComponents } from './components.ts';
import { personalDataProblems } from './content-rules.ts';
import { checkMarkdown, checkPlainText, type ComponentRule } from './markdown-gate.ts';
import { factParity } from './fact-parity.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { parseFriendly, problemsFromZod } from './zod-problems.ts';
import type { RawEntry } from '../loading/content-files.ts';

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface TranslationStatus {
  locale: string;
  collection: CollectionName;
  id: string;
  /** The source's title, for the status table. */
  title: string;
  state: TranslationState;
  file?: string;
  /** Figures that differ from the source's, e.g. "2,000 in the source is missing". */
  factWarnings: string[];
}

export interface TranslationCheck {
  problems: Problem[];
  status: TranslationStatus[];
}

/** Collections whose entries can be translated: every MDX collection. */
const translatable = (Object.keys(collections) as CollectionName[]).filter((c) => collections[c].format === 'mdx');

export function checkTranslations(options: {
  contentRoot: string;
  projectRoot: string;
  /** Source entries, as content-check loaded them (drafts included; they are skipped here). */
  sources: (RawEntry & { parsed?: Record<string, unknown> })[];
  locales: Locale[];
}): TranslationCheck {
  const { translations, problems } = loadTranslations(options.contentRoot, options.projectRoot);
  const others = options.locales.filter((l) => !l.default);
  const codes = new Set(others.map((l) => l.code.toLowerCase()));
  const byKey = new Map(options.sources.map((e) => [`${e.collection}/${e.id}`, e]));
  const sourceKeys = new Set(options.sources.filter((e) => e.collection === 'sources').map((e) => e.id));
  const paths = knownPaths(options.sources);
  // The same components, with the same checks on their props, as the sources may use.
  const voteCases = options.sources.filter((e) => e.collection === 'cases' && e.parsed?.['vote']).map((e) => e.id);
  const gate = { projectRoot: options.projectRoot, components: siteComponents({ voteCases }) };
  const done = new Map<string, TranslationStatus>();

  for (const t of translations) {
    const source = byKey.get(`${t.collection}/${t.id}`);
    if (!codes.has(t.locale)) {
      problems.push({
        file: t.file,
        line: 1,
        field: 'file name',
        message: `"${t.locale}" is not a locale in content/site.json; add it to "locales" or rename the file.${didYouMean(t.locale, codes)}`,
        severity: 'error',
      });
      continue;
    }
    if (!source) {
      const ids = new Set(options.sources.filter((e) => e.collection === t.collection).map((e) => e.id));
      problems.push({
        file: t.file,
        line: 1,
        field: 'file name',
        message: `translates "${t.id}", which is not an entry in content/${collections[t.collection].dir}/; rename the file after its source.${didYouMean(t.id, ids)}`,
        severity: 'error',
      });
      continue;
    }
    const entryProblems = checkOne(t, source, sourceKeys, paths, gate);
    problems.push(...entryProblems.problems);
    if (entryProblems.invalid) continue;
    done.set(`${t.locale}/${t.collection}/${t.id}`, {
      locale: t.locale,
      collection: t.collection,
      id: t.id,
      title: String((source.data as { title?: unknown }).title ?? t.id),
      state: entryProblems.current ? 'translated' : 'outdated',
      file: t.file,
      factWarnings: entryProblems.factWarnings,
    });
  }

  const status: TranslationStatus[] = [];
  for (const locale of others) {
    for (const e of options.sources) {
      if (!translatable.includes(e.collection) || (e.data as { draft?: unknown }).draft === true) continue;
      const key = `${locale.code.toLowerCase()}/${e.collection}/${e.id}`;
      status.push(
        done.get(key) ?? {
          locale: locale.code,
          collection: e.collection,
          id: e.id,
          title: String((e.data as { title?: unknown }).title ?? e.id),
          state: 'missing',
          factWarnings: [],
        },
      );
    }
  }
  return { problems, status };
}

function checkOne(
  t: RawTranslation,
  source: RawEntry,
  sourceKeys: Set<string>,
  paths: Set<string>,
  gate: { projectRoot: string; components: Record<string, ComponentRule> },
) {
  const problems: Problem[] = [];
  const data = (t.data ?? {}) as Record<string, unknown>;
  const isModule = t.collection === 'modules';
  const schema = isModule ? moduleTranslationSchema : translationSchema;
  // Relations, dates and order belong to the source: say so rather than "unrecognised key".
  const sourceOnly = Object.keys(data).filter((k) => !(k in schema.shape));
  const carries = isModule
    ? 'title, summary, aliases, objectives, prerequisites, materials, the sections\u2019 text and the body'
    : 'title, summary, aliases and the body';
  for (const k of sourceOnly) {
    problems.push({
      file: t.file,
      line: t.lineOf([k]),
      field: k,
      message: `a translation carries only text (${carries}); "${k}" comes from ${source.file}, so remove it here`,
      severity: 'error',
    });
  }
  const cleaned = structuredClone(Object.fromEntries(Object.entries(data).filter(([k]) => !sourceOnly.includes(k))));
  if (isModule) {
    problems.push(...moduleSourceOnlyProblems(t, source.file, cleaned));
    problems.push(...moduleShapeProblems(source, { file: t.file, data: cleaned, lineOf: t.lineOf }));
    problems.push(...translatedSlideProblems(source, { file: t.file, data: cleaned, lineOf: t.lineOf }));
  }
  const result = parseFriendly(schema, cleaned);
  const hash = sourceHash(source);
  if (!result.success) {
    const msgs = problemsFromZod(result.error, t.file, t.lineOf);
    for (const p of msgs) if (p.field === 'translates') p.message += `; the source's current hash is ${hash}`;
    problems.push(...msgs);
  }
  // The same content gate as every source (src/check/markdown-gate.ts): the body as MDX,
  // a module's section and slide prose as Markdown, the other text fields as plain text.
  problems.push(
    ...checkMarkdown(t.body, {
      file: t.file,
      line: t.bodyLine,
      column: 1,
      syntax: t.file.endsWith('.mdx') ? 'mdx' : 'markdown',
      components: gate.components,
      dir: dirname(resolve(gate.projectRoot, t.file)),
    }),
    ...personalDataProblems(t.file, t.body, t.bodyLine),
  );
  const prose = isModule ? moduleProse(cleaned) : [];
  const prosePaths = new Set(prose.map((f) => f.path.join('.')));
  for (const f of prose)
    problems.push(
      ...checkMarkdown(f.text, {
        file: t.file,
        line: t.textLineOf(f.path),
        field: fieldName(f.path),
        components: gate.components,
      }),
    );
  const plain: { path: (string | number)[]; text: unknown }[] = [
    { path: ['title'], text: cleaned['title'] },
    { path: ['summary'], text: cleaned['summary'] },
    ...(Array.isArray(cleaned['aliases']) ? cleaned['aliases'] : []).map((v, i) => ({ path: ['aliases', i], text: v })),
    ...(isModule ? moduleTexts(cleaned).filter((f) => !prosePaths.has(f.path.join('.'))) : []),
  ];
  for (const { path, text } of plain)
    if (typeof text === 'string')
      problems.push(...checkPlainText(text, { file: t.file, line: t.lineOf(path), field: fieldName(path) }));
  // Every text with its line, for the citation and link checks: the body, then a module's prose.
  const texts = [
    { text: t.body, line: (index: number) => t.bodyLine + t.body.slice(0, index).split('\n').length - 1 },
    ...prose.map((f) => ({
      text: f.text,
      line: (index: number) => t.textLineOf(f.path) + f.text.slice(0, index).split('\n').length - 1,
    })),
  ];
  for (const { text, line } of texts)
    for (const c of findCitations(text))
      for (const item of c.items)
        if (!sourceKeys.has(item.key))
          problems.push({
            file: t.file,
            line: line(c.index),
            field: 'citation',
            message: `${c.raw} cites "${item.key}", which is not in content/sources/; use the key the source entry uses.${didYouMean(item.key, sourceKeys)}`,
            severity: 'error',
          });
  const sourceCites = citedKeys([source.body, ...moduleProse(source.data).map((f) => f.text)].join('\n'));
  const ownCites = citedKeys(texts.map((x) => x.text).join('\n'));
  const lost = sourceCites.filter((k) => !ownCites.includes(k));
  if (lost.length)
    problems.push({
      file: t.file,
      line: t.bodyLine,
      field: 'citation',
      message: `the source cites ${lost.map((k) => `@${k}`).join(', ')} but this translation does not; keep every citation of the source`,
      severity: 'warning',
    });
  for (const { text, line } of texts)
    for (const m of text.matchAll(/\]\((\/[^)\s#?]*)(?:[#?][^)\s]*)?(?:\s+"[^"]*")?\)/g)) {
      const path = m[1]!.endsWith('/') ? m[1]! : `${m[1]}/`;
      if (!paths.has(path))
        problems.push({
          file: t.file,
          line: line(m.index),
          field: 'link',
          message: `links to ${m[1]}, which is not a page of this site; link to the English path (the reader's language is added when the page is built)`,
          severity: 'error',
        });
    }
  const translated = result.success ? result.data : undefined;
  const current = translated?.translates === hash;
  if (translated && !current)
    problems.push({
      file: t.file,
      line: t.lineOf(['translates']),
      field: 'translates',
      message: `${source.file} has changed since this translation was made (${translated.translates}, now ${hash}); revise the translation, then set translates: ${hash}`,
      severity: 'warning',
    });
  // Figures in a module's objectives, sections and slides count as well as the body's.
  const sourceText = [
    (source.data as { summary?: string }).summary ?? '',
    source.body,
    ...moduleTexts(source.data).map((f) => f.text),
  ].join('\n');
  const parity = factParity(
    sourceText,
    [String(data['summary'] ?? ''), t.body, ...moduleTexts(cleaned).map((f) => f.text)].join('\n'),
  );
  const factWarnings = [
    ...parity.missing.map((n) => `${n} is in the source but not in this translation`),
    ...parity.extra.map((n) => `${n} is in this translation but not in the source`),
  ];
  if (factWarnings.length)
    problems.push({
      file: t.file,
      line: t.bodyLine,
      field: 'figures',
      message: `${factWarnings.join('; ')}; check the numbers and years against ${source.file}`,
      severity: 'warning',
    });
  return { problems, invalid: !result.success, current, factWarnings };
}

/** sections[2].slides[0].title, as messages name a field. */
function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/** Keys a module translation's sections, exercises and slides may hold: text only. */
const moduleTextKeys = {
  section: ['title', 'content', 'notes', 'questions', 'exercises', 'slides'],
  exercise: ['prompt', 'answer'],
  slide: ['title', 'points', 'question', 'activity', 'notes'],
};

/**
 * A section's kind and minutes, an exercise's lines, a slide's figure: the source's, so a
 * translation that sets one is told where it comes from (and the key is dropped, so the
 * schema does not report it a second time).
 */
function moduleSourceOnlyProblems(t: RawTranslation, sourceFile: string, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const strip = (obj: unknown, allowed: string[], path: (string | number)[]) => {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
    for (const k of Object.keys(obj)) {
      if (allowed.includes(k)) continue;
      problems.push({
        file: t.file,
        line: t.lineOf([...path, k]),
        field: fieldName([...path, k]),
        message: `a translation carries only text; "${k}" comes from ${sourceFile}, so remove it here`,
        severity: 'error',
      });
      delete (obj as Record<string, unknown>)[k];
    }
  };
  const sections = Array.isArray(data['sections']) ? (data['sections'] as Record<string, unknown>[]) : [];
  sections.forEach((s, i) => {
    strip(s, moduleTextKeys.section, ['sections', i]);
    if (Array.isArray(s?.['exercises']))
      (s['exercises'] as unknown[]).forEach((e, j) =>
        strip(e, moduleTextKeys.exercise, ['sections', i, 'exercises', j]),
      );
    if (Array.isArray(s?.['slides']))
      (s['slides'] as unknown[]).forEach((x, j) => strip(x, moduleTextKeys.slide, ['sections', i, 'slides', j]));
  });
  return problems;
}

/** The pages the build writes (src/site/published.ts), as the sources' own link check sees them. */
function knownPaths(sources: (RawEntry & { parsed?: Record<string, unknown> })[]): Set<string> {
  return publishedPaths(sources.map((e) => ({ collection: e.collection, id: e.id, data: e.parsed ?? {} })));
}

/** A UI strings file per non-default locale, with exactly the keys of src/i18n/en.ts. */
export function uiStringProblems(locales: Locale[], files: Record<string, unknown> = stringFiles): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    if (locale.default) continue;
    const file = `src/i18n/${locale.code}.ts`;
    const strings = files[locale.code];
    if (!strings) {
      problems.push({
        file,
        line: 1,
        field: 'file',
        message: `is missing, so the interface of /${locale.code}/ would be in English; copy src/i18n/en.ts, translate it and register it in src/i18n/strings.ts`,
        severity: 'error',
      });
      continue;
    }
    const reference = {
      collectionLabels: en.collectionLabels,
      ui: en.ui,
      slideUi: en.slideUi,
      moduleUi: en.moduleUi,
    };
    const { collectionLabels, ui, slideUi, moduleUi } = strings as Record<string, unknown>;
    const { missing, extra } = keyDifferences(reference, { collectionLabels, ui, slideUi, moduleUi });
    for (const k of missing)
      problems.push({
        file,
        line: 1,
        field: k,
        message: 'is in src/i18n/en.ts but not here; add its translation',
        severity: 'error',
      });
    for (const k of extra)
      problems.push({
        file,
        line: 1,
        field: k,
        message: 'is not in src/i18n/en.ts; remove it or add it there too',
        severity: 'error',
      });
  }
  return problems;
}

/** Counts per locale for the check's summary line and the /translations/ page. */
export function statusCounts(status: TranslationStatus[]): Map<string, Record<TranslationState, number>> {
  const counts = new Map<string, Record<TranslationState, number>>();
  for (const s of status) {
    const c = counts.get(s.locale) ?? { translated: 0, outdated: 0, missing: 0 };
    c[s.state]++;
    counts.set(s.locale, c);
  }
  return counts;
}

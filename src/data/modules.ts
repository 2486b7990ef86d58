/**
 * Training modules as view models: each section's Markdown rendered to HTML, citations
 * numbered across the module, a running clock, and the entries it teaches. The learner
 * view, slides, guide and handout all read this, so they never drift apart. A view is
 * made per language: a translation's text over the source's structure
 * (src/site/translate-module.ts), or the source's text marked as English, with the
 * interface words, durations and numbers of that language.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { CollectionEntry } from 'astro:content';
import { findCitations } from '../citations/citations.ts';
import { citations, sharedNotes, type CitationNote, type SharedNotes } from '../citations/markdown-plugin.ts';
import { fill } from '../i18n/en.ts';
import { localizedPath, withoutBase } from '../i18n/locales.ts';
import { baseLinks } from '../site/base-links.ts';
import { translateModule } from '../site/translate-module.ts';
import { kitFileName } from '../site/routes.ts';
import type { Module, ModuleSection } from '../schemas/modules.ts';
import { entriesOf, isCurrent, translationOf, type EntryLink, type TranslationEntry } from './entries.ts';
import { explainerKinds, type ExplainerKind } from './explainers.ts';
import { relatedGroups } from './related.ts';
import { defaultLocale, localeFor, type PageLocale } from './locale.ts';
import { href, site } from './site.ts';

export interface SectionView {
  index: number;
  title: string;
  kind: ModuleSection['kind'];
  minutes: number;
  /** Minutes from the start of the session when the section begins. */
  startsAt: number;
  content: string;
  /** Explainers placed in the section with <Explainer kind="..." case="..." />. */
  explainers: { kind: ExplainerKind; case?: string }[];
  /** Facilitator notes; empty in the participants' numbering, which leaves them out. */
  notes: string;
  questions: string[];
  exercises: { prompt: string; answer: string; lines: number }[];
  /** Lines of writing space after the section in the handout. */
  writeLines: number;
}

/** Sections with their notes, numbered 1, 2, 3... over exactly the text one view shows. */
export interface NumberedSections {
  sections: SectionView[];
  notes: CitationNote[];
}

export interface SlideView {
  /** The section the slide belongs to, or undefined for the title, objectives and sources slides. */
  section?: number;
  eyebrow: string;
  title: string;
  points: string[];
  question?: string;
  activity?: string;
  figure?: { kind: ExplainerKind; case?: string };
  /** Sources listed on a Sources slide: the note number and the source's key. */
  sources?: { n: number; key: string }[];
  /** Speaker notes (HTML); empty when the slide has none. */
  notes: string;
  /** The planned minutes of the slide's section (0 outside sections). */
  minutes: number;
}

export interface ModuleView {
  id: string;
  entry: CollectionEntry<'modules'>;
  /** The module's data in the view's language: the translation's text over the source's structure. */
  data: Module;
  /** The view's locale, with its interface words. */
  loc: PageLocale;
  /** The translation shown, if any; without one, a view outside the default language falls back. */
  translation?: TranslationEntry | undefined;
  /** Set when the text is the original's (an untranslated module): its language and, if it differs, direction. */
  textLang?: string | undefined;
  textDir?: 'ltr' | 'rtl' | undefined;
  /** The translation was made from an older version of the source. */
  outdated: boolean;
  /** Where the module's pages are in this language, without the base: /ru/modules/<id>/. */
  path: string;
  /** The offline kit's file name in that folder. */
  kitFile: string;
  /** Participants' numbering: the learner page and the handout. */
  sections: SectionView[];
  notes: CitationNote[];
  /** The facilitator guide's numbering, which also counts notes and answers. */
  guide: NumberedSections;
  slides: SlideView[];
  teaches: { heading: string; links: EntryLink[] }[];
}

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/**
 * Links in module text name English paths (/tactics/x/); in another language they lead to
 * the same page in that language, as LocaleLink does for entry bodies.
 */
function localizeLinks(html: string, loc: PageLocale): string {
  if (loc.locale.default) return html;
  const base = import.meta.env.BASE_URL;
  return html.replace(/(<a\s[^>]*?href=")([^"]*)"/g, (whole, start: string, url: string) =>
    url.startsWith(base) && !url.startsWith('//')
      ? `${start}${href(localizedPath(loc.locale, withoutBase(url, base)))}"`
      : whole,
  );
}

/** Renders one section string; its citations continue the module's note count (the same plugin as MDX bodies). */
async function markdown(text: string, notes: CitationNote[], facilitator = false): Promise<string> {
  processor ??= createSatteriMarkdownProcessor({
    mdastPlugins: [citations, baseLinks(import.meta.env.BASE_URL)],
    syntaxHighlight: false,
  });
  const shared: SharedNotes = { notes, facilitator };
  const { code, metadata } = await (await processor).render(text, { frontmatter: { [sharedNotes]: shared } });
  // The plugin hands back the list it added to (the same array unless the renderer copied it).
  const after = metadata.frontmatter['citations'] as CitationNote[] | undefined;
  if (after && after !== notes) notes.splice(0, notes.length, ...after);
  return code;
}

/** A one-paragraph string rendered without its <p> wrapper, for list items and cells. */
async function inline(text: string, notes: CitationNote[], facilitator = false): Promise<string> {
  return (await markdown(text, notes, facilitator)).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

async function inOrder<T, R>(list: readonly T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of list) out.push(await f(item));
  return out;
}

const cache = new Map<string, Promise<ModuleView>>();

/** A module in a language: the default's unless `loc` names another (pass pageLocale(Astro.url)). */
export function moduleView(
  entry: CollectionEntry<'modules'>,
  loc: PageLocale = localeFor(defaultLocale),
): Promise<ModuleView> {
  const key = `${loc.locale.code}/${entry.id}`;
  if (!cache.has(key)) cache.set(key, build(entry, loc));
  return cache.get(key)!;
}

/**
 * One view's numbering: strings render one after another into one note list, so numbers
 * follow the text. The participants' views leave the facilitator's notes and answers out.
 */
async function numbered(data: Module, loc: PageLocale, facilitator: boolean): Promise<NumberedSections> {
  const notes: CitationNote[] = [];
  let clock = 0;
  const sections: SectionView[] = [];
  const md = async (text: string, f = false) => localizeLinks(await markdown(text, notes, f), loc);
  const line = async (text: string, f = false) => localizeLinks(await inline(text, notes, f), loc);
  for (const [index, s] of data.sections.entries()) {
    const content = await md(withoutExplainers(s.content));
    const explainers = explainersIn(s.content);
    const questions = await inOrder(s.questions, (q) => line(q));
    const exercises = await inOrder(s.exercises, async (e) => ({
      prompt: await line(e.prompt),
      answer: facilitator ? await line(e.answer, true) : '',
      lines: e.lines,
    }));
    // Notes come after what participants see, so the guide's numbers still run in reading order.
    const guideNotes = facilitator ? await md(s.notes, true) : '';
    sections.push({
      index,
      title: s.title,
      kind: s.kind,
      minutes: s.minutes,
      startsAt: clock,
      content,
      explainers,
      notes: guideNotes,
      questions,
      exercises,
      writeLines: s.writeLines,
    });
    clock += s.minutes;
  }
  return { sections, notes };
}

async function build(entry: CollectionEntry<'modules'>, loc: PageLocale): Promise<ModuleView> {
  const translation = loc.locale.default ? undefined : await translationOf(entry, loc.locale.code);
  const data = translation ? translateModule(entry.data, translation.data) : entry.data;
  // Untranslated text keeps its own language (and direction), as entries' fallback pages do.
  const fallback = !loc.locale.default && !translation;
  const participants = await numbered(data, loc, false);
  return {
    id: entry.id,
    entry,
    data,
    loc,
    translation,
    textLang: fallback ? site.lang : undefined,
    textDir: fallback && loc.locale.dir !== defaultLocale.dir ? defaultLocale.dir : undefined,
    outdated: translation !== undefined && !isCurrent(entry, translation),
    path: localizedPath(loc.locale, `/modules/${entry.id}/`),
    kitFile: kitFileName(entry.id, loc.locale.default ? '' : loc.locale.code),
    sections: participants.sections,
    notes: participants.notes,
    guide: await numbered(data, loc, true),
    slides: await slides(data, loc),
    teaches: (await relatedGroups(entry, { ui: loc.ui, collectionLabels: loc.collectionLabels })).filter(
      (g) => g.links.length,
    ),
  };
}

/** Sources listed per Sources slide, so the list fits the canvas. */
const sourcesPerSlide = 5;

/**
 * The deck: a title slide, the objectives, each section's authored slides, and Sources
 * slides. On slides a source keeps one number however often it is cited (the order of
 * first citation), so the audience sees small numbers and the Sources slide lists each
 * work once, formatted.
 */
async function slides(d: Module, loc: PageLocale): Promise<SlideView[]> {
  const w = loc.moduleUi;
  const order: string[] = [];
  const cite = (text: string) => numberBySource(text, order);
  // Slide text is cited by source (numberBySource) before it renders, so the citation
  // plugin finds nothing left to number: its note list is a throwaway.
  const slideMarkdown = async (text: string) => localizeLinks(await markdown(text, []), loc);
  const slideInline = async (text: string) => localizeLinks(await inline(text, []), loc);
  const out: SlideView[] = [
    {
      eyebrow: fill(w.titleEyebrow, { duration: loc.minutes(d.duration) }),
      title: d.title,
      points: [],
      notes: await slideMarkdown(
        fill(w.titleNotes, {
          materials: d.materials.join(w.listJoin) || w.noMaterials,
          prerequisites: d.prerequisites.join(w.listJoin) || w.noPrerequisites,
        }),
      ),
      minutes: 0,
    },
    {
      eyebrow: loc.minutes(d.duration),
      title: w.objectivesSlide,
      points: await Promise.all(d.objectives.map((o) => slideInline(o))),
      notes: await slideMarkdown(w.objectivesNotes),
      minutes: 0,
    },
  ];
  for (const [index, s] of d.sections.entries()) {
    const authored = s.slides.length ? s.slides : [{ title: s.title, points: [] }];
    for (const [j, slide] of authored.entries()) {
      const notesText = 'notes' in slide && slide.notes ? slide.notes : j === 0 ? s.notes : '';
      const figure = 'figure' in slide && slide.figure ? checkedFigure(slide.figure) : undefined;
      const view: SlideView = {
        section: index,
        eyebrow: fill(w.sectionEyebrow, {
          n: loc.number(index + 1),
          title: s.title,
          kind: w.sectionKinds[s.kind],
          minutes: loc.minutes(s.minutes, 'short'),
        }),
        title: slide.title,
        points: [],
        notes: notesText ? await slideMarkdown(cite(notesText)) : '',
        minutes: s.minutes,
      };
      for (const p of slide.points) view.points.push(await slideInline(cite(p)));
      if ('question' in slide && slide.question) view.question = await slideInline(cite(slide.question));
      if ('activity' in slide && slide.activity) view.activity = await slideInline(cite(slide.activity));
      if (figure) view.figure = figure;
      out.push(view);
    }
  }
  const cited = order.map((key, i) => ({ n: i + 1, key }));
  for (let i = 0; i < cited.length; i += sourcesPerSlide) {
    const part = Math.floor(i / sourcesPerSlide) + 1;
    const parts = Math.ceil(cited.length / sourcesPerSlide);
    out.push({
      eyebrow: w.sourcesEyebrow,
      title: parts > 1 ? fill(w.sourcesPart, { part: loc.number(part), parts: loc.number(parts) }) : w.sources,
      points: [],
      sources: cited.slice(i, i + sourcesPerSlide),
      notes: '',
      minutes: 0,
    });
  }
  return out;
}

/** Replaces each citation with superscript numbers, one per source, in order of first citation. */
function numberBySource(text: string, order: string[]): string {
  let out = '';
  let last = 0;
  for (const m of findCitations(text)) {
    const ns = m.items.map((item) => {
      if (!order.includes(item.key)) order.push(item.key);
      return order.indexOf(item.key) + 1;
    });
    out += `${text.slice(last, m.index).replace(/\s+$/, '')}<sup class="slide-note">${[...new Set(ns)].join(',')}</sup>`;
    last = m.index + m.raw.length;
  }
  return out + text.slice(last);
}

function checkedFigure(figure: { kind: string; case?: string | undefined }): { kind: ExplainerKind; case?: string } {
  const kind = figure.kind as ExplainerKind;
  if (!explainerKinds.includes(kind))
    throw new Error(
      `invalid slide figure kind: ${JSON.stringify(figure.kind)}; use one of ${explainerKinds.join(', ')}`,
    );
  return figure.case ? { kind, case: figure.case } : { kind };
}

export async function allModules(loc?: PageLocale): Promise<ModuleView[]> {
  return Promise.all((await entriesOf('modules')).map((e) => moduleView(e, loc)));
}

/** One page per module: the learner view, slides, guide and handout all route this way. */
export async function moduleStaticPaths() {
  return (await entriesOf('modules')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const explainerTag = /<Explainer\s+([^>]*?)\s*\/>/g;

/** Section Markdown is plain Markdown, so explainer tags are taken out and rendered by the component. */
function explainersIn(text: string): SectionView['explainers'] {
  return [...text.matchAll(explainerTag)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const kind = attr('kind') as ExplainerKind;
    if (!explainerKinds.includes(kind))
      throw new Error(`invalid explainer kind: ${JSON.stringify(kind)}; use one of ${explainerKinds.join(', ')}`);
    const caseId = attr('case');
    return caseId ? { kind, case: caseId } : { kind };
  });
}

function withoutExplainers(text: string): string {
  return text.replace(explainerTag, '');
}

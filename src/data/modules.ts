/**
 * Training modules as view models: each section's Markdown rendered to HTML, citations
 * numbered across the module, a running clock, and the entries it teaches. The learner
 * view, slides, guide and handout all read this, so they never drift apart.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { CollectionEntry } from 'astro:content';
import { findCitations } from '../citations/citations.ts';
import { citations, sharedNotes, type CitationNote, type SharedNotes } from '../citations/markdown-plugin.ts';
import { baseLinks } from '../site/base-links.ts';
import type { ModuleSection } from '../schemas/modules.ts';
import { entriesOf, outgoing, type EntryLink } from './entries.ts';
import { explainerKinds, type ExplainerKind } from './explainers.ts';

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
  /** Participants' numbering: the learner page and the handout. */
  sections: SectionView[];
  notes: CitationNote[];
  /** The facilitator guide's numbering, which also counts notes and answers. */
  guide: NumberedSections;
  slides: SlideView[];
  teaches: { heading: string; links: EntryLink[] }[];
}

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

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

export function moduleView(entry: CollectionEntry<'modules'>): Promise<ModuleView> {
  if (!cache.has(entry.id)) cache.set(entry.id, build(entry));
  return cache.get(entry.id)!;
}

/**
 * One view's numbering: strings render one after another into one note list, so numbers
 * follow the text. The participants' views leave the facilitator's notes and answers out.
 */
async function numbered(entry: CollectionEntry<'modules'>, facilitator: boolean): Promise<NumberedSections> {
  const notes: CitationNote[] = [];
  let clock = 0;
  const sections: SectionView[] = [];
  for (const [index, s] of entry.data.sections.entries()) {
    const content = await markdown(withoutExplainers(s.content), notes);
    const explainers = explainersIn(s.content);
    const questions = await inOrder(s.questions, (q) => inline(q, notes));
    const exercises = await inOrder(s.exercises, async (e) => ({
      prompt: await inline(e.prompt, notes),
      answer: facilitator ? await inline(e.answer, notes, true) : '',
      lines: e.lines,
    }));
    // Notes come after what participants see, so the guide's numbers still run in reading order.
    const guideNotes = facilitator ? await markdown(s.notes, notes, true) : '';
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

async function build(entry: CollectionEntry<'modules'>): Promise<ModuleView> {
  const participants = await numbered(entry, false);
  return {
    id: entry.id,
    entry,
    sections: participants.sections,
    notes: participants.notes,
    guide: await numbered(entry, true),
    slides: await slides(entry),
    teaches: [
      { heading: 'Tactics taught', links: await outgoing(entry, 'tactics') },
      { heading: 'Counter-strategies taught', links: await outgoing(entry, 'counters') },
      { heading: 'Cases used', links: await outgoing(entry, 'cases') },
    ].filter((g) => g.links.length),
  };
}

/** What each kind of section is called on the module page, the schedule and the slides. */
export const sectionKindLabel = {
  activity: 'Activity',
  discussion: 'Discussion',
  input: 'Input',
  deepening: 'Deepening',
  synthesis: 'Synthesis',
};
/** Sources listed per Sources slide, so the list fits the canvas. */
const sourcesPerSlide = 5;

/**
 * The deck: a title slide, the objectives, each section's authored slides, and Sources
 * slides. On slides a source keeps one number however often it is cited (the order of
 * first citation), so the audience sees small numbers and the Sources slide lists each
 * work once, formatted.
 */
async function slides(entry: CollectionEntry<'modules'>): Promise<SlideView[]> {
  const d = entry.data;
  const order: string[] = [];
  const cite = (text: string) => numberBySource(text, order);
  // Slide text is cited by source (numberBySource) before it renders, so the citation
  // plugin finds nothing left to number: its note list is a throwaway.
  const slideMarkdown = (text: string) => markdown(text, []);
  const slideInline = (text: string) => inline(text, []);
  const out: SlideView[] = [
    {
      eyebrow: `Training module · ${d.duration} minutes`,
      title: d.title,
      points: [],
      notes: await slideMarkdown(
        `Materials: ${d.materials.join('; ') || 'none'}. Before starting: ${d.prerequisites.join('; ') || 'nothing'}.`,
      ),
      minutes: 0,
    },
    {
      eyebrow: `${d.duration} minutes`,
      title: 'By the end of this session you can',
      points: await Promise.all(d.objectives.map((o) => slideInline(o))),
      notes: await slideMarkdown('Read the objectives aloud and check everyone can see the screen.'),
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
        eyebrow: `${index + 1}. ${s.title} · ${sectionKindLabel[s.kind]} · ${s.minutes} min`,
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
      eyebrow: 'Notes on the slides',
      title: parts > 1 ? `Sources (${part} of ${parts})` : 'Sources',
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

export async function allModules(): Promise<ModuleView[]> {
  return Promise.all((await entriesOf('modules')).map(moduleView));
}

/** "0:15" for 15 minutes: the running clock of a schedule. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One page per module: the learner view, slides, guide and handout all route this way. */
export async function moduleStaticPaths() {
  return (await allModules()).map((module) => ({ params: { id: module.id }, props: { module } }));
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

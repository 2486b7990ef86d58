/**
 * Training modules as view models: each section's Markdown rendered to HTML, citations
 * numbered across the module, a running clock, and the entries it teaches. The learner
 * view, slides, guide and handout all read this, so they never drift apart.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { CollectionEntry } from 'astro:content';
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
  notes: string;
  questions: string[];
  exercises: { prompt: string; answer: string }[];
}

export interface ModuleView {
  id: string;
  entry: CollectionEntry<'modules'>;
  sections: SectionView[];
  notes: CitationNote[];
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

async function build(entry: CollectionEntry<'modules'>): Promise<ModuleView> {
  // One note list for the whole module; strings render one after another so numbers follow the text.
  const notes: CitationNote[] = [];
  let clock = 0;
  const sections: SectionView[] = [];
  for (const [index, s] of entry.data.sections.entries()) {
    sections.push({
      index,
      title: s.title,
      kind: s.kind,
      minutes: s.minutes,
      startsAt: clock,
      content: await markdown(withoutExplainers(s.content), notes),
      explainers: explainersIn(s.content),
      notes: await markdown(s.notes, notes, true),
      questions: await inOrder(s.questions, (q) => inline(q, notes)),
      exercises: await inOrder(s.exercises, async (e) => ({
        prompt: await inline(e.prompt, notes),
        answer: await inline(e.answer, notes, true),
      })),
    });
    clock += s.minutes;
  }
  return {
    id: entry.id,
    entry,
    sections,
    notes,
    teaches: [
      { heading: 'Tactics taught', links: await outgoing(entry, 'tactics') },
      { heading: 'Counter-strategies taught', links: await outgoing(entry, 'counters') },
      { heading: 'Cases used', links: await outgoing(entry, 'cases') },
    ].filter((g) => g.links.length),
  };
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

/**
 * Turns Pandoc citations ([@key], [@a; @b, p. 4]) into numbered note references and hands
 * the list of notes to the page (as remarkPluginFrontmatter.citations), where the layout
 * renders the notes and bibliography from the sources collection. A Sätteri mdast plugin:
 * Astro 7's Rust Markdown processor, which compiles MDX in a fraction of unified's time.
 * Unknown keys never reach this point: the content check stops the build first.
 */
import type { MdastNode, MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { findCitations, type CitationItem } from './citations.ts';

export interface CitationNote {
  n: number;
  items: CitationItem[];
}

/** Citation-like text inside these is left alone: it is a link's label or a URL. */
const skipInside = new Set(['link', 'linkReference', 'definition']);

type Text = Extract<MdastNode, { type: 'text' }>;

function insideSkipped(node: Text, ctx: MdastVisitorContext): boolean {
  for (let p: Readonly<{ type: string }> | undefined = ctx.parent(node); p; p = ctx.parent(p as Readonly<MdastNode>))
    if (skipInside.has(p.type)) return true;
  return false;
}

/** A factory, so every document gets its own note list even when several compile at once. */
export function citations(): MdastPluginDefinition {
  const notes: CitationNote[] = [];
  return {
    name: 'counterpoint-citations',
    text(node, ctx) {
      if (!node.value.includes('@') || insideSkipped(node, ctx)) return;
      const matches = findCitations(node.value);
      if (!matches.length) return;
      const out: MdastNode[] = [];
      let last = 0;
      for (const m of matches) {
        // A space before the marker would separate it from the word it supports.
        const before = node.value.slice(last, m.index).replace(/\s+$/, '');
        if (before) out.push({ type: 'text', value: before });
        const n = notes.length + 1;
        notes.push({ n, items: m.items });
        out.push(noteReference(n));
        last = m.index + m.raw.length;
      }
      const rest = node.value.slice(last);
      if (rest) out.push({ type: 'text', value: rest });
      ctx.replaceNode(node, out);
    },
    after(_root, ctx) {
      const astro = ((ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
      (astro.frontmatter ??= {})['citations'] = notes;
    },
  };
}

function noteReference(n: number): MdastNode {
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className: ['note-ref'] } },
    children: [
      {
        type: 'link',
        url: `#note-${n}`,
        data: { hProperties: { id: `note-ref-${n}` } },
        children: [
          {
            type: 'emphasis',
            data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
            children: [{ type: 'text', value: 'Note ' }],
          },
          { type: 'text', value: String(n) },
        ],
      },
    ],
  } as MdastNode;
}

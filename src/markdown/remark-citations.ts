/**
 * Turns Pandoc citations ([@key], [@a; @b, p. 4]) into numbered note references and
 * hands the list of notes to the page (as remarkPluginFrontmatter.citations), where the
 * layout renders the notes and bibliography from the sources collection.
 * Unknown keys never reach this point: the content check stops the build first.
 */
import { findCitations, type CitationItem } from '../lib/citations.ts';
import { transformChildren, type MdNode } from './tree.ts';

export interface CitationNote {
  n: number;
  items: CitationItem[];
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const skip = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html']);

export function remarkCitations() {
  return (tree: MdNode, file: VFileLike) => {
    const notes: CitationNote[] = [];
    transformChildren(
      tree,
      (node) => {
        if (node.type !== 'text' || !node.value?.includes('@')) return undefined;
        const matches = findCitations(node.value);
        if (!matches.length) return undefined;
        const out: MdNode[] = [];
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
        return out;
      },
      skip,
    );
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {})['citations'] = notes;
  };
}

function noteReference(n: number): MdNode {
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className: ['note-ref'] } },
    children: [
      {
        type: 'link',
        url: `#note-${n}`,
        data: { hProperties: { id: `note-ref-${n}` } },
        children: [
          { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['visually-hidden'] } }, children: [{ type: 'text', value: 'Note ' }] },
          { type: 'text', value: String(n) },
        ],
      },
    ],
  };
}

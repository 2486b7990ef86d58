/** Applies smartPunctuation to every text node, in document order, leaving code and raw HTML alone. */
import { smartPunctuation } from '../lib/typography.ts';
import { transformChildren, type MdNode } from './tree.ts';

const skip = new Set(['code', 'html']);

export function remarkTypography() {
  return (tree: MdNode) => {
    let last = '';
    transformChildren(
      tree,
      (node) => {
        if (node.type === 'text' && node.value) {
          node.value = smartPunctuation(node.value, last);
          last = node.value.at(-1) ?? last;
        } else if (node.type === 'inlineCode' && node.value) {
          last = node.value.at(-1) ?? last;
        } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') {
          last = ''; // a new block starts a new line of prose
        }
        return undefined;
      },
      skip,
    );
  };
}

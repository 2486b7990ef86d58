/**
 * Editors link between entries with site-relative paths (/tactics/foo/). When the site
 * is served from a subfolder those must carry the base, or they would escape it.
 */
import { withBase } from '../lib/routes.ts';
import { transformChildren, type MdNode } from './tree.ts';

export function remarkBaseLinks({ base }: { base: string }) {
  return (tree: MdNode) => {
    const rewrite = (node: MdNode): undefined => {
      if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) node.url = withBase(base, node.url);
      return undefined;
    };
    if (base !== '/') transformChildren(tree, rewrite, new Set());
  };
}

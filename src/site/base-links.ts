/**
 * Editors link between entries with site-relative paths (/tactics/foo/). When the site
 * is served from a subfolder those must carry the base, or they would escape it.
 * A Sätteri mdast plugin (see citations.ts).
 */
import type { MdastNode, MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { withBase } from './routes.ts';

type WithUrl = Extract<MdastNode, { type: 'link' | 'definition' | 'image' }>;

export function baseLinks(base: string): MdastPluginDefinition | false {
  if (base === '/') return false; // nothing to rewrite
  const rewrite = (node: Readonly<WithUrl>, ctx: MdastVisitorContext) =>
    ctx.setProperty(node, 'url', withBase(base, node.url));
  return { name: 'counterpoint-base-links', link: rewrite, definition: rewrite, image: rewrite };
}

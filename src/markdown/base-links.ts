/**
 * Editors link between entries with site-relative paths (/tactics/foo/). When the site
 * is served from a subfolder those must carry the base, or they would escape it.
 * A Sätteri mdast plugin (see citations.ts).
 */
import type { MdastPluginDefinition } from 'satteri';
import { withBase } from '../lib/routes.ts';

export function baseLinks(base: string): MdastPluginDefinition | false {
  if (base === '/') return false; // nothing to rewrite
  return {
    name: 'counterpoint-base-links',
    link(node, ctx) {
      ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    definition(node, ctx) {
      ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    image(node, ctx) {
      ctx.setProperty(node, 'url', withBase(base, node.url));
    },
  };
}

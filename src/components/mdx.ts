/**
 * Components editors may use in MDX without importing them (and the only ones they may
 * import, from '@counterpoint/components'; see src/check/markdown-gate.ts and components.ts).
 */
import PublisherDetails from './ui/PublisherDetails.astro';
import Explainer from './viz/Explainer.astro';

export const mdxComponents = { Explainer, PublisherDetails };
export { Explainer, PublisherDetails };

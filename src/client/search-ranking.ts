/**
 * How Pagefind ranks results here. Titles and aliases (names, acronyms, spellings from
 * the frontmatter) get a strong boost, so "SCO" finds the organisation before pages
 * that merely mention it. A source's own authors (author) rank its page first for their
 * name; the authors a page cites (cites) bring up the pages that rely on their work.
 * Used by src/client/search-engine.ts.
 */
export const searchRanking = {
  termFrequency: 0.8,
  pageLength: 0.3,
  metaWeights: { title: 8, aliases: 10, author: 10, cites: 3, summary: 1 },
};

/**
 * How Pagefind ranks results here. Titles and aliases (names, acronyms, spellings from
 * the frontmatter) get a strong boost, so "SCO" finds the organisation before pages
 * that merely mention it. Shared by the search page and the ranking test.
 */
export const searchRanking = {
  termFrequency: 0.8,
  pageLength: 0.3,
  metaWeights: { title: 8, aliases: 10, summary: 1 },
};

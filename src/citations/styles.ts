/** The CSL styles a site may choose in content/site.json (`citationStyle`), by name, with the file each loads. */
export const citationStyles = {
  /** APA 7th edition, author-date. */
  apa: 'apa',
  /** Cite Them Right 12th edition, Harvard author-date. */
  harvard: 'harvard1',
} as const;
export type CitationStyleName = keyof typeof citationStyles;

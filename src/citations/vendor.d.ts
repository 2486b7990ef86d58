// citeproc-js and Citation.js ship JavaScript without type declarations; these cover the calls the site makes.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): false | [{ entry_ids: string[][]; bibliography_errors?: { itemID: string }[] }, string[]];
    makeCitationCluster(items: CitationItem[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: unknown);
    static async(data: unknown, options?: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: unknown): string;
  }
  export const plugins: {
    input: { has(name: string): boolean };
    config: { get(name: string): { format: Record<string, unknown> } };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-csl/lib/styles.json' {
  const styles: Record<string, string>;
  export default styles;
}
declare module '@citation-js/plugin-csl/lib/locales.json' {
  const locales: Record<string, string>;
  export default locales;
}

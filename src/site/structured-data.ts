/**
 * schema.org JSON-LD for each page, so search engines and readers' tools know what a page
 * is: a glossary term is a DefinedTerm, a case an Event, a state a Country. Absolute
 * addresses only appear when the site's URL is configured; without it, ids and urls are
 * left out rather than guessed.
 */
import type { CollectionName } from '../schemas/collections.ts';

export interface PageFacts {
  collection: CollectionName | 'home' | 'other';
  /** Entry id, for pages (e.g. about gets AboutPage). */
  id?: string;
  title: string;
  description: string;
  /** Absolute address of this page, when the site URL is known. */
  url?: string;
  /** Absolute address of the home page, when the site URL is known. */
  siteUrl?: string;
  siteName: string;
  publisher: { name: string; url?: string };
  lang: string;
  published?: string;
  reviewed?: string;
  /** Entry fields the mapping reads: a case's dates, an actor's kind. */
  data?: Record<string, unknown>;
  /** Absolute address of the collection's index, for a glossary term's set. */
  collectionUrl?: string;
  collectionName?: string;
}

type Thing = Record<string, unknown>;

const organisationKinds: Record<string, string> = {
  state: 'Country',
  'un-body': 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  'international-organization': 'Organization',
  'regional-organization': 'Organization',
  'informal-group': 'Organization',
  party: 'PoliticalParty',
  forum: 'Organization',
  company: 'Corporation',
};

const workTypes: Record<string, string> = {
  'article-journal': 'ScholarlyArticle',
  'article-newspaper': 'NewsArticle',
  'article-magazine': 'Article',
  article: 'Article',
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  thesis: 'Thesis',
  legislation: 'Legislation',
  dataset: 'Dataset',
  webpage: 'WebPage',
  'post-weblog': 'BlogPosting',
  speech: 'CreativeWork',
};

type Name = { family?: string; given?: string; literal?: string };
const person = (n: Name) =>
  n.literal
    ? { '@type': 'Organization', name: n.literal }
    : { '@type': 'Person', name: [n.given, n.family].filter(Boolean).join(' ') };

function mainEntity(f: PageFacts): Thing | undefined {
  const d = f.data ?? {};
  const named = { name: f.title, description: f.description };
  switch (f.collection) {
    case 'threats':
    case 'tactics':
    case 'counters':
      return {
        '@type': 'Article',
        headline: f.title,
        description: f.description,
        ...(f.published ? { datePublished: f.published } : {}),
        ...(f.reviewed ? { dateModified: f.reviewed } : {}),
        author: { '@type': 'Organization', name: f.publisher.name },
        inLanguage: f.lang,
      };
    case 'cases':
      return {
        '@type': 'Event',
        ...named,
        ...(typeof d['date'] === 'string' ? { startDate: d['date'] } : {}),
        ...(typeof d['end'] === 'string' ? { endDate: d['end'] } : {}),
      };
    case 'actors':
      return {
        '@type': organisationKinds[String(d['kind'])] ?? 'Organization',
        ...named,
        ...(Array.isArray(d['aliases']) && d['aliases'].length ? { alternateName: d['aliases'] } : {}),
      };
    case 'glossary':
      return {
        '@type': 'DefinedTerm',
        ...named,
        ...(f.collectionUrl || f.collectionName
          ? {
              inDefinedTermSet: {
                '@type': 'DefinedTermSet',
                name: f.collectionName,
                ...(f.collectionUrl ? { url: f.collectionUrl } : {}),
              },
            }
          : {}),
      };
    case 'sources': {
      const year = (d['issued'] as { 'date-parts'?: (number | string)[][] } | undefined)?.['date-parts']?.[0]?.[0];
      return {
        '@type': workTypes[String(d['type'])] ?? 'CreativeWork',
        name: f.title,
        ...(Array.isArray(d['author']) ? { author: (d['author'] as Name[]).map(person) } : {}),
        ...(Array.isArray(d['editor']) ? { editor: (d['editor'] as Name[]).map(person) } : {}),
        ...(year ? { datePublished: String(year) } : {}),
        ...(typeof d['publisher'] === 'string' ? { publisher: { '@type': 'Organization', name: d['publisher'] } } : {}),
        ...(typeof d['container-title'] === 'string'
          ? { isPartOf: { '@type': 'CreativeWork', name: d['container-title'] } }
          : {}),
        ...(typeof d['URL'] === 'string' ? { sameAs: d['URL'] } : {}),
        ...(typeof d['DOI'] === 'string' ? { identifier: `https://doi.org/${d['DOI']}` } : {}),
      };
    }
    case 'modules':
      return { '@type': 'LearningResource', ...named, learningResourceType: 'training module', inLanguage: f.lang };
    default:
      return undefined;
  }
}

/** The JSON-LD object for one page. */
export function structuredData(f: PageFacts): Thing {
  const publisher = {
    '@type': 'Organization',
    name: f.publisher.name,
    ...(f.publisher.url ? { url: f.publisher.url } : {}),
  };
  const website = { '@type': 'WebSite', name: f.siteName, ...(f.siteUrl ? { url: f.siteUrl } : {}) };
  if (f.collection === 'home') {
    return { '@context': 'https://schema.org', ...website, description: f.description, inLanguage: f.lang, publisher };
  }
  const entity = mainEntity(f);
  return {
    '@context': 'https://schema.org',
    '@type': f.collection === 'pages' && f.id === 'about' ? 'AboutPage' : 'WebPage',
    name: f.title,
    description: f.description,
    ...(f.url ? { url: f.url } : {}),
    inLanguage: f.lang,
    ...(f.published ? { datePublished: f.published } : {}),
    ...(f.reviewed ? { lastReviewed: f.reviewed } : {}),
    isPartOf: website,
    publisher,
    ...(entity ? { mainEntity: entity } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(thing: Thing): string {
  return JSON.stringify(thing).replace(/</g, '\\u003c');
}

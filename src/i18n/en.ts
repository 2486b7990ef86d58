/** Interface words. A site in another language adds a file like this one. */
import type { CollectionName } from '../schemas/collections.ts';

export const collectionLabels: Record<CollectionName, { singular: string; plural: string; intro: string }> = {
  threats: {
    singular: 'Threat',
    plural: 'Threats',
    intro:
      'The pressures that push authoritarian governments to work together: each explained, with the tactics that answer it.',
  },
  tactics: {
    singular: 'Tactic',
    plural: 'Tactics',
    intro:
      'The ways authoritarian governments cooperate to stay in power, from sharing surveillance to shielding each other at the UN.',
  },
  counters: {
    singular: 'Counter-strategy',
    plural: 'Counter-strategies',
    intro:
      'What governments, civil society, international organisations, companies and donors can do in response, and the evidence for it.',
  },
  cases: { singular: 'Case', plural: 'Cases', intro: 'Dated episodes the sources document, in order of time.' },
  actors: {
    singular: 'Actor',
    plural: 'Actors',
    intro: 'States, organisations and groups that appear in the sources, with the memberships the sources record.',
  },
  glossary: { singular: 'Glossary term', plural: 'Glossary', intro: 'Terms of art, explained plainly.' },
  modules: {
    singular: 'Training module',
    plural: 'Training modules',
    intro: 'Ready-to-teach sessions built from the entries on this site.',
  },
  pages: { singular: 'Page', plural: 'Pages', intro: '' },
  sources: {
    singular: 'Source',
    plural: 'Sources',
    intro: 'Every work this site cites. Each entry lists the pages that rely on it.',
  },
};

export const ui = {
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  search: 'Search',
  explainers: 'Explainers',
  reference: 'Reference',
  entryCount: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  startWith: (plural: string) => `Start with the ${plural.toLowerCase()}`,
  notes: 'Notes',
  bibliography: 'Works cited on this page',
  citedBy: 'Pages that cite this work',
  notCited: 'No page cites this work yet.',
  citeThisPage: 'Cite this page',
  citeThisSource: 'Cite this source',
  citeDownload: 'Download the reference:',
  downloadBibliography: 'Download the whole bibliography:',
  citationKey: 'Cite it on this site as',
  readSource: 'Read the source',
  onThisPage: 'On this page',
  backToText: 'Back to text',
  footerSources: 'Sources',
  footerDownloads: 'Offline editions',
  footerAbout: 'About this site',
  privacy: 'This site makes no requests to other websites, sets no cookies and has no trackers.',
  suggestCorrection: 'Suggest a correction',
  /** Marks a link or a date the editors inferred; the entry's one-line reason follows. */
  inferredLink: 'Linked by this site, not by the sources:',
  inferredDate: 'Dated by the editors, not by the sources:',
  inferredDateShort: 'dated by the editors',
  /** Reason shown for an entry reached only through a link the editors made; {title} is that entry. */
  reachedThrough: 'reached through “{title}”, which this site links here.',
  menu: 'Menu',
  close: 'Close',
  searchThisSite: 'Search this site',
  searchDialogHelp:
    'Results appear as you type. Enter opens the first; the arrow keys move through them. Nothing you type is stored or sent anywhere.',
  searchFilters: 'Search with filters',
  browseAz: 'Browse the A-Z index',
  quickExitHint: 'Leave this site now for a neutral page. Shortcut: press Escape twice.',
  firstPublished: 'First published',
  lastReviewed: 'Last reviewed',
  publishedBy: 'Published by',
  contact: 'Contact the editors',
  corrections: 'Report a mistake',
  feed: 'New and updated entries (Atom feed)',
  actorKinds: {
    state: 'State',
    'regional-organization': 'Regional organisation',
    'international-organization': 'International organisation',
    'un-body': 'UN body',
    'informal-group': 'Informal group',
    agency: 'Agency',
    party: 'Political party',
    forum: 'Forum',
    company: 'Company',
  } as Record<string, string>,
  regions: {
    africa: 'Africa',
    americas: 'Americas',
    'asia-pacific': 'Asia-Pacific',
    europe: 'Europe',
    eurasia: 'Eurasia',
    'middle-east-north-africa': 'Middle East and North Africa',
    global: 'Global',
  } as Record<string, string>,
  whoCanAct: {
    governments: 'Governments',
    'civil-society': 'Civil society',
    'international-organizations': 'International organisations',
    companies: 'Companies',
    donors: 'Donors',
  } as Record<string, string>,
};

/** "2017", "June 2017", "3 June 2017" from a partial ISO date. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (!m) return y!;
  const month = months[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Words of the slides, the speaker view and the offline kit. `{n}` and `{total}` are filled in. */
export const slideUi = {
  skipToSlides: 'Skip to the slides',
  controls: 'Slide controls',
  previous: 'Previous',
  next: 'Next',
  slideOf: 'Slide {n} of {total}',
  speakerView: 'Speaker view',
  fullScreen: 'Full screen',
  blackScreen: 'Black screen',
  keys: 'Keys',
  leave: 'Leave slides',
  kitContents: 'Kit contents',
  speakerNotes: 'Speaker notes',
  now: 'Now: slide {n} of {total}',
  nextSlide: 'Next',
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  end: 'End of the slides.',
  time: 'Time',
  clock: 'Clock',
  elapsed: 'Elapsed',
  of: 'of',
  pause: 'Pause timers',
  resume: 'Resume timers',
  resetSection: 'Reset this section',
  resetAll: 'Reset all',
  refused:
    'The browser did not open a second window, so the notes are beside the slide, where the audience can see them too. Press S to hide them.',
  close: 'Close',
  question: 'Question',
  activity: 'Activity',
  keyList: [
    ['→ ↓ Page Down Space', 'Next slide'],
    ['← ↑ Page Up', 'Previous slide'],
    ['Home / End', 'First / last slide'],
    ['S', 'Open the speaker window'],
    ['F', 'Full screen on or off'],
    ['B', 'Black screen on or off'],
    ['?', 'This help'],
  ],
  keyHelp:
    'Clickers send Page Up and Page Down, which work here. In the speaker window the same keys move both windows.',
} as const;

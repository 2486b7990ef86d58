/** Interface words. A site in another language adds a file like this one. */
import type { actorKinds } from '../schemas/actors.ts';
import type { regions } from '../schemas/base.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { whoCanAct } from '../schemas/counters.ts';

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
  // Languages and translations (issue #18).
  language: 'Language',
  searchButton: 'Search',
  relatedEntries: 'Related entries',
  fallbackNotice: 'This page has not been translated into English yet, so it is shown in its original language.',
  outdatedNotice: 'The original of this page has changed since it was translated; this translation may be out of date.',
  readOriginal: 'Read the original',
  listSeparator: ', ',
  homePage: {
    searchLink: 'Search and A-Z index',
    searchRest: 'of every entry.',
  },
  searchPage: {
    title: 'Search',
    description: 'Find any entry on this site, or browse the A-Z index of every entry.',
    azHeading: 'A-Z index of every entry',
    entryTypes: 'Entry types',
    label: 'Search names, acronyms and phrases',
    filters: 'Filters',
    typeLegend: 'Type of entry',
    regionLegend: 'Region',
    /** {actor}: the site's word for one actor, in lowercase. */
    anyActor: 'Any {actor}',
    noscript: 'Searching needs JavaScript. Every entry is listed in the A-Z index below, by letter.',
    tooShort: 'Type at least two letters to search, or browse the A-Z index below.',
    oneResult: '1 result {described}.',
    results: '{n} results {described}.',
    showingFirst: '{n} results {described}, showing the first {shown}.',
    noResults: 'No results {described}. Check the spelling, try fewer words, or browse the A-Z index.',
    forQuery: 'for “{q}”',
    forFilters: 'for the chosen filters',
    tooShortDialog: 'Type at least two letters.',
    partial: 'No page contains every word {described}. {n} contain some of them, best first.',
    corrected: 'No page contains “{q}”. Showing results for “{corrected}”:',
    azCount: '{n} entries, by the first letter of their title.',
    letters: 'Letters',
    letterLabel: '{letter}: {n} entries',
    numbersAndSymbols: 'Numbers and symbols',
    backToLetters: 'Back to letters',
  },
  facts: {
    when: 'When',
    to: '{from} to {to}',
    kind: 'Kind',
    region: 'Region',
    iso: 'ISO 3166 code',
    whoCanAct: 'Who can act',
    regions: 'Regions',
    alsoKnownAs: 'Also known as',
  },
  /**
   * Headings beside an entry. {Tactics} is the site's name for the collection (site.json's
   * collections, or collectionLabels above), {tactics} the same in lowercase, {threat} one
   * entry in lowercase; a translation may use them or write the words out.
   */
  related: {
    threatTactics: '{Tactics} that answer this {threat}',
    threatCounters: '{Counters} against those {tactics}',
    cases: '{Cases}',
    tacticThreats: '{Threats} it responds to',
    counters: '{Counters}',
    keyActors: 'Key {actors}',
    taughtIn: 'Taught in',
    counterTactics: '{Tactics} it answers',
    counterThreats: '{Threats} behind those {tactics}',
    counterCases: '{Cases} of those {tactics}',
    caseTactics: '{Tactics} shown',
    where: 'Where',
    involved: 'Who was involved',
    memberOf: 'Member of',
    members: 'Members',
    actorTactics: '{Tactics} it is linked to',
    seeAlso: 'See also',
    tacticsTaught: '{Tactics} taught',
    countersTaught: '{Counters} taught',
    casesUsed: '{Cases} used',
  },
  translations: {
    title: 'Translations',
    description: 'Which entries are translated into each language, and which translations lag behind their source.',
    intro:
      'Each translation records the version of the source it translates. When the source changes, the translation is marked outdated until a translator revises it. Untranslated entries are shown in the original language.',
    entry: 'Entry',
    translated: 'Translated',
    outdated: 'Outdated',
    missing: 'Not translated',
    summary: '{translated} translated, {outdated} outdated, {missing} not translated',
    factWarnings: 'Figures that differ from the source',
  },
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
  } as Record<(typeof actorKinds)[number], string>,
  regions: {
    africa: 'Africa',
    americas: 'Americas',
    'asia-pacific': 'Asia-Pacific',
    europe: 'Europe',
    eurasia: 'Eurasia',
    'middle-east-north-africa': 'Middle East and North Africa',
    global: 'Global',
  } as Record<(typeof regions)[number], string>,
  /** Read out before a note's number in the text (visually hidden): "Note 3". */
  noteRef: 'Note',
  /** Back link from a note to where it is cited. */
  noteBackLink: 'Back to text (note {n})',
  /** The quick exit's label in locales other than the default (which uses site.json's quickExit.label). */
  quickExit: 'Leave this site',
  /** Notes the offline editions add to the search page; {command} is a command in <code>. */
  editionNotes: {
    folderTitle: 'Offline copy.',
    folder:
      'Search runs only when this folder is served (for example by {command}); opened straight from the folder, use the list of every entry from A to Z below.',
    zimTitle: 'Reading in Kiwix?',
    zim: 'Use Kiwix’s own search box, which searches this whole file. The list below has every entry from A to Z.',
  },
  /** The 404 page, which shows every language's words (a static host serves one 404 page for all). */
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    search: 'Search the site or browse the A-Z index',
    home: 'Go to the home page',
  },
  /** Words of the charts (src/viz): labels, captions, table headers and legends. */
  charts: {
    legend: 'Legend',
    showTable: 'Show the data as a table',
    download: 'Download the data:',
    votes: {
      /** {body}: the body that voted, linked. */
      recordedIn: 'Recorded vote in the {body}.',
      title: '{body}, {date}: {question}',
      for: 'For',
      against: 'Against',
      abstain: 'Abstaining',
      passed: '{for} for, {against} against and {abstain} abstaining: the motion passed.',
      failed: '{for} for, {against} against and {abstain} abstaining: the motion failed.',
      tied: '{for} for, {against} against and {abstain} abstaining: the motion tied.',
      named: 'Named in the source:',
      namedOf: '({n} of {total})',
      othersUnnamed: 'The source does not name the others.',
      countsOnly: 'The source gives the counts only; it names no state on either side.',
      caption: 'Recorded vote: {question}',
      vote: 'Vote',
      count: 'Count',
      statesNamed: 'States named in the source',
      noneNamed: 'none named',
    },
    timeline: {
      title: 'When: documented cases over time',
      takeaway: (n: number, from: string, to: string) =>
        `${n} documented ${n === 1 ? 'case' : 'cases'} from ${from} to ${to}, grouped by the tactic each shows first.`,
      breakLegend: 'Years with no case are cut out of the axis',
      /** The title of an axis break. */
      gap: '{from} to {to}: no case, not to scale',
      caption: 'Cases in order of date',
      date: 'Date',
      case: 'Case',
      tactic: 'Tactic',
      shownOf: (shown: number, total: number) =>
        `The chart shows the ${shown} most recent cases, of ${total}; the table below lists every case.`,
      listLabel: 'Cases by year, newest first',
    },
    network: {
      title: 'Who collaborates with whom',
      takeaway: (actors: number, memberships: number, collaborations: number, left: number) =>
        `${actors} ${actors === 1 ? 'state or organisation' : 'states and organisations'} are linked by ${memberships} ${memberships === 1 ? 'membership' : 'memberships'} and ${collaborations} documented ${collaborations === 1 ? 'collaboration' : 'collaborations'}${left ? `; ${left} less connected ${left === 1 ? 'actor' : 'actors'} are left out here and listed on their own pages` : ''}.`,
      state: 'State',
      organisation: 'Organisation or group',
      collaboration: 'Documented collaboration (took part in the same case)',
      membership: 'Membership',
      inferred: 'Inferred by the editors, not stated by the sources',
      caption: 'Links in the network',
      captionTop: (n: number) => `Links between the ${n} best connected ${n === 1 ? 'actor' : 'actors'}`,
      from: 'From',
      to: 'To',
      link: 'Link',
      cases: 'Cases',
      memberOfCell: 'member of',
      collaborationCell: 'collaboration: {tactics}',
      inferredMark: ' (inferred)',
      memberOf: 'Member of',
      members: 'Members',
      workedWith: 'Worked with',
      caseCount: (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`,
      inferredShort: ', inferred',
      stateKind: 'state',
      organisationKind: 'organisation',
      linkCount: (n: number) => `${n} ${n === 1 ? 'link' : 'links'}`,
      /** The accessible name of a node: {name}, its kind, its connections. */
      nodeName: (name: string, state: boolean, n: number) =>
        `${name}: ${state ? 'state' : 'organisation or group'}, ${n} ${n === 1 ? 'connection' : 'connections'}`,
      open: 'Open the page on {name}',
      listIntro: 'Each state and organisation, best connected first: open one to see its links.',
      listLabel: 'Each actor and its links',
      show: 'Show',
      everything: 'Everything',
      byTactic: 'Collaborations by tactic',
      byOrganisation: 'Members of an organisation',
      hint: 'Select a node to see its links and cases under the chart; arrow keys move to a neighbour.',
      selected: 'Selected actor',
      linkedTo: 'Linked to {names}.',
      noCase: 'No documented case names this actor directly.',
    },
    map: {
      title: 'Where documented cases happened',
      takeaway: (states: number, top: string, most: number) =>
        `${states} ${states === 1 ? 'state appears' : 'states appear'} in the documented cases${top ? `; ${top} appears in the most, ${most}` : ''}.`,
      noCase: 'No documented case',
      orMore: '{n} or more',
      smallStates: 'Small states, marked with a dot on the map (documented cases):',
      smallState: 'Small state (dot)',
      /** The accessible name of a state: {name} and its count. */
      stateName: (name: string, n: number) => `${name}: ${n === 0 ? 'no' : n} documented ${n === 1 ? 'case' : 'cases'}`,
      caption: 'Documented cases per state',
      state: 'State',
      iso: 'ISO code',
      cases: 'Cases',
      onMap: 'On the map',
      dot: 'dot (small state)',
      shape: 'shape',
      notDrawn: 'not drawn at this scale',
    },
    flow: {
      title: 'From threats to tactics to counter-strategies',
      takeaway: (tactics: number, threats: number, counters: number, thin: number) =>
        `${tactics} ${tactics === 1 ? 'tactic' : 'tactics'} answer ${threats} ${threats === 1 ? 'threat' : 'threats'}, and ${counters} ${counters === 1 ? 'counter-strategy' : 'counter-strategies'} answer them; ${thin} ${thin === 1 ? 'tactic has' : 'tactics have'} fewer than two counter-strategies.`,
      thinLegend: 'Thin: answered by fewer than two counter-strategies',
      inferredLegend: 'Link inferred by the editors, not stated by the sources',
      caption: 'Each tactic, the threats it answers, and the counter-strategies that answer it',
      tactic: 'Tactic',
      threats: 'Threats',
      tactics: 'Tactics',
      counters: 'Counter-strategies',
      count: 'Count',
      /** Added to a tactic's accessible name. */
      answeredBy: (n: number, thin: boolean) =>
        ` (${n} counter-strateg${n === 1 ? 'y' : 'ies'}${thin ? ', thin' : ''})`,
      inferredMark: ' (inferred)',
      none: 'none',
      inferredNote: '(link inferred by the editors)',
      noCounter: 'No counter-strategy yet.',
      thin: 'thin',
      tacticCount: (n: number, thin: number) => `${n} ${n === 1 ? 'tactic' : 'tactics'}${thin ? `, ${thin} thin` : ''}`,
      openThreat: '{link}: open its page',
      shownOf: (shown: number, total: number) =>
        `The chart shows the ${shown} tactics with the most links, of ${total}; the table below lists every tactic.`,
      listLabel: 'Each threat, the tactics that answer it, and the counter-strategies that answer them',
    },
    /** The explainers' own pages (/explainers/). */
    pages: {
      title: 'Explainers',
      description:
        'Charts that show who collaborates, how, where and when, each with its data as a table and a download.',
      lead: 'Charts drawn from the entries on this site. Each one has its data as a table and as CSV and JSON downloads, and works without JavaScript.',
      editors: 'Editors can place any of these in an entry with {code}; see the editors’ guide.',
      votes: 'Recorded votes',
      votesTakeaway: (n: number) => `${n} recorded ${n === 1 ? 'vote' : 'votes'} from the sources, as unit charts.`,
      votesDescription: 'Recorded votes from the sources, as unit charts with their figures.',
      /** Under a chart on a page in another language: the downloads keep the site's language. */
      downloadsLanguage: '(in English)',
    },
  },
  whoCanAct: {
    governments: 'Governments',
    'civil-society': 'Civil society',
    'international-organizations': 'International organisations',
    companies: 'Companies',
    donors: 'Donors',
  } as Record<(typeof whoCanAct)[number], string>,
};

/**
 * "2017", "June 2017", "3 June 2017" from a partial ISO date, in the reader's language
 * through Intl: "3 июня 2017 г.", "3 يونيو 2017". English keeps day-month-year order.
 */
export function formatPartialDate(date: string, locale = 'en'): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
  }).format(when);
}

/** Fills {name} placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type CollectionLabels = typeof collectionLabels;
export type UiStrings = typeof ui;

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

/**
 * Words of the training modules' pages (learner page, guide, handout, schedule, slides'
 * generated slides and the offline kit). `{name}` placeholders are filled in; numbers and
 * durations are formatted for the locale through Intl.
 */
export const moduleUi = {
  indexLead: 'Each has slides for presenting, a facilitator guide, a participant handout and an offline kit.',
  presentSlides: 'Present the slides',
  guideLink: 'Facilitator guide (print)',
  handoutLink: 'Participant handout (print)',
  kitLink: 'Offline kit: slides, speaker view, guide and handout in one HTML file',
  teaches: 'Entries this module teaches',
  audienceLabel: 'For',
  duration: 'Duration',
  beforeYouStart: 'Before you start',
  materials: 'Materials',
  objectives: 'Learning objectives',
  objectivesIntro: 'By the end of the session, participants can:',
  filterByAudience: 'Filter by audience',
  showModulesFor: 'Show modules for:',
  everyone: 'Everyone',
  /** {audience}: the audiences, {duration}: e.g. "120 minutes". */
  listFacts: 'For {audience} · {duration}',
  forAudienceTitle: 'Training modules for {audience}',
  forAudienceDescription: 'Training modules written for {audience}.',
  forAudienceCrumb: 'For {audience}',
  startsAt: 'starts at {clock}',
  discussionQuestions: 'Discussion questions',
  exercises: 'Exercises',
  answerNotes: 'Answer notes:',
  spaceToWrite: 'Space to write ({n} lines)',
  facilitatorNotes: 'Facilitator notes',
  schedule: 'Schedule: {duration}',
  clock: 'Clock',
  section: 'Section',
  minutesLong: 'Minutes',
  minutesShort: 'Min.',
  end: 'End',
  guideTitle: 'Facilitator guide: {title}',
  guideDescription: 'Notes, timings and answers for presenting {title}.',
  guide: 'Facilitator guide',
  printHint: "Print this page, or save it as PDF from the browser's print dialog.",
  handoutTitle: 'Handout: {title}',
  handoutDescription: 'Participant handout for {title}.',
  handout: 'Handout',
  participantHandout: 'Participant handout',
  handoutObjectives: 'What you will be able to do',
  slidesTitle: 'Slides: {title}',
  slideCount: '{n} slides.',
  slidesNoscript:
    'With JavaScript on, this page shows one slide at a time, scaled to the screen, with a speaker window.',
  titleEyebrow: 'Training module · {duration}',
  objectivesSlide: 'By the end of this session you can',
  titleNotes: 'Materials: {materials}. Before starting: {prerequisites}.',
  noMaterials: 'none',
  noPrerequisites: 'nothing',
  listJoin: '; ',
  objectivesNotes: 'Read the objectives aloud and check everyone can see the screen.',
  /** {n}. {title} · {kind} · {minutes} on a section's slides. */
  sectionEyebrow: '{n}. {title} · {kind} · {minutes}',
  sourcesEyebrow: 'Notes on the slides',
  sources: 'Sources',
  sourcesPart: 'Sources ({part} of {parts})',
  noSources: 'This module cites no sources.',
  learnerPage: 'Learner page',
  slides: 'Slides',
  offlineKit: 'Offline kit',
  kitTitle: '{title}: offline kit',
  kitPageTitle: 'Offline kit: {title}',
  kitHint: 'Everything is in this one file and works with no network. Press S on the slides for the speaker window.',
  kitThisFile: 'Offline kit: this file',
  sectionKinds: {
    activity: 'Activity',
    discussion: 'Discussion',
    input: 'Input',
    deepening: 'Deepening',
    synthesis: 'Synthesis',
  },
  audiences: {
    activists: 'activists',
    journalists: 'journalists',
    diaspora: 'diaspora',
    officials: 'officials',
    researchers: 'researchers',
    general: 'general',
  } as Record<string, string>,
};
export type ModuleStrings = typeof moduleUi;
export type SlideStrings = {
  [K in keyof typeof slideUi]: K extends 'keyList' ? readonly (readonly [string, string])[] : string;
};

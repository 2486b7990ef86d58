/**
 * The files of a new site's content folder for `npm run new-site`: site.json, a README
 * that explains every file and field, and one short published example per collection,
 * each field commented (the same comments `npm run new` writes). The examples refer to
 * each other, so every relation and the explainers that have data show at once.
 */
import { collectionLabels } from '../i18n/en.ts';
import { type CollectionName, collectionNames, collections } from '../schemas/collections.ts';
import { scaffold } from './scaffold.ts';

interface Example {
  id: string;
  title: string;
  summary: string;
  /** What this collection is for, as the example's text. */
  body: (cite: string) => string;
}

const guide = "the editors' guide (docs/editing.md in the Counterpoint repository)";

/** One example per collection, in an order that lets each refer to the ones before. */
const examples: Record<CollectionName, Example> = {
  sources: {
    id: 'example-report',
    title: 'An example report the other entries cite',
    summary: '',
    body: () => '',
  },
  threats: {
    id: 'example-threat',
    title: 'Example threat',
    summary:
      'A threat is a problem this site is about; readers start here and follow it to the tactics that answer it.',
    body: (cite) =>
      `## What a threat is\n\nThreats are the problems the site is about. Each tactic names the threats it answers, so a threat's page lists those tactics, the counter-strategies against them and the cases that show them${cite}.\n\n## Make it yours\n\nRename this collection in site.json (\`collections.threats\`), edit this file, or delete it: a collection with no entries is left out of the site, with no menu entry and no index page.\n`,
  },
  tactics: {
    id: 'example-tactic',
    title: 'Example tactic',
    summary: 'A tactic is a way the problem plays out; it names the threats it answers in its threats field.',
    body: (cite) =>
      `## What a tactic is\n\nTactics are the ways a threat plays out. The \`threats\` field in this file's frontmatter links this tactic to [the example threat](/threats/example-threat/); links between entries are written as site paths like that one, and the check refuses a link to a page that does not exist${cite}.\n`,
  },
  counters: {
    id: 'example-counter',
    title: 'Example counter-strategy',
    summary: 'A counter-strategy is something readers or institutions can do; it names the tactics it answers.',
    body: (cite) =>
      `## What a counter-strategy is\n\nCounter-strategies say what can be done, and by whom (\`whoCanAct\`). The flow explainer draws threats, tactics and counter-strategies as one chart${cite}.\n`,
  },
  cases: {
    id: 'example-case',
    title: 'Example case',
    summary: 'A case is a dated episode that shows one or more tactics; cases make up the timeline explainer.',
    body: (cite) =>
      `## What a case is\n\nCases are dated episodes from the sources. Their dates draw the timeline; their places and participants (actors) draw the map and the network, which appear once cases name states and organisations${cite}.\n`,
  },
  actors: {
    id: 'example-actor',
    title: 'Example actor',
    summary: 'An actor is a state, organisation or group the sources name; cases and tactics refer to actors by id.',
    body: (cite) =>
      `## What an actor is\n\nActors are the states, organisations and groups the sources name. A state needs its ISO code so the map can place it${cite}.\n`,
  },
  glossary: {
    id: 'example-term',
    title: 'Example term',
    summary: 'A glossary term explains a word of art plainly; aliases make it findable under other spellings.',
    body: (cite) =>
      `## What the glossary is for\n\nExplain each term of art once, plainly, and link to it from entries that use it${cite}.\n`,
  },
  modules: {
    id: 'example-module',
    title: 'Example training module',
    summary:
      'A training module is a session plan built from the entries, with slides, a facilitator guide and a handout.',
    body: (cite) =>
      `## About this module\n\nA module's sections become slides, a facilitator guide, a participant handout and an offline kit. Its text here is the module's introduction${cite}.\n`,
  },
  pages: {
    id: 'about',
    title: 'About this site',
    summary:
      'Who publishes this site, why, and how to suggest a correction: pages like this one are listed in the footer.',
    body: (cite) =>
      `## About\n\nPages are for the site itself: about, method, contact. They live at the top of the site (this one at /about/) and are listed in the footer${cite}.\n\nSee ${guide} for every field and rule.\n`,
  },
};

/** Labels written into site.json, so a new organisation sees where to rename each collection. */
const starterIntros: Record<CollectionName, string> = {
  threats: 'The problems this site is about, each with the tactics that answer it.',
  tactics: 'The ways those problems play out.',
  counters: 'What can be done in response, and by whom.',
  cases: 'Dated episodes the sources document, in order of time.',
  actors: 'States, organisations and groups the sources name.',
  glossary: 'Terms of art, explained plainly.',
  modules: 'Ready-to-teach sessions built from the entries on this site.',
  sources: 'Every work this site cites, each with the pages that rely on it.',
  pages: '',
};

export function siteJson(): string {
  const labels = Object.fromEntries(
    collectionNames
      .filter((c) => collections[c].routes !== 'top')
      .map((c) => [
        c,
        { singular: collectionLabels[c].singular, plural: collectionLabels[c].plural, intro: starterIntros[c] },
      ]),
  );
  const config = {
    title: 'New site',
    description:
      'One or two sentences saying what this site explains and for whom, shown on the home page and in link previews.',
    publisher: 'Your organisation',
    lang: 'en',
    base: '/',
    colours: { accentLight: '#1d4ed8', accentDark: '#93c5fd' },
    collections: labels,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const readme = (folder: string) => `# Content of a new Counterpoint site

This folder is a complete, valid site: one example entry per collection, each field
explained by a comment above it. Preview it, then replace the examples with your own.

    npm run check -- --content ${folder}            # every problem, as file:line: field: fix
    COUNTERPOINT_CONTENT=${folder} npm run dev      # preview at http://localhost:4321/
    COUNTERPOINT_CONTENT=${folder} npm run build    # the site, as plain files in dist/
    COUNTERPOINT_CONTENT=${folder} npm run new -- tactic "Title of the entry"

## site.json

JSON has no comments, so its fields are explained here.

- \`title\`: the site's name, in the header and page titles. Required.
- \`description\`: one or two sentences (20-300 characters) for the home page and link previews. Required.
- \`publisher\`: who publishes the site, shown in the footer and on the about page. Required.
- \`publisherUrl\`: the publisher's own web address, linked from its name. Optional.
- \`contact\`: an email address or web address for reaching the editors. Optional; without it the footer points to the repository's issues, if set.
- \`corrections\`: where readers report a mistake, a web address or a path on this site such as \`/method/#corrections\`. Optional.
- \`quickExit\`: the quick exit on every page, \`{ "url": "https://…", "label": "Leave this site" }\`: a neutral page on another site. Default Wikipedia's front page.
- \`lang\`: the language of the content, e.g. \`en\` or \`pt-BR\`. Default \`en\`.
- \`locales\`: the languages the site is published in, when there is more than one: a list of
  \`{ "code", "label", "dir", "default", "description" }\`, e.g. \`{ "code": "ru", "label": "Русский" }\`.
  Exactly one has \`"default": true\` (its code is \`lang\`) and sits at the site's root; each other one
  is served under \`/<code>/\`, translated entries sitting beside their sources as \`<id>.<code>.mdx\`.
  Interface words exist for \`en\`, \`ru\` and \`ar\`. Optional; without it the site has only \`lang\`.
- \`site\`: the full address the site is served from, e.g. \`https://example.org\`. Canonical links, the sitemap, the feed and the link-preview image need it. Optional.
- \`base\`: the folder it is served under, e.g. \`/my-site/\`. Default \`/\`.
- \`repository\`: an https address for the "suggest a correction" link. Optional.
- \`illustration\`: a 48x48 PNG in this folder, e.g. \`illustration-48.png\`, the icon Kiwix shows for the offline ZIM edition. Optional; without it no ZIM file is made (the build says so).
- \`citationStyle\`: the CSL style of notes, lists of works cited and "Cite this page": \`apa\` (APA 7th, the default) or \`harvard\` (Cite Them Right).
- \`colours\`: link and highlight colours for the light and dark schemes; the check refuses colours that do not contrast enough.
- \`collections\`: what the site calls each collection. For each one, \`singular\` (one entry, e.g. "Risk"),
  \`plural\` (the menu and headings, e.g. "Risks") and \`intro\` (the sentence under its heading and on the
  home page), in the default language. Leave any of them out to keep the default.

## Collections

Each folder is a collection; each \`.mdx\` file in it is one entry, and its file name is its id.
Only site.json is required: delete a folder, or every file in it, and the site leaves that
collection out (no menu entry, no index page, no search filter). Charts (explainers) appear
when there is data for them.

${collectionNames.map((c) => `- \`${collections[c].dir}/\`: ${collections[c].format === 'csl' ? "CSL-JSON, as Zotero, Mendeley or Citavi export it; each item's `id` is the key entries cite as `[@key]`." : `${collectionLabels[c].plural.toLowerCase()}.`}`).join('\n')}

Every factual sentence ends with a citation, \`[@key]\`, of an item in \`sources/\`.
Drafts (\`draft: true\`) are checked but not published.
`;

/** Every file of the starter folder, by path relative to it. */
export function starterFiles(folder: string, year: number): Record<string, string> {
  const files: Record<string, string> = { 'site.json': siteJson(), 'README.md': readme(folder) };
  const existing: Partial<Record<CollectionName, string[]>> = {};
  const key = examples.sources.id;
  // Sources first: every other example cites it.
  const order: CollectionName[] = ['sources', ...collectionNames.filter((c) => c !== 'sources')];
  for (const c of order) {
    const spec = collections[c];
    const e = examples[c];
    let text = scaffold({
      collection: c,
      id: e.id,
      title: e.title,
      existing,
      year: year - 1,
      summary: e.summary,
      body: e.body(` [@${key}]`),
      draft: false,
    });
    if (c === 'actors') text = asNonState(text);
    files[`${spec.dir}/${e.id}.${spec.format === 'csl' ? 'json' : 'mdx'}`] = text;
    existing[c] = [e.id];
  }
  return files;
}

/** The example actor is a group, so no real country stands in for an example. */
function asNonState(text: string): string {
  const state = /^kind: state\n# ISO 3166-1 alpha-3 code.*\niso: XXX\n/m;
  if (!state.test(text)) throw new Error('the actor scaffold changed; update asNonState in src/cli/starter.ts');
  return text.replace(
    state,
    'kind: informal-group\n# For kind: state, add its ISO 3166-1 alpha-3 code here, e.g. iso: NOR; other kinds have none.\n',
  );
}

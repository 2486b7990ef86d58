/**
 * The text of a new entry for `npm run new`: every required field present, each
 * explained in a comment, references filled with real ids so the draft passes the
 * check at once. New entries start as drafts: checked, but not published.
 */
import { actorKinds } from '../schemas/actors.ts';
import { regions } from '../schemas/base.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { whoCanAct } from '../schemas/counters.ts';
import { audiences, sectionKinds } from '../schemas/modules.ts';
import { pillars } from '../schemas/threats.ts';

/** The schema's own options, so the comments list exactly what the check accepts. */
function list(options: readonly string[], last?: 'or'): string {
  return last && options.length > 1 ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}` : options.join(', ');
}

export interface ScaffoldInput {
  collection: CollectionName;
  id: string;
  title: string;
  /** Existing ids per collection, to fill required references with something valid. */
  existing: Partial<Record<CollectionName, string[]>>;
  year: number;
  /** The starter (npm run new-site) writes published examples with their own summary and text. */
  summary?: string;
  body?: string;
  /** Default true: `npm run new` entries start as drafts. */
  draft?: boolean;
  /** Today, 'YYYY-MM-DD', for the new entry's published and reviewed dates. Default: the current UTC day. */
  today?: string;
}

const yamlString = (s: string) => JSON.stringify(s);

export function scaffold({
  collection,
  id,
  title,
  existing,
  year,
  summary,
  body,
  draft = true,
  today = new Date().toISOString().slice(0, 10),
}: ScaffoldInput): string {
  const first = (c: CollectionName) => existing[c]?.[0];
  const refList = (c: CollectionName) => (first(c) ? `[${first(c)}]` : '[]');
  const key = first('sources');
  if (collection === 'sources') {
    return `${JSON.stringify(
      [
        {
          id,
          type: 'report',
          title,
          author: [{ family: 'Family name', given: 'Given names or initials' }],
          issued: { 'date-parts': [[year]] },
          publisher: 'Publisher or organisation',
          URL: 'https://example.org/replace-with-the-address-of-the-work',
        },
      ],
      null,
      2,
    )}\n`;
  }
  const lines: string[] = [
    '# The name readers see. Required.',
    `title: ${yamlString(title)}`,
    '# One plain sentence of 20-240 characters, shown on cards, in link previews and in search. Required.',
    `summary: ${yamlString(summary ?? `One sentence saying what ${title} is and why it matters to a reader.`)}`,
    '# Other names, acronyms and spellings readers may search for. Optional.',
    'aliases: []',
    "# When the entry first appears on the site, 'YYYY-MM-DD'. Required.",
    `published: '${today}'`,
    '# When an editor last checked it against its sources; update it at each review. Required.',
    `reviewed: '${today}'`,
  ];
  switch (collection) {
    case 'threats':
      lines.push(
        '# Position in the list of threats, 1 first. Required.',
        `order: ${(existing.threats?.length ?? 0) + 1}`,
        `# Pillars of authoritarian stability it strains: ${list(pillars)}. Optional.`,
        'pillars: []',
      );
      break;
    case 'tactics':
      lines.push(
        '# Ids of the threats (content/threats/) this tactic answers. At least one.',
        `threats: ${refList('threats')}`,
        '# Ids of key actors (content/actors/). Optional.',
        'actors: []',
        `# Regions: ${list(regions)}. Optional.`,
        'regions: []',
      );
      break;
    case 'counters':
      lines.push(
        '# Ids of the tactics (content/tactics/) this counter-strategy answers. At least one.',
        `answers: ${refList('tactics')}`,
        `# Who can act: ${list(whoCanAct)}. At least one.`,
        'whoCanAct: [civil-society]',
      );
      break;
    case 'actors':
      lines.push(
        `# ${list(actorKinds, 'or')}. Required.`,
        'kind: state',
        '# ISO 3166-1 alpha-3 code, required for states (e.g. RUS); delete this line for any other kind.',
        'iso: XXX',
        `# Region: ${list(regions)}. Optional.`,
        'region: global',
        '# Ids of organisations (content/actors/) the sources say it belongs to. Optional.',
        'memberOf: []',
      );
      break;
    case 'cases':
      lines.push(
        "# When it happened or began: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', in quotes. Required.",
        `date: '${year}'`,
        '# When it ended, same format. Optional.',
        '# end: ',
        '# Ids of the tactics (content/tactics/) this episode shows. At least one.',
        `tactics: ${refList('tactics')}`,
        '# Ids of the states (content/actors/) where it happened, and of those involved. Optional.',
        'places: []',
        'participants: []',
      );
      break;
    case 'modules':
      lines.push(
        `# Who it is for: ${list(audiences)}. At least one.`,
        'audience: [general]',
        "# Total length in minutes: must equal the sum of the sections' minutes. Required.",
        'duration: 60',
        '# What participants can do afterwards. At least one.',
        'objectives: ["Explain the main idea of this module in their own words"]',
        '# What participants should know before, and what the trainer needs in the room. Optional.',
        'prerequisites: []',
        'materials: []',
        `# The parts of the session, in order. kind: ${list(sectionKinds, 'or')}.`,
        '# content is shown to participants; notes only to the facilitator. questions and exercises are optional.',
        'sections:',
        '  - title: "Opening activity"',
        '    kind: activity',
        '    minutes: 15',
        '    content: "What participants see on the slide, in Markdown."',
        '    notes: "What the facilitator does and says."',
        '    questions: ["A question to put to the group"]',
        '  - title: "Input"',
        '    kind: input',
        '    minutes: 45',
        `    content: "The main points, each cited${key ? ` [@${key}]` : ''}."`,
        '    notes: "How to present it, and what to watch for."',
        '    exercises:',
        '      - prompt: "A task for participants."',
        '        answer: "What a good answer covers, for the facilitator only."',
      );
      break;
    case 'pages':
      lines.push('# Position in the footer list, lower first. Optional.', 'order: 100');
      break;
    default:
      break;
  }
  if (draft)
    lines.push('# Drafts are checked but not published; delete this line when the entry is ready.', 'draft: true');
  else lines.push('# Set draft: true to keep an entry out of the site while you write it. Optional.', 'draft: false');
  const cite = key ? ` [@${key}]` : '';
  const text =
    body ??
    `## What it is\n\nWrite the entry here in plain language, in short paragraphs. End every factual sentence with a citation of its source, like this${cite}.\n`;
  return `---\n${lines.join('\n')}\n---\n\n${text}`;
}

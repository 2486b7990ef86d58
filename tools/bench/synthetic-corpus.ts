/**
 * A synthetic content set shaped like the real one (frontmatter, about 800 words of
 * prose per entry under headings, citations, cross-links), for the benchmark. It is
 * deterministic for a given size and is only ever written to a temporary folder.
 */
import { lcg } from '../../src/viz/shared/random.ts';

const words =
  'state states regime regimes security service services exile exiles diaspora surveillance network networks cooperation agreement treaty border borders police notice notices court courts council vote votes resolution resolutions internet standard standards organisation organisations member members region regional government governments critic critics journalist journalists activist activists law laws registration funding donor donors report reports record records data technology platform platforms election elections monitor monitoring abroad home family families pressure request requests return returns extradition list lists'.split(
    ' ',
  );
const isoCodes = [
  'RUS',
  'CHN',
  'KAZ',
  'KGZ',
  'TJK',
  'UZB',
  'BLR',
  'AZE',
  'ARM',
  'KHM',
  'SAU',
  'ARE',
  'EGY',
  'IRN',
  'PAK',
  'IND',
  'CUB',
  'VEN',
  'ZAF',
  'USA',
  'DEU',
  'GBR',
  'ITA',
  'PRY',
  'ARG',
  'CHL',
  'URY',
  'BOL',
  'BRA',
  'ZMB',
  'BGD',
  'KEN',
  'TUR',
  'QAT',
  'OMN',
  'KWT',
  'BHR',
];

export interface CorpusFile {
  path: string;
  content: string;
}

export function syntheticCorpus(n: number, seed = 1): CorpusFile[] {
  const random = lcg(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const count = (share: number) => Math.max(2, Math.round(n * share));
  const ids = {
    threats: Array.from({ length: 4 }, (_, i) => `threat-${i + 1}`),
    tactics: Array.from({ length: count(0.2) }, (_, i) => `tactic-${i + 1}`),
    counters: Array.from({ length: count(0.15) }, (_, i) => `counter-${i + 1}`),
    cases: Array.from({ length: count(0.25) }, (_, i) => `case-${i + 1}`),
    actors: Array.from({ length: count(0.2) }, (_, i) => `actor-${i + 1}`),
    glossary: [] as string[],
    sources: Array.from({ length: Math.max(20, Math.round(n / 10)) }, (_, i) => `source-${i + 1}`),
  };
  const used = ids.threats.length + ids.tactics.length + ids.counters.length + ids.cases.length + ids.actors.length;
  ids.glossary = Array.from({ length: Math.max(2, n - used) }, (_, i) => `term-${i + 1}`);
  const sentence = () => {
    const length = 12 + Math.floor(random() * 10);
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  };
  const paragraph = (links: string[]) =>
    Array.from({ length: 4 }, (_, i) => {
      const link = i === 1 && links.length ? ` See [${pick(words)} ${pick(words)}](${pick(links)}).` : '';
      return `${sentence()} [@${pick(ids.sources)}].${link}`;
    }).join(' ');
  const body = (links: string[]) =>
    ['What it is', 'How it works', 'Examples', 'Why it matters']
      .map((h) => `## ${h}\n\n${paragraph(links)}\n\n${paragraph(links)}`)
      .join('\n\n');
  const links = [
    ...ids.tactics.map((id) => `/tactics/${id}/`),
    ...ids.cases.map((id) => `/cases/${id}/`),
    ...ids.actors.map((id) => `/actors/${id}/`),
  ];
  const title = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const summary = () => `${sentence()}.`.slice(0, 200);
  const some = (list: string[], k: number) => [...new Set(Array.from({ length: k }, () => pick(list)))];
  const files: CorpusFile[] = [];
  const mdx = (collection: string, id: string, fields: string[]) =>
    files.push({
      path: `${collection}/${id}.mdx`,
      content: `---\ntitle: ${title(id)}\nsummary: ${JSON.stringify(summary())}\npublished: '2026-01-01'\nreviewed: '2026-01-01'\n${fields.join('\n')}\n---\n\n${body(links)}\n`,
    });
  ids.threats.forEach((id, i) => mdx('threats', id, [`order: ${i + 1}`]));
  ids.tactics.forEach((id) =>
    mdx('tactics', id, [
      `threats: [${some(ids.threats, 2).join(', ')}]`,
      `actors: [${some(ids.actors, 3).join(', ')}]`,
      'regions: [eurasia]',
    ]),
  );
  ids.counters.forEach((id) =>
    mdx('counters', id, [`answers: [${some(ids.tactics, 2).join(', ')}]`, 'whoCanAct: [governments, civil-society]']),
  );
  ids.actors.forEach((id, i) =>
    mdx(
      'actors',
      id,
      i < isoCodes.length ? ['kind: state', `iso: ${isoCodes[i]}`, 'region: eurasia'] : ['kind: regional-organization'],
    ),
  );
  ids.cases.forEach((id) =>
    mdx('cases', id, [
      `date: '${1975 + Math.floor(random() * 49)}'`,
      `tactics: [${some(ids.tactics, 2).join(', ')}]`,
      `participants: [${some(ids.actors, 3).join(', ')}]`,
      `places: [${some(ids.actors.slice(0, isoCodes.length), 1).join(', ')}]`,
    ]),
  );
  ids.glossary.forEach((id) => mdx('glossary', id, []));
  const sources = ids.sources.map((id) => ({
    id,
    type: 'article-journal',
    title: title(id),
    author: [{ family: 'Author', given: 'A.' }],
    issued: { 'date-parts': [[2000 + (Number(id.split('-')[1]) % 24)]] },
    'container-title': 'Journal of Studies',
  }));
  files.push({ path: 'sources/sources.json', content: JSON.stringify(sources, null, 1) });
  files.push({
    path: 'site.json',
    content: JSON.stringify({
      title: 'Benchmark corpus',
      description: 'A synthetic corpus for measuring build and page performance.',
      publisher: 'Benchmark',
      // The bench copies the real site's icon here, so the build makes its ZIM files as the real one does.
      illustration: 'illustration-48.png',
    }),
  });
  return files;
}

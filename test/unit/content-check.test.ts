import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { brokenCopy, validFixture } from '../support/fixture-copy.ts';

const check = (contentRoot: string) =>
  checkContent({ contentRoot, projectRoot: contentRoot, today: '2026-11-24' }).problems.map(formatProblem);

describe('checkContent', () => {
  test('passes the valid fixture with every collection represented', () => {
    const result = checkContent({ contentRoot: validFixture, projectRoot: validFixture, today: '2026-11-24' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(new Set(result.entries.map((e) => e.collection)).size).toBe(9);
  });

  test.each([
    ['missing title', 'tactics/shared-watchlists.mdx', (t: string) => t.replace(/^title: .*\n/m, ''), 'tactics/shared-watchlists.mdx:2: title: is required but missing; add it to the frontmatter (text)'],
    ['wrong enum value', 'actors/freedonia.mdx', (t: string) => t.replace('kind: state', 'kind: stat'), 'actors/freedonia.mdx:4: kind: "stat" is not allowed; use one of: state, regional-organization, international-organization, un-body, informal-group, agency, party, forum, company. Did you mean "state"?'],
    ['unknown field', 'tactics/shared-watchlists.mdx', (t: string) => t.replace('regions:', 'regoins:'), 'tactics/shared-watchlists.mdx:7: regoins: "regoins" is not a field of this collection; remove it or correct the name. Did you mean "regions"?'],
    ['state without iso', 'actors/freedonia.mdx', (t: string) => t.replace(/^iso: FRE\n/m, ''), 'actors/freedonia.mdx:2: iso: is required for a state; add its ISO 3166-1 alpha-3 code, e.g. iso: RUS'],
    ['dangling reference', 'counters/early-warning.mdx', (t: string) => t.replace('answers: [shared-watchlists]', 'answers: [shared-watchlist]'), 'counters/early-warning.mdx:4: answers[0]: "shared-watchlist" is not an entry in content/tactics/; use an existing id or add the entry. Did you mean "shared-watchlists"?'],
    ['unknown citation', 'glossary/watchlist.mdx', (t: string) => t.replace('[@doe-2020]', '[@doe-2021]'), 'glossary/watchlist.mdx:5: citation: [@doe-2021] cites "doe-2021", which is not in content/sources/; add the source or correct the key. Did you mean "doe-2020"?'],
    ['broken internal link', 'threats/domestic-opponents.mdx', (t: string) => t.replace('/tactics/shared-watchlists/', '/tactics/shared-watchlist/'), 'threats/domestic-opponents.mdx:9: link: (/tactics/shared-watchlist/) leads to no page of this site; link to an existing entry such as /tactics/<id>/. Did you mean "/tactics/shared-watchlists/"?'],
    ['future date', 'cases/watchlist-vote-2019.mdx', (t: string) => t.replace("date: '2019-06'", "date: '2030'"), 'cases/watchlist-vote-2019.mdx:4: date: 2030 is in the future; cases record what has happened'],
    ['end before date', 'cases/watchlist-vote-2019.mdx', (t: string) => t.replace("date: '2019-06'", "date: '2019-06'\nend: '2018'"), 'cases/watchlist-vote-2019.mdx:5: end: comes before date (2019-06); swap them or correct one'],
    ['invalid YAML', 'glossary/watchlist.mdx', (t: string) => t.replace('title: Watchlist', 'title: "Watchlist'), 'glossary/watchlist.mdx:3: frontmatter: is not valid YAML (missing char); check quotes, colons and indentation'],
    ['bad CSL item', 'sources/refs.json', (t: string) => t.replace('"type": "report"', '"type": "reprot"'), 'sources/refs.json:15: type: "reprot" is not allowed; use one of: article, article-journal, article-magazine, article-newspaper, book, chapter, paper-conference, report, webpage, post-weblog, legislation, legal_case, speech, thesis, document, dataset. Did you mean "report"?'],
  ])('reports %s on the right line and field', (_name, file, edit, expected) => {
    expect(check(brokenCopy(file, edit))).toContain(expected);
  });

  test('warns about a source nobody cites, without failing', () => {
    const extra = '{ "id": "lone-2001", "type": "book", "title": "Never Cited", "publisher": "Nobody Press" },';
    const problems = check(brokenCopy('sources/refs.json', (t) => t.replace('[\n', `[\n  ${extra}\n`)));
    expect(problems).toEqual(['sources/refs.json:2: id: "lone-2001" is never cited; cite it as [@lone-2001] where it supports a claim, or remove it (warning)']);
  });
});

import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/check/contrast.ts';
import { shortAuthors } from '../../src/citations/csl-format.ts';
import { buildGraph } from '../../src/site/graph.ts';
import { formatProblem, githubAnnotation } from '../../src/check/problems.ts';
import { normaliseBase } from '../../src/loading/site-config.ts';
import { withBase } from '../../src/site/routes.ts';
import { slugify } from '../../src/site/slug.ts';
import { closest } from '../../src/check/suggest.ts';
import { parseMdx } from '../../src/loading/frontmatter.ts';

describe('small pure helpers', () => {
  test('withBase prefixes site paths only', () => {
    expect(withBase('/', '/tactics/x/')).toBe('/tactics/x/');
    expect(withBase('/sub/', '/tactics/x/#h')).toBe('/sub/tactics/x/#h');
    expect(withBase('/sub/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/sub/', '#note-1')).toBe('#note-1');
  });

  test('normaliseBase accepts the forms people type', () => {
    expect(normaliseBase('counterpoint')).toBe('/counterpoint/');
    expect(normaliseBase('/counterpoint')).toBe('/counterpoint/');
    expect(normaliseBase('/')).toBe('/');
  });

  test('slugify makes ids from titles', () => {
    expect(slugify("Interpol's red notices: abuse & reform")).toBe('interpols-red-notices-abuse-reform');
    expect(slugify('Ünïcode  Title')).toBe('unicode-title');
  });

  test('closest suggests near misses only', () => {
    expect(closest('atlantis', ['alpha-pact', 'freedonia'])).toEqual([]);
    expect(closest('interpl', ['interpol', 'itu'])).toEqual(['interpol']);
  });

  test('contrast ratio follows WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#93c5fd', '#ffffff')).toBeLessThan(4.5);
  });

  test('problems print as file:line: field: message and as GitHub annotations', () => {
    const p = {
      file: 'content/a.mdx',
      line: 3,
      field: 'actors[0]',
      message: 'is wrong, fix it',
      severity: 'error' as const,
    };
    expect(formatProblem(p)).toBe('content/a.mdx:3: actors[0]: is wrong, fix it');
    expect(githubAnnotation(p)).toBe('::error file=content/a.mdx,line=3,title=actors[0]::is wrong, fix it');
  });

  test('frontmatter fields are found on their lines', () => {
    const parsed = parseMdx('---\ntitle: A\nactors:\n  - x\n  - y\n---\nBody\n');
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['actors', 1])).toBe(5);
    expect(parsed.lineOf(['missing'])).toBe(2);
    expect(parsed.bodyLine).toBe(7);
  });
});

describe('csl formatting', () => {
  const article = {
    id: 'lemon-2019',
    type: 'article-journal' as const,
    title: 'Weaponizing Interpol',
    author: [{ family: 'Lemon', given: 'E.' }],
    issued: { 'date-parts': [[2019]] },
    'container-title': 'Journal of Democracy',
    volume: '30',
    issue: '2',
    page: '15-29',
  };
  test('shortens author lists', () => {
    const three = { ...article, author: [{ family: 'A' }, { family: 'B' }, { family: 'C' }] };
    expect(shortAuthors(three)).toBe('A et al.');
    expect(shortAuthors({ ...article, author: [{ literal: 'BBC' }] })).toBe('BBC');
  });
});

describe('graph', () => {
  test('turns reference fields and citations into edges readable both ways', () => {
    const graph = buildGraph([
      { collection: 'tactics', id: 't', data: { threats: ['th'], actors: ['a'] }, body: 'x [@s-1]' },
      { collection: 'counters', id: 'c', data: { answers: ['t'] } },
      { collection: 'cases', id: 'k', data: { tactics: ['t'], vote: { body: 'a' } } },
    ]);
    expect(graph.incoming({ collection: 'tactics', id: 't' }, 'answers')).toEqual([
      { collection: 'counters', id: 'c' },
    ]);
    expect(graph.outgoing({ collection: 'tactics', id: 't' }, 'cites')).toEqual([{ collection: 'sources', id: 's-1' }]);
    expect(
      graph
        .incoming({ collection: 'actors', id: 'a' })
        .map((n) => n.id)
        .sort(),
    ).toEqual(['k', 't']);
  });
});

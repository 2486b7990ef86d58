/**
 * Any organisation can start its own site: the collection registry, what a content set
 * publishes (empty collections and explainers without data leave no page behind),
 * collection labels from site.json, and the starter's files (test/cli/new-site.test.ts runs
 * the commands).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { starterFiles } from '../../src/cli/starter.ts';
import { collectionNames, collectionOfType, collections } from '../../src/schemas/collections.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { collectionLabelsFor } from '../../src/site/collection-labels.ts';
import { collectionsWithEntries, explainersWithData, publishedPaths } from '../../src/site/published.ts';

const minimal = join(process.cwd(), 'test', 'fixtures', 'content-minimal');
const today = '2026-11-24';

describe('the collection registry', () => {
  test('every collection has a folder of its own and at least one npm run new type', () => {
    expect(new Set(collectionNames.map((c) => collections[c].dir)).size).toBe(collectionNames.length);
    for (const c of collectionNames)
      expect(collections[c].types.map((t) => collectionOfType[t])).toEqual(collections[c].types.map(() => c));
  });
});

describe('what a content set publishes', () => {
  const threat = { collection: 'threats' as const, id: 't', data: { title: 'T', draft: false } };
  const tactic = { collection: 'tactics' as const, id: 'a', data: { threats: ['t'] } };
  const draftCase = { collection: 'cases' as const, id: 'c', data: { draft: true, places: [], participants: [] } };

  test('drafts do not make a collection present', () => {
    expect(collectionsWithEntries([threat, draftCase])).toEqual(['threats']);
  });

  test('explainers need data: flow needs threats and tactics, the timeline a published case', () => {
    expect(explainersWithData([threat])).toEqual([]);
    expect(explainersWithData([threat, tactic, draftCase])).toEqual(['flow']);
    const state = { collection: 'actors' as const, id: 's', data: { kind: 'state', iso: 'NOR', memberOf: [] } };
    const group = { collection: 'actors' as const, id: 'g', data: { kind: 'informal-group', memberOf: [] } };
    const placed = { collection: 'cases' as const, id: 'p', data: { places: ['s'], participants: ['s', 'g'] } };
    expect(explainersWithData([state, group, placed])).toEqual(['network', 'map', 'timeline']);
  });

  test('an empty collection and a draft have no page; home, search and downloads always do', () => {
    const paths = publishedPaths([threat, draftCase]);
    expect([...paths].sort()).toEqual(['/', '/downloads/', '/search/', '/threats/', '/threats/t/']);
  });
});

describe('the check and the build agree', () => {
  test('a link to an empty collection, or to an explainer without data, is refused with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-minimal-'));
    cpSync(minimal, dir, { recursive: true });
    const file = join(dir, 'threats', 'vote-buying.mdx');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nSee [the cases](/cases/) and [the timeline](/explainers/timeline/).\n`,
    );
    const problems = checkContent({ contentRoot: dir, projectRoot: dir, today }).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^threats\/vote-buying\.mdx:12: link: \(\/cases\/\) leads to no page of this site/),
      expect.stringMatching(
        /^threats\/vote-buying\.mdx:12: link: \(\/explainers\/timeline\/\) leads to no page of this site/,
      ),
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('collection labels', () => {
  test('site.json renames a collection; what it leaves out keeps the default', () => {
    const config = siteConfigSchema.parse(JSON.parse(readFileSync(join(minimal, 'site.json'), 'utf8')));
    const labels = collectionLabelsFor(config);
    expect(labels.threats).toEqual({
      singular: 'Risk',
      plural: 'Risks',
      intro: 'The risks to a fair election that this site explains.',
    });
    expect(labels.sources.plural).toBe('Reading list');
    expect(labels.sources.singular).toBe('Source');
    expect(labels.tactics.plural).toBe('Tactics');
  });

  test('an unknown collection name in site.json is refused', () => {
    const result = siteConfigSchema.safeParse({
      title: 'T',
      description: 'A description of twenty characters or more.',
      publisher: 'P',
      collections: { risks: { plural: 'Risks' } },
    });
    expect(result.success).toBe(false);
  });
});

describe('the starter', () => {
  test('comments every frontmatter field of every example', () => {
    for (const [path, text] of Object.entries(starterFiles('mysite', 2026))) {
      if (!path.endsWith('.mdx')) continue;
      const front = text.split('---')[1]!.trim().split('\n');
      // Each top-level field has a comment right above it; two pairs share one comment.
      const shareComment = new Set(['participants', 'materials']);
      const top = front.filter((l) => !/^\s/.test(l));
      top.forEach((line, i) => {
        const field = /^([a-zA-Z]+):/.exec(line)?.[1];
        if (!field) return;
        const above = top[i - 1] ?? '';
        expect(above.startsWith('#') || shareComment.has(field), `${path}: ${field}`).toBe(true);
      });
      expect(front[0], path).toMatch(/^# /);
    }
  });

  test("the starter's README explains every site.json field", () => {
    const readme = starterFiles('mysite', 2026)['README.md']!;
    const missing = Object.keys(siteConfigSchema.shape).filter((field) => !readme.includes(`- \`${field}\`:`));
    expect(missing).toEqual([]);
  });
});

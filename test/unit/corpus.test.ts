/**
 * The real corpus is cross-linked so a reader can walk threat -> tactic -> counter -> case:
 * every tactic has a counter-strategy, a case and a cited source, and every counter-strategy
 * answers a tactic. Prints the counts the content issue asks for.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citedKeys } from '../../src/citations/citations.ts';
import { loadContent, type RawEntry } from '../../src/loading/content-files.ts';
import { collectionNames } from '../../src/schemas/collections.ts';

const { entries, problems } = loadContent(join(process.cwd(), 'content'), process.cwd());
const of = (collection: string) => entries.filter((e) => e.collection === collection);
const field = (e: RawEntry, name: string): string[] => {
  const value = (e.data as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.map(String) : [];
};

describe('the content corpus', () => {
  test('loads without problems', () => {
    expect(problems).toEqual([]);
  });

  test('meets the counts the site is built for', () => {
    const counts = Object.fromEntries(collectionNames.map((c) => [c, of(c).length]));
    console.log('content counts:', JSON.stringify(counts));
    expect(counts['threats']).toBeGreaterThanOrEqual(4);
    expect(counts['tactics']).toBeGreaterThanOrEqual(18);
    expect(counts['counters']).toBeGreaterThanOrEqual(15);
    expect(counts['actors']).toBeGreaterThanOrEqual(30);
    expect(counts['cases']).toBeGreaterThanOrEqual(20);
    expect(counts['sources']).toBeGreaterThanOrEqual(60);
    expect(counts['glossary']).toBeGreaterThanOrEqual(30);
    expect(counts['modules']).toBeGreaterThanOrEqual(4);
  });

  test('every tactic has a counter-strategy, a case and a cited source', () => {
    const answered = new Set(of('counters').flatMap((c) => field(c, 'answers')));
    const shown = new Set(of('cases').flatMap((c) => field(c, 'tactics')));
    const gaps = of('tactics').flatMap((t) => [
      ...(answered.has(t.id) ? [] : [`${t.file}: no counter-strategy answers it`]),
      ...(shown.has(t.id) ? [] : [`${t.file}: no case shows it`]),
      ...(citedKeys(t.body).length ? [] : [`${t.file}: cites no source`]),
    ]);
    expect(gaps).toEqual([]);
  });

  test('every counter-strategy answers at least one tactic', () => {
    expect(
      of('counters')
        .filter((c) => field(c, 'answers').length === 0)
        .map((c) => c.file),
    ).toEqual([]);
  });
});

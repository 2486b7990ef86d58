import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { faults } from '../fixtures/faults.ts';
import { brokenCopy, copyWithFault, validFixture } from '../support/fixture-copy.ts';

const check = (contentRoot: string) =>
  checkContent({ contentRoot, projectRoot: contentRoot, today: '2026-11-24' }).problems.map(formatProblem);

describe('checkContent', () => {
  test('passes the valid fixture, which has every collection', () => {
    const result = checkContent({ contentRoot: validFixture, projectRoot: validFixture, today: '2026-11-24' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(new Set(result.entries.map((e) => e.collection)).size).toBe(9);
  });

  test('the fault set covers at least 20 distinct faults', () => {
    expect(new Set(faults.map((f) => f.name)).size).toBeGreaterThanOrEqual(20);
  });

  test.each(faults)('reports $name as exactly one error, on the right file, line and field', (fault) => {
    const problems = check(copyWithFault(fault)).filter((p) => !p.endsWith('(warning)'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(fault.expected);
  });

  test('warns about a source nobody cites, without failing', () => {
    const extra = '{ "id": "lone-2001", "type": "book", "title": "Never Cited", "publisher": "Nobody Press" },';
    const problems = check(brokenCopy('sources/refs.json', (t) => t.replace('[\n', `[\n  ${extra}\n`)));
    expect(problems).toEqual([
      'sources/refs.json:2: id: "lone-2001" is never cited; cite it as [@lone-2001] where it supports a claim, or remove it (warning)',
    ]);
  });

  test('warns about what looks like personal data, for a human to confirm', () => {
    const dir = brokenCopy(
      'tactics/shared-watchlists.mdx',
      (t) => `${t}\nWrite to jane.doe@example.org or call +44 20 7946 0958.\n`,
    );
    expect(check(dir)).toEqual([
      'tactics/shared-watchlists.mdx:15: personal data: "jane.doe@example.org" looks like an e-mail address; confirm the person agreed to publish it, or remove it (warning)',
      'tactics/shared-watchlists.mdx:15: personal data: "+44 20 7946 0958" looks like a phone number; confirm it may be published, or remove it (warning)',
    ]);
  });
});

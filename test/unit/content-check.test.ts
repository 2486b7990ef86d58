import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { findMetadata } from '../../src/check/image-metadata.ts';
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
      'tactics/shared-watchlists.mdx:13: personal data: "jane.doe@example.org" looks like an e-mail address; confirm the person agreed to publish it, or remove it (warning)',
      'tactics/shared-watchlists.mdx:13: personal data: "+44 20 7946 0958" looks like a phone number; confirm it may be published, or remove it (warning)',
    ]);
  });
});

describe('npm run check', () => {
  const run = (args: string[], content: string) =>
    spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
      env: { ...process.env, COUNTERPOINT_CONTENT: content },
      encoding: 'utf8',
    });

  test.each(faults)('exits 1 on $name and prints the file, line and field', (fault) => {
    const result = run([], copyWithFault(fault));
    expect(result.status).toBe(1);
    // Paths print relative to the project; the fixture copy lives in a temporary folder.
    expect(result.stdout.replace(/(?:\.\.\/)*[\w./-]*?counterpoint-fixture-\w+\//g, '')).toContain(fault.expected);
    expect(result.stdout).toMatch(/checked in [\d.]+ s: 1 error/);
  });

  test('prints GitHub annotations with --format=github', () => {
    const result = run(['--format=github'], copyWithFault(faults[0]!));
    expect(result.stdout).toContain('::error file=');
    expect(result.stdout).toMatch(/,line=2,title=title::is required but missing/);
  });

  test('--fix strips GPS metadata from a photo, and the check then passes', () => {
    const fault = faults.find((f) => f.name === 'photo with GPS metadata')!;
    const dir = copyWithFault(fault);
    const fixed = run(['--fix'], dir);
    expect(fixed.stdout).toContain('stripped metadata from');
    expect(fixed.status).toBe(0);
    expect(findMetadata(readFileSync(join(dir, fault.file)))).toEqual({ kinds: [], gps: false });
  });

  test('refuses an unknown option with the usage line and changes nothing', () => {
    const result = run(['--fx'], validFixture);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option --fx');
    expect(result.stderr).toContain('usage: npm run check');
  });
});

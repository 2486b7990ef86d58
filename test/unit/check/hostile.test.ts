import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../../src/check/check-all.ts';
import { formatProblem } from '../../../src/check/problems.ts';
import { faults } from '../../fixtures/faults.ts';
import { hostile } from '../../fixtures/hostile.ts';
import { edgeEdits } from '../../fixtures/valid-edge-cases.ts';
import { copyWithFault, validFixture } from '../../support/fixture-copy.ts';

const errorsIn = (root: string) =>
  checkProject(root, { contentRoot: root, today: '2026-11-24' }).errors.map(formatProblem);

describe('the content gate refuses hostile content', () => {
  test('the suite has at least 60 cases, in every class', () => {
    const classes = new Map<string, number>();
    for (const c of hostile) classes.set(c.class, (classes.get(c.class) ?? 0) + 1);
    expect(hostile.length).toBeGreaterThanOrEqual(60);
    expect([...classes.keys()].sort()).toEqual(
      [
        'components',
        'csl',
        'html',
        'links',
        'mdx code',
        'module sections',
        'resources',
        'site config',
        'structure',
        'svg',
      ].sort(),
    );
  });

  test.each(hostile.map((c) => ({ ...c, label: `${c.class}: ${c.name}` })))('$label', (c) => {
    const errors = errorsIn(copyWithFault(c));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${c.expected}: `), errors[0]).toBe(true);
  });
});

describe('valid content in the shapes real tools write passes', () => {
  test('BOM, CRLF, Arabic, Russian and Chinese titles, https and mailto links, curly quotes', () => {
    const root = mkdtempSync(join(tmpdir(), 'counterpoint-edge-'));
    cpSync(validFixture, root, { recursive: true });
    for (const e of edgeEdits) {
      const path = join(root, e.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e.edit ? e.edit(readFileSync(path, 'utf8')) : (e.create ?? ''));
    }
    expect(errorsIn(root)).toEqual([]);
  });

  test.each(faults)('the existing fault "$name" still fails as one error', (fault) => {
    expect(errorsIn(copyWithFault(fault))).toHaveLength(1);
  });
});

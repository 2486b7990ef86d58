import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findMetadata } from '../../src/check/image-metadata.ts';
import { faults } from '../fixtures/faults.ts';
import { copyWithFault, validFixture } from '../support/fixture-copy.ts';

/** `npm run check` as an editor runs it: a real process, its exit code and what it prints. */
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

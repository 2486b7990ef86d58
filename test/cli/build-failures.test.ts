import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenCopy } from '../support/fixture-copy.ts';

const faults = [
  {
    name: 'a tactic without a title',
    file: 'tactics/shared-watchlists.mdx',
    edit: (t: string) => t.replace(/^title: .*\n/m, ''),
    expected: /tactics\/shared-watchlists\.mdx:2: title: is required but missing/,
  },
  {
    name: 'a tactic naming an actor that does not exist',
    file: 'tactics/shared-watchlists.mdx',
    edit: (t: string) => t.replace('actors: [alpha-pact, freedonia]', 'actors: [alpha-pact, atlantis]'),
    expected: /tactics\/shared-watchlists\.mdx:6: actors\[1\]: "atlantis" is not an entry in content\/actors\//,
  },
  {
    name: 'a citation of an unknown source key',
    file: 'tactics/shared-watchlists.mdx',
    edit: (t: string) => t.replace('[@doe-2020; @roe-2019]', '[@doe-2020; @nobody-1999]'),
    expected: /tactics\/shared-watchlists\.mdx:13: citation: \[@doe-2020; @nobody-1999\] cites "nobody-1999"/,
  },
];

describe.each(faults)('$name', ({ file, edit, expected }) => {
  const content = brokenCopy(file, edit);
  const env = { ...process.env, COUNTERPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };

  test('stops the build with one line naming the file and field, no stack trace, and nothing written', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'counterpoint-out-'));
    rmSync(outDir, { recursive: true });
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env,
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(expected);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('fails npm run check the same way', () => {
    const run = spawnSync(process.execPath, ['src/cli/check.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(expected);
    expect(run.stdout).toMatch(/1 error, 0 warnings/);
  });
});

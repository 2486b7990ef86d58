import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionOfType } from '../../src/schemas/collections.ts';
import { validFixture } from '../support/fixture-copy.ts';

function freshContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-new-'));
  cpSync(validFixture, dir, { recursive: true });
  return dir;
}
const run = (script: string, args: string[], content: string) =>
  spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, COUNTERPOINT_CONTENT: content },
    encoding: 'utf8',
  });

describe('npm run new', () => {
  test.each(Object.keys(collectionOfType))('scaffolds a %s that passes npm run check at once', (type) => {
    const content = freshContent();
    const created = run('src/cli/new.ts', [type, `Test ${type}`], content);
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(new RegExp(`created .*test-${type}\\.(mdx|json)`));
    const checked = run('src/cli/check.ts', [], content);
    expect(checked.stdout).toMatch(/0 errors/);
    expect(checked.status).toBe(0);
  });

  test('refuses an id that exists, writing nothing', () => {
    const content = freshContent();
    const before = readdirSync(join(content, 'tactics'));
    const result = run('src/cli/new.ts', ['tactic', 'Shared watchlists'], content);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the id "shared-watchlists" is already used by');
    expect(readdirSync(join(content, 'tactics'))).toEqual(before);
  });

  test('refuses an unknown type, suggesting the closest', () => {
    const result = run('src/cli/new.ts', ['tactc', 'Anything'], freshContent());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown type "tactc". Did you mean "tactic"?');
  });

  test('refuses a missing title', () => {
    const result = run('src/cli/new.ts', ['tactic'], freshContent());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('give a type and a title in quotes');
  });
});

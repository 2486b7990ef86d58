/**
 * `npm run new-site` and `npm run check` on the sites another organisation starts with:
 * the starter's output, and a minimal site with empty and absent collections.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionNames, collections } from '../../src/schemas/collections.ts';

const minimal = join(process.cwd(), 'test', 'fixtures', 'content-minimal');

describe('npm run check on a minimal site', () => {
  test('npm run new creates the folder of an absent collection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-minimal-'));
    cpSync(minimal, dir, { recursive: true });
    const created = spawnSync(process.execPath, ['src/cli/new.ts', 'tactic', 'Ballot stuffing'], {
      env: { ...process.env, COUNTERPOINT_CONTENT: dir },
      encoding: 'utf8',
    });
    expect(created.stderr).toBe('');
    expect(readdirSync(join(dir, 'tactics'))).toEqual(['ballot-stuffing.mdx']);
    const checked = spawnSync(process.execPath, ['src/cli/check.ts', '--content', dir], { encoding: 'utf8' });
    expect(checked.stdout).toMatch(/5 entries checked .*: 0 errors, 0 warnings/);
  });

  test('the minimal site, with empty and absent collections, passes and says which it leaves out', () => {
    const run = spawnSync(process.execPath, ['src/cli/check.ts', '--content', minimal], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'note: no published entries in tactics/, counters/, cases/, actors/, glossary/, modules/: the site leaves them out (a content folder needs only site.json; any collection may be empty or absent)',
    );
    expect(run.stdout).toMatch(/4 entries checked .*: 0 errors, 0 warnings/);
  });
});

describe('npm run new-site', () => {
  const newSite = (folder: string) =>
    spawnSync(process.execPath, ['src/cli/new-site.ts', folder], { encoding: 'utf8' });

  test('writes one example per collection, which passes the check with no error and no warning', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'counterpoint-new-site-')), 'mysite');
    const run = newSite(folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`COUNTERPOINT_CONTENT=${folder} npm run dev`);
    for (const c of collectionNames) expect(readdirSync(join(folder, collections[c].dir)).length, c).toBe(1);
    const checked = spawnSync(process.execPath, ['src/cli/check.ts', '--content', folder], { encoding: 'utf8' });
    expect(checked.stdout).toMatch(/9 entries checked .*: 0 errors, 0 warnings/);
    expect(checked.stdout).not.toContain('note:');
    expect(checked.status).toBe(0);
  });

  test('refuses a folder that is not empty, in one line naming the fix, and writes nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'counterpoint-new-site-'));
    mkdirSync(join(folder, 'notes'));
    const run = newSite(folder);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${folder} is not empty, and new-site never overwrites files; give a new folder name, or empty this one first`,
    ]);
    expect(readdirSync(folder)).toEqual(['notes']);
  });

  test('refuses a missing folder argument with the usage line', () => {
    const run = newSite('');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run new-site -- <folder>');
  });
});

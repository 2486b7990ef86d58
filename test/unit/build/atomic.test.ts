import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { atomicBuild } from '../../../src/build/atomic.ts';
import { treeHash } from '../../support/tree-hash.ts';

function previousBuild() {
  const parent = mkdtempSync(join(tmpdir(), 'counterpoint-atomic-'));
  const out = join(parent, 'dist');
  mkdirSync(join(out, 'old'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>old</p>');
  writeFileSync(join(out, 'old', 'page.html'), '<p>old page</p>');
  return { parent, out, before: treeHash(out) };
}

describe('atomicBuild', () => {
  test('a build that fails half-way leaves the previous output byte-identical and no temp folder', async () => {
    const { parent, out, before } = previousBuild();
    const ok = await atomicBuild(out, async (temp) => {
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, 'index.html'), '<p>half</p>');
      return false;
    });
    expect(ok).toBe(false);
    expect(treeHash(out)).toBe(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('a build that throws leaves the previous output byte-identical', async () => {
    const { parent, out, before } = previousBuild();
    await expect(
      atomicBuild(out, async (temp) => {
        mkdirSync(temp, { recursive: true });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(treeHash(out)).toBe(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('a successful build replaces the whole output, stale files included', async () => {
    const { parent, out } = previousBuild();
    const ok = await atomicBuild(out, async (temp) => {
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, 'index.html'), '<p>new</p>');
      return true;
    });
    expect(ok).toBe(true);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

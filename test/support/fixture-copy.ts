import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const validFixture = join(process.cwd(), 'test', 'fixtures', 'content-valid');

/** A throwaway copy of the valid fixture content, with one file changed; the real content/ is never touched. */
export function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

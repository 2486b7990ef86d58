import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const validFixture = join(process.cwd(), 'test', 'fixtures', 'content-valid');

/** A throwaway copy of the valid fixture content, with one file changed; the real content/ is never touched. */
export function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

/** A copy of the valid fixture with one fault applied (an edited file or a new one). */
export function copyWithFault(fault: {
  file: string;
  edit?: (t: string) => string;
  create?: string | Uint8Array;
}): string {
  if (fault.edit) return brokenCopy(fault.file, fault.edit);
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  mkdirSync(dirname(join(dir, fault.file)), { recursive: true });
  writeFileSync(join(dir, fault.file), fault.create ?? '');
  return dir;
}

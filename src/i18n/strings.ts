/**
 * Interface words per locale: one file per language beside en.ts. A locale without a file
 * uses English; a file whose keys differ from en.ts fails `npm run check`.
 */
import * as ar from './ar.ts';
import * as en from './en.ts';
import * as ru from './ru.ts';

export interface Strings {
  collectionLabels: en.CollectionLabels;
  ui: en.UiStrings;
  /** The slides, speaker view and offline kit. */
  slideUi: en.SlideStrings;
  /** The training modules' pages. */
  moduleUi: en.ModuleStrings;
}

export const stringFiles: Record<string, Strings> = { en, ru, ar };

export function stringsFor(code: string): Strings {
  return stringFiles[code] ?? stringFiles[code.split('-')[0]!] ?? en;
}

/** Every key path of a nested object of strings: ui.home, ui.facts.when, ... */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys a locale's file lacks or adds compared with English. */
export function keyDifferences(reference: unknown, other: unknown): { missing: string[]; extra: string[] } {
  const want = new Set(keyPaths(reference));
  const have = new Set(keyPaths(other));
  return { missing: [...want].filter((k) => !have.has(k)), extra: [...have].filter((k) => !want.has(k)) };
}

/**
 * The pages under /<locale>/ are the default language's pages rendered again: each route
 * file there imports its English twin and lists its paths once per other locale. The
 * twin reads the locale from the URL (src/data/locale.ts), so there is one template per page.
 */
import { otherLocales } from './locale.ts';

type Path = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

export async function inEveryLocale(paths: Path[] | Promise<Path[]> = [{ params: {} }]): Promise<Path[]> {
  const list = await paths;
  return otherLocales.flatMap((l) => list.map((p) => ({ ...p, params: { ...p.params, locale: l.code } })));
}

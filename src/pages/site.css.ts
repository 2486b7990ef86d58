import type { APIRoute } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../data/site.ts';
import { buildStylesheet } from '../build/stylesheet.ts';

const dir = join(process.cwd(), 'src', 'styles');

export const GET: APIRoute = () => {
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return new Response(buildStylesheet(parts, site.colours), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

// Thin on purpose: the site's settings live in content/site.json, the wiring in src/integrations/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { editions } from './src/integrations/editions.ts';
import { offlineKits } from './src/integrations/offline-kits.ts';
import { outputScan } from './src/integrations/output-scan.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteLocales } from './src/i18n/locales.ts';
import { contentRoot } from './src/loading/content-root.ts';
import { loadSiteConfig } from './src/loading/site-config.ts';
import { formatProblem } from './src/check/problems.ts';
import { baseLinks } from './src/site/base-links.ts';
import { citations } from './src/citations/markdown-plugin.ts';

const root = new URL('.', import.meta.url);
const { config, problems } = loadSiteConfig(root.pathname);
if (!config) {
  console.error(`${problems.map(formatProblem).join('\n')}\n\nThe site configuration is invalid; nothing was built.`);
  process.exit(1);
}

export default defineConfig({
  ...(config.site ? { site: config.site } : {}),
  base: config.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The site's components for MDX. Content never imports (src/check/markdown-gate.ts refuses it); they are passed in.
  vite: {
    resolve: { alias: { '@counterpoint/components': new URL('./src/components/mdx.ts', import.meta.url).pathname } },
  },
  // Every page carries a Content-Security-Policy: only this site's own files load, and an
  // inline script runs only if Astro hashed it at build time. Pagefind needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    contentCheck(),
    mdx(),
    // One index per language when the site has several (Pagefind reads each page's lang).
    pagefind({ language: (config.locales?.length ?? 1) > 1 ? undefined : config.lang.split('-')[0] }),
    offlineKits({ base: config.base, locales: siteLocales(config) }),
    // Sitemaps need absolute addresses: only when the site's URL is configured. The 404 page is no page of its own.
    ...(config.site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })] : []),
    // Last: the offline editions pack the finished site, search index and kits included.
    editions({
      config,
      contentRoot: contentRoot(root.pathname),
      // One ZIM file per language: the default language's pages sit at the root, the others' under /<code>/.
      locales: siteLocales(config).map((l) => ({
        code: l.code,
        prefix: l.default ? '' : `${l.code}/`,
        label: new Intl.DisplayNames(['en'], { type: 'language' }).of(l.code) ?? l.code,
      })),
    }),
    // After everything else (editions fill in the downloads page), so it reads every file written.
    outputScan(),
  ],
  markdown: {
    // Sätteri, Astro's Rust Markdown/MDX processor, with our two plugins: citations (a factory,
    // so each document gets its own notes) and base-path links. Its smart punctuation curls quotes.
    processor: satteri({ mdastPlugins: [citations, baseLinks(config.base)] }),
    syntaxHighlight: false,
  },
});

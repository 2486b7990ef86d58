/**
 * An Atom feed (RFC 4287) of new and updated entries: a feed reader sees an entry when it
 * is first published and again when an editor reviews it. Atom wants absolute ids and
 * links, so the feed is only built when the site's URL is configured.
 */
export interface FeedEntry {
  title: string;
  summary: string;
  /** Absolute address of the entry's page. */
  url: string;
  /** Kind of entry, e.g. "Tactic", written as the Atom category. */
  category: string;
  published: string;
  reviewed: string;
}

export interface FeedInput {
  title: string;
  subtitle: string;
  /** Absolute address of the home page. */
  siteUrl: string;
  /** Absolute address of the feed itself. */
  feedUrl: string;
  author: string;
  lang: string;
  entries: FeedEntry[];
  /** How many entries to keep, newest first. Default: 50. */
  limit?: number;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** A day as an Atom date-time: midnight UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

/** Newest first by review date, then by first publication, then by title. */
export function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.reviewed.localeCompare(a.reviewed) || b.published.localeCompare(a.published) || a.title.localeCompare(b.title),
  );
}

export function atomFeed(input: FeedInput): string {
  const entries = newestFirst(input.entries).slice(0, input.limit ?? 50);
  const updated = entries[0]?.reviewed ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(input.lang)}">`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <id>${escapeXml(input.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${atomDate(e.published)}</published>`,
      `    <updated>${atomDate(e.reviewed)}</updated>`,
      `    <category term="${escapeXml(e.category)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

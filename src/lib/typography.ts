/**
 * Typographic punctuation for prose: curly quotes and apostrophes, an ellipsis for "...",
 * an em dash for "--". It replaces Astro's default (remark-smartypants), which parses every
 * sentence into a natural-language tree and was a third of the MDX compile time at 1,000
 * entries; a character scan gives the same marks for the way editors write here.
 */

const opensAfter = /[\s([{\u2014\u2013\u201c\u2018-]/;

/**
 * Rewrites one run of text. `before` is the character that precedes it in the document
 * (the end of the previous text node), so a quote after emphasis still closes.
 */
export function smartPunctuation(text: string, before = ''): string {
  let out = '';
  let prev = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let mark = c;
    if (c === '"') {
      mark = prev === '' || opensAfter.test(prev) ? '\u201c' : '\u201d';
    } else if (c === "'") {
      // After a letter or digit it is an apostrophe or a closing quote; both are ’.
      mark = prev === '' || opensAfter.test(prev) ? '\u2018' : '\u2019';
    } else if (c === '.' && text.startsWith('...', i)) {
      mark = '\u2026';
      i += 2;
    } else if (c === '-' && text[i + 1] === '-') {
      mark = '\u2014';
      i += 1;
    }
    out += mark;
    prev = mark;
  }
  return out;
}

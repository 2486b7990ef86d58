import { describe, expect, test } from 'vitest';
import { citedKeys, findCitations, parseCitation } from '../../src/citations/citations.ts';

describe('citations', () => {
  test('parses keys, locators and prefixes', () => {
    expect(parseCitation('@lemon-2019')).toEqual([{ key: 'lemon-2019' }]);
    expect(parseCitation('see @lemon-2019, p. 17; @cooley-2015')).toEqual([
      { key: 'lemon-2019', prefix: 'see', locator: 'p. 17' },
      { key: 'cooley-2015' },
    ]);
  });

  test('finds citations with offsets, skipping code and links', () => {
    const text = 'A claim [@a-2000]. Code `[@not-this]` and a [link](/x/) and [@b-2001, p. 3; @c-2002].';
    const found = findCitations(text);
    expect(found.map((f) => f.raw)).toEqual(['[@a-2000]', '[@b-2001, p. 3; @c-2002]']);
    expect(found[0]!.index).toBe(text.indexOf('[@a-2000]'));
    expect(found[1]!.items).toEqual([{ key: 'b-2001', locator: 'p. 3' }, { key: 'c-2002' }]);
  });

  test('does not mistake e-mail addresses or link text for citations', () => {
    expect(findCitations('Write to [someone@example.org] or see [@handle](https://example.org).')).toEqual([]);
  });

  test('lists unique keys in order of first citation', () => {
    expect(citedKeys('[@b-1] x [@a-2; @b-1] y [@c-3]')).toEqual(['b-1', 'a-2', 'c-3']);
  });
});

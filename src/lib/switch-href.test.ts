import { describe, expect, it } from 'vitest';
import { idOfHash, switchHref, type ReadingPlace } from './switch-href';

const at = (hash: string, hashInView: boolean, section: string): ReadingPlace => ({ hash, hashInView, section });

describe('switchHref keeps the reader’s place', () => {
  it.each<[string, string, ReadingPlace, string]>([
    ['/zh/model-parameter-scale/', '', at('', false, ''), '/zh/model-parameter-scale/'],
    ['/zh/model-parameter-scale/', '?params=7B&precision=bf16', at('', false, ''), '/zh/model-parameter-scale/?params=7B&precision=bf16'],
    ['/zh/model-parameter-scale/', '', at('#worked-example', true, '#core-concepts'), '/zh/model-parameter-scale/#worked-example'],
    ['/zh/model-parameter-scale/', '', at('', false, '#core-concepts'), '/zh/model-parameter-scale/#core-concepts'],
    // Still at the calculator just typed into: its anchor is the place.
    ['/zh/model-parameter-scale/', '?storage.params=70B', at('#storage-calculator', true, '#storage-requirements'), '/zh/model-parameter-scale/?storage.params=70B#storage-calculator'],
    // Typed into the calculator, then read on: the section now being read, with the values.
    ['/zh/model-parameter-scale/', '?storage.params=70B', at('#storage-calculator', false, '#similar-concepts'), '/zh/model-parameter-scale/?storage.params=70B#similar-concepts'],
    // A section link followed, then scrolled back above the first heading: the top of the page.
    ['/zh/model-parameter-scale/', '', at('#worked-example', false, ''), '/zh/model-parameter-scale/'],
    ['/en/search/', '?q=KV%20cache', at('', false, ''), '/en/search/?q=KV%20cache'],
    // a link already carrying a stale query or hash is replaced, not appended to
    ['http://x.test/zh/a/?old=1#old', '?new=2', at('', false, ''), 'http://x.test/zh/a/?new=2'],
    ['/zh/a/', '', at('#', true, '#s'), '/zh/a/#s'],
  ])('%s + %j %j → %s', (target, search, place, expected) => {
    expect(switchHref(target, search, place)).toBe(expected);
  });
});

describe('idOfHash', () => {
  it('decodes percent-escapes, and keeps a broken one as it stands instead of throwing', () => {
    expect(idOfHash('#kv-cache')).toBe('kv-cache');
    expect(idOfHash('#%E6%98%BE%E5%AD%98')).toBe('显存');
    expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
    expect(idOfHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(idOfHash('')).toBe('');
  });
});

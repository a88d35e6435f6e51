import { describe, expect, it } from 'vitest';
import { switchHref, type ReadingPlace } from './switch-href';

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

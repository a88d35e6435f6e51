import { describe, expect, it } from 'vitest';
import { switchHref } from './switch-href';

describe('switchHref keeps the reader’s place', () => {
  it.each<[string, string, string, string, string]>([
    ['/zh/model-parameter-scale/', '', '', '', '/zh/model-parameter-scale/'],
    ['/zh/model-parameter-scale/', '?params=7B&precision=bf16', '', '', '/zh/model-parameter-scale/?params=7B&precision=bf16'],
    ['/zh/model-parameter-scale/', '', '#worked-example', '#core-concepts', '/zh/model-parameter-scale/#worked-example'],
    ['/zh/model-parameter-scale/', '', '', '#core-concepts', '/zh/model-parameter-scale/#core-concepts'],
    ['/zh/model-parameter-scale/', '?storage.params=70B', '#storage-calculator', '#worked-example', '/zh/model-parameter-scale/?storage.params=70B#storage-calculator'],
    ['/en/search/', '?q=KV%20cache', '', '', '/en/search/?q=KV%20cache'],
    // a link already carrying a stale query or hash is replaced, not appended to
    ['http://x.test/zh/a/?old=1#old', '?new=2', '', '', 'http://x.test/zh/a/?new=2'],
    ['/zh/a/', '', '#', '#s', '/zh/a/#s'],
  ])('%s + %j %j (section %j) → %s', (target, search, hash, section, expected) => {
    expect(switchHref(target, search, hash, section)).toBe(expected);
  });
});

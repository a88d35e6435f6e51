import { describe, expect, it } from 'vitest';
import { MODELS } from './models';
import { TIMELINE, TIMELINE_YEARS, type TimelinePoint } from './timeline';

/** Problems with one row of the timeline, [] when it is sound. */
function rowProblems(row: TimelinePoint): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(row.date)) problems.push(`${row.id}: date ${row.date} is not YYYY-MM`);
  const year = Number(row.date.slice(0, 4));
  if (year < TIMELINE_YEARS.first || year > TIMELINE_YEARS.last) problems.push(`${row.id}: ${row.date} is outside the axis`);
  let url: URL | null = null;
  try {
    url = new URL(row.source.url);
  } catch {
    problems.push(`${row.id}: source URL "${row.source.url}" does not parse`);
  }
  if (url && url.protocol !== 'https:') problems.push(`${row.id}: source URL is not https`);
  if (!row.source.title.trim() || !row.source.cite.trim()) problems.push(`${row.id}: source has no title or citation`);
  if (!Number.isFinite(row.params) || row.params < 1e8) problems.push(`${row.id}: count ${row.params} is not a model size`);
  // An arXiv identifier is YYMM.NNNNN: a published size dated to its paper must carry the paper's month.
  const arxiv = url?.hostname === 'arxiv.org' ? /^\/abs\/(\d{2})(\d{2})\.\d{4,5}$/.exec(url.pathname) : null;
  if (url?.hostname === 'arxiv.org' && !arxiv) problems.push(`${row.id}: arXiv URL is not /abs/YYMM.NNNNN`);
  if (arxiv && row.status === 'published' && row.date !== `20${arxiv[1]}-${arxiv[2]}`) {
    problems.push(`${row.id}: dated ${row.date}, but its paper appeared 20${arxiv[1]}-${arxiv[2]}`);
  }
  return problems;
}

/** Where a row contradicts src/data/models.ts, [] when it agrees. */
function modelsProblems(row: TimelinePoint): string[] {
  const model = MODELS.find((m) => m.id === row.id);
  if (model) {
    const problems: string[] = [];
    if (model.params !== row.params) problems.push(`${row.id}: ${row.params} here, ${model.params} in models.ts`);
    if (model.status !== row.status) problems.push(`${row.id}: ${row.status} here, ${model.status} in models.ts`);
    if (model.source.url !== row.source.url) problems.push(`${row.id}: cites ${row.source.url}, models.ts ${model.source.url}`);
    return problems;
  }
  // A second point for a model models.ts records under another id: one of its other estimates.
  const byName = MODELS.find((m) => m.name === row.name);
  if (!byName) return [];
  const other = byName.otherEstimates?.find((e) => e.params === row.params && e.source.url === row.source.url);
  return row.status === 'estimate' && other ? [] : [`${row.id}: ${row.name} is ${byName.id} in models.ts, with another count or source`];
}

describe('the timeline data', () => {
  it('has at least 40 models from GPT-2 (2019) on, in date order, each id once', () => {
    expect(TIMELINE.length).toBeGreaterThanOrEqual(40);
    expect(TIMELINE[0]).toMatchObject({ id: 'gpt-2', date: '2019-02' });
    const dates = TIMELINE.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(TIMELINE.map((r) => r.id)).size).toBe(TIMELINE.length);
  });

  it('gives every row a date, a count and a primary source URL', () => {
    expect(TIMELINE.flatMap(rowProblems)).toEqual([]);
  });

  it('agrees with src/data/models.ts wherever both name a model', () => {
    expect(TIMELINE.flatMap(modelsProblems)).toEqual([]);
  });

  it('marks exactly the source article’s three estimates, as estimates', () => {
    const marked = TIMELINE.filter((r) => r.marked);
    expect(marked.map((r) => r.id).sort()).toEqual(['claude-3-5-sonnet', 'gpt-4o', 'gpt-4o-mini']);
    expect(marked.every((r) => r.status === 'estimate' && r.source.url === 'https://arxiv.org/abs/2412.19260')).toBe(true);
  });

  it('draws published counts and estimates both', () => {
    const published = TIMELINE.filter((r) => r.status === 'published').length;
    expect(published).toBeGreaterThanOrEqual(40);
    expect(TIMELINE.length - published).toBeGreaterThanOrEqual(3);
  });
});

describe('the row checks themselves', () => {
  const good: TimelinePoint = {
    id: 'gpt-3',
    name: 'GPT-3',
    date: '2020-05',
    params: 175e9,
    status: 'published',
    source: { title: 'Brown et al.', url: 'https://arxiv.org/abs/2005.14165', cite: 'Brown et al. 2020' },
  };

  it('accepts a sound row', () => {
    expect(rowProblems(good)).toEqual([]);
    expect(modelsProblems(good)).toEqual([]);
  });

  it('fails a row without a source URL', () => {
    expect(rowProblems({ ...good, source: { ...good.source, url: '' } })).toHaveLength(1);
    expect(rowProblems({ ...good, source: { ...good.source, url: 'http://arxiv.org/abs/2005.14165' } })).toHaveLength(1);
  });

  it('fails a published row dated away from its arXiv paper, and a bad date', () => {
    expect(rowProblems({ ...good, date: '2020-06' })).toEqual(['gpt-3: dated 2020-06, but its paper appeared 2020-05']);
    expect(rowProblems({ ...good, date: '2020-5' })).toContain('gpt-3: date 2020-5 is not YYYY-MM');
    expect(rowProblems({ ...good, date: '2018-05' })).toContain('gpt-3: 2018-05 is outside the axis');
  });

  it('fails a count that contradicts models.ts for the same model', () => {
    expect(modelsProblems({ ...good, id: 'gpt-4o', name: 'GPT-4o', params: 1.8e12, status: 'estimate', source: MODELS[0]!.source })).toEqual([
      'gpt-4o: 1800000000000 here, 200000000000 in models.ts',
    ]);
    expect(modelsProblems({ ...good, id: 'mixtral', name: 'Mixtral 8x7B', params: 46.7e9 })).toHaveLength(1);
  });
});

// Prints a bench run as plain-text tables, and its differences from the previous run.
import type { BenchResult, MeasuredPage } from './results.ts';

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const secs = (value: number) => (value / 1000).toFixed(1);

/** Columns padded to width; numbers (and dashes) right-aligned, text left-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-+–]?[\d.,]*[×%]?$|^–$|^$/.test((r[i] ?? '').replace(/ (kB|ms|s|MB)$/, ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function pageRow(label: string, page: MeasuredPage): string[] {
  const m = page.metrics;
  const lh = page.lighthouse;
  return [
    label,
    String(m.requests),
    kb(m.transfer.html),
    kb(m.transfer.css),
    kb(m.transfer.js),
    kb(m.transfer.font),
    kb(m.transfer.other),
    kb(m.transfer.total),
    kb(m.jsGzip),
    String(m.domElements),
    ms(lh?.lcp),
    ms(lh?.tbt),
    lh ? lh.cls.toFixed(3) : '–',
    kb(lh?.bytes),
    lh ? String(lh.score) : '–',
  ];
}

export function formatReport(result: BenchResult): string {
  const out: string[] = [];
  out.push(`Bench of ${result.project}${result.commit ? ` at ${result.commit.slice(0, 10)}${result.dirty ? ' (with uncommitted changes)' : ''}` : ''}, ${result.date}`);
  out.push(`${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}, ${result.machine.browser}${result.machine.lighthouse ? `, Lighthouse ${result.machine.lighthouse}` : ''}`);
  if (result.siteBuild) out.push(`Site build: ${result.siteBuild.pages} pages in ${secs(result.siteBuild.wallMs)} s, peak ${result.siteBuild.peakRssMb.toFixed(0)} MB`);

  out.push('', 'Article pages: first load, empty cache, gzip, 412×823. Transfer in kB (1000 B) incl. headers, by type.');
  out.push("Floor: the article's own text and formulas with KaTeX's stock CSS and the site's subsetted KaTeX fonts, nothing else.");
  if (result.machine.lighthouse) {
    const bare = result.options.lighthouseBare ? '' : ' (article pages only; --lighthouse-bare adds the bare pages)';
    out.push(`Lighthouse: mobile (simulated slow 4G, 4× CPU), median of ${result.options.runs}${bare}; LCP/TBT in ms, LH kB = total-byte-weight.`);
  }
  const headers = ['page', 'req', 'html', 'css', 'js', 'font', 'other', 'total', 'JS gz', 'DOM', 'LCP', 'TBT', 'CLS', 'LH kB', 'score'];
  const rows: string[][] = [];
  for (const a of result.articles) {
    rows.push(pageRow(a.article.path, a.article));
    rows.push(pageRow(`  floor ${a.lang}/${a.slug}`, a.bare));
    rows.push([`  article ÷ floor`, `${a.ratios.requests.toFixed(2)}×`, '', '', '', '', '', `${a.ratios.transfer.toFixed(2)}×`, `+${kb(a.ratios.jsGzipDelta)}`, '', '', '', '', a.ratios.lighthouseBytes ? `${a.ratios.lighthouseBytes.toFixed(2)}×` : '–', '']);
  }
  out.push(table(headers, rows));

  out.push('', 'KaTeX fonts the article pages load (the stylesheet declares 20 faces; the browser fetches only those its glyphs need):');
  out.push(
    table(
      ['page', 'fonts', 'kB', 'faces (kB transferred)'],
      result.articles.map((a) => {
        const fonts = a.article.metrics.katexFonts;
        return [a.article.path, String(fonts.length), kb(fonts.reduce((s, f) => s + f.transfer, 0)), fonts.map((f) => `${f.name} ${kb(f.transfer)}`).join(', ')];
      }),
    ),
  );

  if (result.buildScaling.length > 0) {
    out.push('', 'Build scaling: astro build of synthetic articles (1,500 words, 2 tables, 10 display formulas each) in a temporary copy.');
    out.push('ms/page = wall time ÷ HTML pages; marginal = extra time ÷ extra pages since the previous size (fixed start-up cost removed).');
    let previous: (typeof result.buildScaling)[number] | undefined;
    const scalingRows = result.buildScaling.map((run) => {
      const marginal = previous ? (run.wallMs - previous.wallMs) / (run.pages - previous.pages) : undefined;
      previous = run;
      return [String(run.perLang), String(run.pages), secs(run.wallMs), ms(run.msPerPage), ms(marginal), run.peakRssMb.toFixed(0), (run.outputBytes / 1e6).toFixed(1)];
    });
    out.push(table(['articles/lang', 'pages', 'wall s', 'ms/page', 'marginal ms/page', 'peak RSS MB', 'dist MB'], scalingRows));
    const anchored = result.buildScaling.filter((run) => run.starlight);
    if (anchored.length > 0) {
      out.push('', 'Against Starlight building the same articles (same math plugins, Pagefind off on both), right after, in the same run;');
      out.push('CPU s = user + system seconds (GNU time), the time figure a busy machine moves least:');
      out.push(
        table(
          ['articles/lang', 'site s', 'Starlight s', 'time ÷', 'site CPU s', 'Starlight CPU s', 'CPU ÷', 'site MB', 'Starlight MB', 'memory ÷'],
          anchored.map((run) => [
            String(run.perLang),
            secs(run.wallMs),
            secs(run.starlight!.wallMs),
            `${(run.wallMs / run.starlight!.wallMs).toFixed(2)}×`,
            run.cpuSeconds?.toFixed(1) ?? '–',
            run.starlight!.cpuSeconds?.toFixed(1) ?? '–',
            run.cpuSeconds && run.starlight!.cpuSeconds ? `${(run.cpuSeconds / run.starlight!.cpuSeconds).toFixed(2)}×` : '–',
            run.peakRssMb.toFixed(0),
            run.starlight!.peakRssMb.toFixed(0),
            `${(run.peakRssMb / run.starlight!.peakRssMb).toFixed(2)}×`,
          ]),
        ),
      );
    }
    const runs = result.buildScaling;
    if (runs.length >= 3) {
      const marginal = (a: (typeof runs)[number], b: (typeof runs)[number]) => (b.wallMs - a.wallMs) / (b.pages - a.pages);
      const first = marginal(runs[0]!, runs[1]!);
      const last = marginal(runs.at(-2)!, runs.at(-1)!);
      out.push(
        `Marginal cost per page ${runs.at(-2)!.perLang}→${runs.at(-1)!.perLang}: ${last.toFixed(0)} ms, ${(last / first).toFixed(2)}× that of ` +
          `${runs[0]!.perLang}→${runs[1]!.perLang} (${first.toFixed(0)} ms); 1.00× would be a build that grows linearly.`,
      );
    }
  }

  out.push('', 'Targets (each article page is checked; the worst page is shown, all are in bench.json):');
  const byTarget = new Map<string, typeof result.targets>();
  for (const t of result.targets) byTarget.set(t.target, [...(byTarget.get(t.target) ?? []), t]);
  const targetRows = [...byTarget].map(([target, list]) => {
    const failing = list.filter((t) => t.status === 'FAIL');
    const status = failing.length ? 'FAIL' : list.every((t) => t.status === 'SKIP') ? 'SKIP' : 'PASS';
    // Results of one target share a format, so the last in sort order of the numbers is the worst.
    const worst = [...list].sort((a, b) => parseFloat(a.measured.split('=').pop()!) - parseFloat(b.measured.split('=').pop()!)).at(-1)!;
    const count = list.length > 1 ? `${list.length - failing.length} of ${list.length} pass; worst ` : '';
    return [status, target, `${count}${worst.subject}: ${worst.measured}`];
  });
  out.push(table(['', 'target', 'measured'], targetRows));
  for (const note of result.notes) out.push(`note: ${note}`);
  const phases = Object.entries(result.phasesMs ?? {}).map(([name, t]) => `${name} ${secs(t)} s`);
  const sizes = result.buildScaling.map((run) => `${run.perLang}/lang ${secs(run.wallMs)} s`);
  out.push('', `Bench took ${secs(result.durationMs)} s${phases.length ? ` (${phases.join(', ')}${sizes.length ? `; builds: ${sizes.join(', ')}` : ''})` : ''}.`);
  return out.join('\n');
}

/** Key numbers of this run beside the previous run's, for the pages and sizes both runs measured. */
export function formatComparison(previous: BenchResult, current: BenchResult): string {
  const cell = (before: number | undefined, after: number | undefined, format: (n: number) => string) => {
    if (before === undefined || after === undefined) return '–';
    if (before === after) return format(after);
    const pct = before === 0 ? '' : ` ${after > before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)}%`;
    return `${format(before)}→${format(after)}${pct}`;
  };
  const n = (v: number) => v.toFixed(0);
  const k = (v: number) => (v / 1000).toFixed(1);
  const rows: string[][] = [];
  for (const a of current.articles) {
    const p = previous.articles.find((x) => x.lang === a.lang && x.slug === a.slug);
    if (!p) continue;
    const [m, pm] = [a.article.metrics, p.article.metrics];
    rows.push([
      a.article.path,
      cell(pm.requests, m.requests, n),
      cell(pm.transfer.total, m.transfer.total, k),
      cell(pm.transfer.font, m.transfer.font, k),
      cell(pm.jsGzip, m.jsGzip, k),
      cell(pm.domElements, m.domElements, n),
      cell(p.article.lighthouse?.lcp, a.article.lighthouse?.lcp, n),
      cell(p.article.lighthouse?.tbt, a.article.lighthouse?.tbt, n),
    ]);
  }
  const builds = current.buildScaling
    .map((run) => [run, previous.buildScaling.find((x) => x.perLang === run.perLang)] as const)
    .filter(([, p]) => p)
    .map(([run, p]) => `${run.perLang}/lang ${cell(p!.msPerPage, run.msPerPage, n)} ms/page`);
  if (rows.length === 0 && builds.length === 0) return '';
  return [
    `Compared with the previous run (${previous.date}${previous.commit ? `, ${previous.commit.slice(0, 10)}` : ''}), before→after:`,
    ...(rows.length ? [table(['page', 'req', 'transfer kB', 'font kB', 'JS gz kB', 'DOM', 'LCP ms', 'TBT ms'], rows)] : []),
    ...(builds.length ? [`Build: ${builds.join(', ')}`] : []),
  ].join('\n');
}

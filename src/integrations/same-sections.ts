// Both languages of an article must have the same sections, in the same order: the language switch
// keeps the reader's #section, and links from other pages name section ids. remarkRecordSectionIds
// notes each article's ## and ### ids while the build compiles it; this integration compares the
// two languages once every page is built and fails the build on a difference, naming file and line.
//
// Use it in astro.config.mjs with the same map the remark plugin writes into:
//   const sections = new Map();  remarkPlugins: [..., [remarkRecordSectionIds, { into: sections }]]
//   integrations: [..., sameSections({ sections })]
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { buildError, type ArticleProblem } from '../plugins/build-error';
import type { SectionId, SectionIdsByFile } from '../plugins/remark-record-section-ids';
import { LANGS } from '@llm-scale/core/text/lang';

const ARTICLE = new RegExp(`[\\\\/]content[\\\\/](${LANGS.join('|')})[\\\\/]([^\\\\/]+)\\.mdx$`);

export const SAME_SECTIONS_HEADLINE =
  'The two languages of an article must have the same sections, in the same order (the \\{#id\\} that ends each ## and ### heading):';

const name = (path: string) => relative(process.cwd(), path) || path;

/** What differs between the sections of one article's two language files, as problems at their lines. */
export function compareSections(a: { path: string; sections: SectionId[] }, b: { path: string; sections: SectionId[] }): ArticleProblem[] {
  const idsOf = (file: typeof a) => new Set(file.sections.map((s) => s.id));
  const [aIds, bIds] = [idsOf(a), idsOf(b)];
  const missingFrom = (file: typeof a, otherIds: Set<string>, other: typeof a): ArticleProblem[] =>
    file.sections
      .filter((s) => !otherIds.has(s.id))
      .map((s) => ({
        path: file.path,
        line: s.line,
        text:
          s.calculator !== undefined
            ? `<Calculator name="${s.calculator}" /> is not in ${name(other.path)}: place it there too, in the same section.`
            : `section "${s.id}" is not in ${name(other.path)}: give its twin heading there the same \\{#${s.id}\\}, or add the section.`,
      }));
  const problems = [...missingFrom(a, bIds, b), ...missingFrom(b, aIds, a)];
  if (problems.length > 0) return problems;
  const at = a.sections.findIndex((s, i) => s.id !== b.sections[i]?.id);
  if (at === -1) return [];
  return [
    {
      path: b.path,
      line: b.sections[at]!.line,
      text: `section "${b.sections[at]!.id}" comes where ${name(a.path)} has "${a.sections[at]!.id}": put the sections in the same order in both languages.`,
    },
  ];
}

/** Every difference between the language versions of each article in `byFile`. */
export function sectionProblems(byFile: SectionIdsByFile): ArticleProblem[] {
  const bySlug = new Map<string, Map<string, { path: string; sections: SectionId[] }>>();
  for (const [path, sections] of byFile) {
    const match = ARTICLE.exec(path);
    if (!match) continue;
    const [, lang, slug] = match as unknown as [string, string, string];
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, { path, sections });
  }
  const problems: ArticleProblem[] = [];
  for (const versions of bySlug.values()) {
    const en = versions.get('en');
    const zh = versions.get('zh');
    // An article missing in one language is reported by getArticles(), which names the file.
    if (en && zh) problems.push(...compareSections(en, zh));
  }
  return problems;
}

export function sameSections(options: { sections: SectionIdsByFile }): AstroIntegration {
  return {
    name: 'same-sections',
    hooks: {
      'astro:build:generated': () => {
        const problems = sectionProblems(options.sections);
        if (problems.length > 0) throw buildError(problems, SAME_SECTIONS_HEADLINE);
      },
    },
  };
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '@llm-scale/core/text/lang';

export type Article = CollectionEntry<'articles'>;

/** "en/model-parameter-scale" → { lang: "en", slug: "model-parameter-scale" } */
export function splitId(article: Article): { lang: Lang; slug: string } {
  const [lang, slug] = article.id.split('/') as [Lang, string];
  return { lang, slug };
}

/**
 * All articles, checked to exist in every language. An article in one language only would leave
 * the language switch pointing nowhere, so the build stops and names the missing file.
 */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles');
  const slugsByLang = new Map<Lang, Set<string>>(LANGS.map((lang) => [lang, new Set()]));
  for (const article of articles) {
    const { lang, slug } = splitId(article);
    slugsByLang.get(lang)?.add(slug);
  }
  const missing: string[] = [];
  for (const article of articles) {
    const { slug } = splitId(article);
    for (const lang of LANGS) {
      if (!slugsByLang.get(lang)?.has(slug)) missing.push(`content/${lang}/${slug}.mdx`);
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `Every article must exist in both languages. Missing: ${[...new Set(missing)].join(', ')}`,
    );
  }
  return articles;
}

export async function getArticlesIn(lang: Lang): Promise<Article[]> {
  const articles = await getArticles();
  return articles.filter((a) => splitId(a).lang === lang).sort((a, b) => a.data.order - b.data.order);
}

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withArticleChecks } from './loaders/article-checks';
import { LANGS } from '@llm-scale/core/text/lang';

const source = z.object({
  title: z.string().min(1),
  url: z.url(),
});

// Every article is one MDX file per language of the site (core/text/lang.ts): content/en/<slug>.mdx,
// content/zh/<slug>.mdx and so on.
// Loading fails on an article without its other language, or on two articles of one language with
// the same `order`.
const articles = defineCollection({
  loader: withArticleChecks(glob({ pattern: `{${LANGS.join(',')}}/*.mdx`, base: './content' })),
  schema: z.object({
    // The <title> is the article title alone; search engines cut titles beyond about 70 characters.
    title: z.string().min(1).max(70),
    description: z.string().min(20).max(200),
    keywords: z.array(z.string().min(1)).min(1),
    date: z.coerce.date(),
    // Position in the reading order (previous / next links and the article list).
    order: z.number().int().nonnegative(),
    sources: z.array(source).min(1),
  }),
});

export const collections = { articles };

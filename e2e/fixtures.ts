import { test as base, expect } from '@playwright/test';

import { LANGS, type Lang } from '@llm-scale/core/text/lang';

export { LANGS, type Lang };

export const ARTICLE = 'model-parameter-scale';

export const SECTION_IDS = [
  'reported-sizes',
  'analogy',
  'core-concepts',
  'pros-and-cons',
  'brain-analogy',
  'storage-requirements',
  'compute-complexity',
  'worked-example',
  'similar-concepts',
] as const;

/**
 * Marks a test whose outcome does not depend on the width of the screen (page metadata, markup,
 * a check that sets its own viewport): the phone project skips it, so it runs once.
 */
export const ANY_WIDTH = { tag: '@any-width' };

export const articleUrl = (lang: Lang, hash = '') => `/${lang}/${ARTICLE}/${hash}`;

/**
 * Every test fails if the page logs an error or a warning, or throws: a reader's browser console
 * should stay quiet on every page we serve.
 */
export const test = base.extend<{ consoleProblems: string[]; allowedConsole: RegExp[] }>({
  // Console messages a test expects, such as the browser's note on a page that answers 404.
  allowedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (allowedConsole.some((pattern) => pattern.test(message.text()))) return;
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`${message.type()}: ${message.text()} (${page.url()})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message} (${page.url()})`));
      await use(problems);
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

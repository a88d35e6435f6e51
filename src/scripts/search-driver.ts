/**
 * Search with Pagefind's index, built from dist/ after the site (see package.json "build"). Pagefind
 * and this driver load on the search page alone (site.ts imports it where a <site-search> is), so
 * articles pay nothing for search. Each result links to the
 * section that matches best (Pagefind's sub-results carry the heading's anchor), and lists the
 * other matching sections below it. Everything is built with DOM methods and text nodes; the one
 * piece of markup Pagefind returns, <mark> in excerpts, is rebuilt as elements (lib/search-text.ts).
 */
import { excerptPieces, fillTemplate, normalizeQuery, otherLanguageOfQuery, pluralTemplate, wellFormed } from '../lib/search-text';
import type { PluralForms } from '@llm-scale/core/text/template';
import { replaceUrl } from './url-state';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  debouncedSearch: (query: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
}

const MORE_SECTIONS = 3;

function excerptElement(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const piece of excerptPieces(excerpt)) {
    if (!piece.marked) {
      p.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    p.append(mark);
  }
  return p;
}

/** Sub-results, best match first: by Pagefind's own balanced score of the words found there. */
function rankedSections(data: PagefindData): PagefindSubResult[] {
  const score = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a));
  return sections.length > 0 ? sections : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }];
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    form.addEventListener('submit', (event) => event.preventDefault());
    input.addEventListener('input', () => void this.search(input.value));
    // A reader may have typed before this script arrived; otherwise a ?q= link fills the box.
    const query = input.value || new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.search(query);
    }
  }

  load(): Promise<Pagefind> {
    const base = this.dataset.base ?? '/';
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: base });
      return pagefind;
    });
    return this.#pagefind;
  }

  result(data: PagefindData): HTMLLIElement {
    const title = data.meta.title ?? data.url;
    const [best, ...rest] = rankedSections(data);
    // The page's own top (the text before its first heading) is already the title's link.
    const others = rest.filter((s) => s.title !== title);
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = best!.url;
    link.textContent = title;
    if (best!.title && best!.title !== title) {
      const section = document.createElement('span');
      section.className = 'search-section';
      section.textContent = best!.title;
      link.append(' › ', section);
    }
    item.append(link, excerptElement(best!.excerpt));
    if (others.length > 0) {
      const more = document.createElement('ul');
      more.className = 'search-more';
      more.setAttribute('aria-label', this.dataset.moreSections ?? '');
      for (const other of others.slice(0, MORE_SECTIONS)) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = other.url;
        a.textContent = other.title;
        li.append(a);
        more.append(li);
      }
      item.append(more);
    }
    return item;
  }

  /**
   * A query in Chinese characters on the English page finds nothing in its index: a link under the
   * box offers the Chinese search for it, the query carried over.
   */
  pointToOtherLanguage(query: string) {
    const other = this.querySelector<HTMLElement>('.search-other');
    const link = other?.querySelector('a');
    if (!other || !link) return;
    const lang = otherLanguageOfQuery(query, this.dataset.lang ?? '');
    other.hidden = lang === null;
    if (lang === null) return;
    link.href = `${this.dataset.otherSearch ?? ''}?q=${encodeURIComponent(query)}`;
    link.textContent = fillTemplate(this.dataset.otherText ?? '', { query });
  }

  async search(typed: string) {
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    replaceUrl(typed ? `?q=${encodeURIComponent(wellFormed(typed))}` : location.pathname);
    const query = normalizeQuery(typed);
    this.pointToOtherLanguage(query);
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await (await this.load()).debouncedSearch(query);
    if (!found) return; // Superseded by a newer query.
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(...results.map((data) => this.result(data)));
    const count = found.results.length;
    const forms = JSON.parse(this.dataset.results ?? '{"other":""}') as PluralForms;
    // The message shows the query as the reader typed it.
    status.textContent =
      count === 0
        ? fillTemplate(this.dataset.noResults ?? '', { query: typed.trim() })
        : pluralTemplate(forms, count, count.toLocaleString(this.dataset.locale), this.dataset.locale ?? 'en');
  }
}

customElements.define('site-search', SiteSearch);

/**
 * Search with Pagefind's index, built from dist/ after the site (see package.json "build"). Pagefind
 * is loaded by this page alone, so articles pay nothing for search. Results are built with DOM
 * methods; the one piece of markup Pagefind returns, <mark> in excerpts, is rebuilt as elements.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  debouncedSearch: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1] ?? '');
    return mark;
  });
}

function decode(text: string): string {
  return new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
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

  async search(query: string) {
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    history.replaceState(history.state, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await (await this.load()).debouncedSearch(query);
    if (!found) return; // Superseded by a newer query.
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      results.length === 0
        ? (this.dataset.noResults ?? '').replace('{query}', query)
        : (this.dataset.results ?? '').replace('{count}', String(found.results.length));
  }
}

customElements.define('site-search', SiteSearch);

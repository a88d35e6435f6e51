import { visit } from 'unist-util-visit';
import { parseHtml, type Element } from './hast.ts';
import { LANGS } from '@llm-scale/core/text/lang';

export interface LinkProblem {
  page: string;
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

export interface SiteFiles {
  /** URL path of each HTML file → its markup. */
  pages: ReadonlyMap<string, string>;
  /** URL paths of every file the site serves, HTML included. */
  files: ReadonlySet<string>;
  /** The path the site lives under, with a trailing slash: "/" or "/llm-scale/". */
  base: string;
  /** The public origin canonical and alternate links use; links to it are internal. */
  siteOrigin: string;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src' };
const LANG_SECTIONS: readonly string[] = LANGS;

interface ParsedPage {
  ids: Set<string>;
  links: { url: string; hreflang: boolean; rel: string }[];
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: ParsedPage['links'] = [];
  visit(parseHtml(html), 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    const attribute = LINK_ATTRIBUTES[node.tagName];
    const value = attribute ? node.properties[attribute] : undefined;
    if (typeof value === 'string') {
      const rel = Array.isArray(node.properties.rel) ? node.properties.rel.join(' ') : '';
      links.push({ url: value, hreflang: typeof node.properties.hrefLang === 'string', rel });
    }
  });
  return { ids, links };
}

/** The file a URL path is served from by a static host: "/a/" → "/a/index.html". */
function servedFile(path: string, files: ReadonlySet<string>): string | null {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

function langSection(path: string, base: string): string | null {
  const first = path.slice(base.length).split('/')[0] ?? '';
  return LANG_SECTIONS.includes(first) ? first : null;
}

/**
 * Checks every internal link, asset and #fragment of a built site: each must resolve to a file the
 * host serves and, for a fragment, to an element with that id. A page in one language may link to
 * the other only through the language switch (links marked with hreflang), so a reader never lands
 * in the other language by accident.
 */
export function checkLinks(site: SiteFiles): LinkReport {
  const parsed = new Map([...site.pages].map(([path, html]) => [path, parsePage(html)]));
  const problems: LinkProblem[] = [];
  let links = 0;
  for (const [page, { links: pageLinks }] of parsed) {
    const pageUrl = new URL(page, site.siteOrigin);
    for (const { url, hreflang, rel } of pageLinks) {
      const target = new URL(url, pageUrl);
      if (target.origin !== pageUrl.origin || !/^https?:$/.test(target.protocol)) continue;
      links++;
      const problem = (reason: string) => problems.push({ page, link: url, reason });
      if (!target.pathname.startsWith(site.base)) {
        problem(`points outside the site's base path ${site.base}`);
        continue;
      }
      const file = servedFile(decodeURI(target.pathname), site.files);
      if (!file) {
        problem('no such page or file');
        continue;
      }
      if (url.startsWith('#') && url.length === 1) problem('empty fragment "#"');
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== '') {
        const ids = parsed.get(file)?.ids;
        if (!ids?.has(fragment)) problem(`no element with id "${fragment}" on ${file}`);
      }
      const from = langSection(page, site.base);
      const to = langSection(target.pathname, site.base);
      if (from && to && from !== to && !hreflang && rel !== 'alternate') {
        problem(`leads from the ${from} pages into the ${to} pages outside the language switch`);
      }
    }
  }
  return { pages: parsed.size, links, problems };
}

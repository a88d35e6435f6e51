// The HTML of built pages, read as a tree (hast) by the same tools the Markdown pipeline uses,
// never by regular expressions: attribute order, quoting and nesting cannot fool a parser.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export type { Element, Root };

/** A whole HTML document as a hast tree. */
export const parseHtml = (html: string): Root => fromHtml(html);

/** Whether an element has `name` among its classes. */
export function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** Every element under `tree` (itself included) that `predicate` accepts, in document order. */
export function findAll(tree: Root | Element, predicate: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (predicate(node)) found.push(node);
  });
  return found;
}

/** The first element under `tree` that `predicate` accepts, or undefined. */
export const findFirst = (tree: Root | Element, predicate: (node: Element) => boolean): Element | undefined =>
  findAll(tree, predicate)[0];

/** A string property of an element ("href", "src", "hrefLang", as hast names them), or undefined. */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' ? value : undefined;
}

/** The article's prose column: the first `<div class="prose">`, or undefined on other pages. */
export const proseElement = (tree: Root | Element): Element | undefined =>
  findFirst(tree, (n) => n.tagName === 'div' && hasClass(n, 'prose'));

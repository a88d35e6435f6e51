/**
 * Copying text with formulas in it gives each formula once, as the plain text the build wrote in
 * it (a hidden .math-text first child, from lib/math-text.ts, which the search index reads too):
 * "200B × 8 = 1600 GB". Without this, the browser copies every formula three times (KaTeX's HTML,
 * its MathML and the TeX), with zero-width spaces. Modelled on KaTeX's contrib/copy-tex, which
 * puts the TeX on the clipboard instead.
 */
const FORMULA = '.katex:has(> .math-text)';
const closestKatex = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(FORMULA);

document.addEventListener('copy', (event) => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData) return;
  const range = selection.getRangeAt(0).cloneRange();
  // A selection that starts or ends inside a formula takes the whole formula.
  const start = closestKatex(range.startContainer);
  if (start) range.setStartBefore(start);
  const end = closestKatex(range.endContainer);
  if (end) range.setEndAfter(end);
  const fragment = range.cloneContents();
  const formulas = fragment.querySelectorAll(FORMULA);
  if (formulas.length === 0) return;
  for (const formula of formulas) formula.replaceWith(formula.querySelector(':scope > .math-text')?.textContent ?? '');
  // Labels meant for screen readers ("Link to section: …") are not part of the text.
  for (const label of fragment.querySelectorAll('.heading-link')) label.remove();
  // innerText gives the line breaks a reader sees between paragraphs, so the copy is read laid out.
  const holder = document.createElement('div');
  holder.className = 'copy-holder';
  holder.append(fragment);
  document.body.append(holder);
  const text = holder.innerText.replace(/\u200b/g, '');
  const html = holder.innerHTML.replace(/\u200b/g, '');
  holder.remove();
  event.clipboardData.setData('text/plain', text);
  event.clipboardData.setData('text/html', html);
  event.preventDefault();
});

/**
 * Marks each scroll box (a wide table or formula, rehype-scroll-boxes.ts) that is wider than the
 * screen with `data-scrolls`, and with `data-at-end` once scrolled to its right edge, so CSS can
 * show an arrow at the edge where more is hidden: on a phone a formula cut mid-symbol otherwise
 * looks like the whole of it.
 */
const boxes = document.querySelectorAll<HTMLElement>('.scroll-box');
const mark = (box: HTMLElement) => {
  box.toggleAttribute('data-scrolls', box.scrollWidth > box.clientWidth + 1);
  box.toggleAttribute('data-at-end', box.scrollLeft + box.clientWidth >= box.scrollWidth - 1);
};
if (boxes.length > 0) {
  const observer = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
  for (const box of boxes) {
    observer.observe(box);
    box.addEventListener('scroll', () => mark(box), { passive: true });
  }
}

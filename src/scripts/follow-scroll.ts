/**
 * Runs `update` at most once per animation frame after the page scrolls or resizes (and after
 * `events` on window), then once now: for what follows the reader's position (the contents box's
 * mark, the language switch's target), without work on every scroll event.
 */
export function followScroll(update: () => void, events: readonly string[] = []): void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  for (const event of ['resize', ...events]) window.addEventListener(event, schedule);
  update();
}

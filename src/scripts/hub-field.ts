import { HubError, type FetchLike } from '@llm-scale/core/hub/http';
import { formatModelId, parseModelId } from '@llm-scale/core/hub/model-id';
import type { HubState } from '../calculators/hub-model';

/** What the driver lends the model field: its form, the objects `compute` receives, and its ways to re-render and write. */
export interface ModelFieldHost {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The values that are not text, by field name: the model field's HubState goes here. */
  objects: Record<string, unknown>;
  render(): void;
  /** Writes the field's text to the URL (after the id is written in its canonical form). */
  writeModel(): void;
  /** Puts a config.json into the calculator's config box, with what it decides, and writes the URL. */
  setConfig(json: string): void;
  /**
   * Read the field's model at once: the URL named one when the page opened, or the reader pressed
   * Enter or Read before this code had loaded (calculator-island.ts notes it).
   */
  readAtOnce: boolean;
}

const HUB_PAGE = 'https://huggingface.co/';

/** How long to send nothing after a 429 whose Retry-After the page cannot read, seconds. */
const UNKNOWN_RETRY_SECONDS = 60;

/** Least time between two progress updates of the status, ms. */
const PROGRESS_EVERY_MS = 250;

/**
 * Drives a model field (src/components/calculators/ModelField.astro): reads the model from the Hub
 * when the reader presses Enter or Read, or at once when the page's link named one; never otherwise.
 * The Hub reader itself (@llm-scale/core/hub/read-model) loads only then. Each reading has a
 * generation: typing, cancelling or asking again aborts the one in flight, and a reading that is no
 * longer the latest never writes its result. After a 429 no request is sent until Retry-After has
 * passed. Nothing from a response becomes markup: results go through `compute` into textContent, and
 * the only link made is to the model's page on huggingface.co, from the id the reader typed.
 */
export function driveModelField(host: ModelFieldHost): void {
  const { form, input, objects } = host;
  const name = input.name;
  const readButton = form.querySelector<HTMLButtonElement>('[data-hub-read]');
  const cancelButton = form.querySelector<HTMLButtonElement>('[data-hub-cancel]');
  const page = form.querySelector<HTMLElement>('[data-hub-page]');
  let generation = 0;
  let controller: AbortController | null = null;
  let retryAt = 0;
  // Whether the wait came from Retry-After: a browser reads it only where the Hub exposes it to
  // scripts (Access-Control-Expose-Headers); otherwise we wait a minute and say "a few minutes".
  let retryKnown = false;

  const show = (state: HubState) => {
    objects[name] = state;
    const busy = state?.kind === 'loading';
    if (cancelButton) cancelButton.hidden = !busy;
    if (page) {
      const gated = state?.kind === 'failed' && state.error === 'gated';
      page.hidden = !gated;
      const link = page.querySelector('a');
      if (link && gated) link.href = HUB_PAGE + state.repo;
    }
    host.render();
  };

  const stop = () => {
    generation += 1;
    controller?.abort();
    controller = null;
  };

  const read = async () => {
    const parsed = parseModelId(input.value);
    if (!parsed.ok) {
      stop();
      show(undefined);
      return;
    }
    const id = parsed.value;
    const canonical = formatModelId(id);
    if (input.value !== canonical && id.file === undefined) {
      input.value = canonical;
      host.writeModel();
    }
    stop();
    const mine = generation;
    const waitSeconds = Math.ceil((retryAt - Date.now()) / 1000);
    if (waitSeconds > 0) {
      const failed = { kind: 'failed', repo: id.repo, revision: id.revision, error: 'rate-limited' } as const;
      show(retryKnown ? { ...failed, retryAfter: waitSeconds } : failed);
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    show({ kind: 'loading', repo: id.repo, progress: null });
    let shownAt = 0;
    const hub = await import('@llm-scale/core/hub/read-model').catch(() => undefined);
    if (mine !== generation) return;
    if (!hub) {
      show({ kind: 'failed', repo: id.repo, revision: id.revision, error: 'load-failed' });
      return;
    }
    const browserFetch: FetchLike = (url, init) => fetch(url, init);
    try {
      const model = await hub.readHubModel(id, {
        fetch: browserFetch,
        signal,
        onProgress: (progress) => {
          // At most a few updates a second: the status is a live region, and a screen reader
          // should hear "header 37 of 191" now and then, not 191 times.
          const now = Date.now();
          if (mine !== generation || (now - shownAt < PROGRESS_EVERY_MS && progress.done !== progress.total)) return;
          shownAt = now;
          show({ kind: 'loading', repo: id.repo, progress });
        },
      });
      if (mine !== generation) return;
      controller = null;
      if (model.config !== null) host.setConfig(JSON.stringify(model.config, null, 2));
      show({ kind: 'done', model });
    } catch (error) {
      if (mine !== generation) return;
      controller = null;
      const code = error instanceof HubError ? error.code : 'bad-response';
      const retryAfter = error instanceof HubError ? error.retryAfter : undefined;
      if (code === 'rate-limited') {
        retryAt = Date.now() + (retryAfter ?? UNKNOWN_RETRY_SECONDS) * 1000;
        retryKnown = retryAfter !== undefined;
      }
      show(retryAfter === undefined ? { kind: 'failed', repo: id.repo, revision: id.revision, error: code } : { kind: 'failed', repo: id.repo, revision: id.revision, error: code, retryAfter });
    }
  };

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void read();
  });
  readButton?.addEventListener('click', () => void read());
  cancelButton?.addEventListener('click', () => {
    const state = objects[name] as HubState;
    stop();
    if (state?.kind === 'loading') {
      const parsed = parseModelId(input.value);
      show({ kind: 'failed', repo: state.repo, revision: parsed.ok ? parsed.value.revision : 'main', error: 'aborted' });
    }
    input.focus();
  });
  // Typing another id drops the reading in flight and its result: nothing stale is shown.
  input.addEventListener('input', () => {
    stop();
    objects[name] = undefined;
    if (cancelButton) cancelButton.hidden = true;
    if (page) page.hidden = true;
  });
  // Files picked in the checkpoint counter answer instead of the model read before.
  for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    picker.addEventListener('change', () => {
      stop();
      objects[name] = undefined;
    });
  }
  if (host.readAtOnce && input.value.trim() !== '') void read();
}

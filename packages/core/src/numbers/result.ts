/**
 * Parsers return errors as values rather than throwing, so a calculator can show a message
 * beside the field and keep running. E is a string code that each language's strings (src/i18n/<lang>/) turn into text,
 * or an object that carries one with what the sentence names (a config's KeyProblem: the code and the key).
 */
export type Result<T, E extends string | object = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E extends string | object>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

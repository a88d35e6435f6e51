import type { Derivation, Family, KeySpec } from './families';
import { keyValueHeadsDivide } from './grouped-query';
import type { JsonObject, JsonValue, KeyProblem } from './types';

type Resolved = number | boolean | readonly number[] | null;

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Reads one family's keys from a config object, the way transformers fills a config class:
 * the key, else its alias, else the family default. Bad input never throws (only a key missing
 * from the family spec, a programming error, does): every problem is recorded
 * (so an error can name all the bad keys at once) and a harmless stand-in value is returned so
 * the count can go on to find the rest.
 */
export class ConfigReader {
  readonly problems: KeyProblem[] = [];
  readonly resolved: Record<string, Resolved> = {};
  readonly defaulted: string[] = [];
  readonly readKeys: string[] = [];
  /** Keys whose value was refused; a stand-in was used, so checks that combine keys skip them. */
  private readonly refused = new Set<string>();

  /**
   * @param config the object holding the model's keys (the text_config when nested)
   * @param prefix how its keys are named in messages: "" or "text_config."
   * @param family whose key specs and defaults apply
   * @param requireAll when true, keys marked `required` have no default (a top-level config,
   *   or any config of an unknown family)
   * @param outer for a nested config, the outer object, consulted for tie_word_embeddings only
   */
  constructor(
    private readonly config: JsonObject,
    private readonly prefix: string,
    private readonly family: Family,
    private readonly requireAll: boolean,
    private readonly outer: JsonObject | null = null,
  ) {}

  private spec(key: string): KeySpec {
    const spec = this.family.keys[key];
    if (!spec) throw new Error(`${this.family.modelType} has no spec for ${key}`);
    return spec;
  }

  /** The raw value, its path for messages, or undefined when absent under both names. */
  private lookup(key: string, alias?: string): { value: JsonValue; path: string } | undefined {
    if (has(this.config, key)) return { value: this.config[key], path: this.prefix + key };
    if (alias !== undefined && has(this.config, alias)) return { value: this.config[alias], path: this.prefix + alias };
    if (key === 'tie_word_embeddings' && this.outer && has(this.outer, key))
      return { value: this.outer[key], path: key };
    return undefined;
  }

  private derive(derivation: Derivation): number {
    const hidden = (this.resolved.hidden_size ?? this.resolved.n_embd) as number;
    const heads = (this.resolved.num_attention_heads ?? this.resolved.n_head) as number;
    if (derivation === 'num_attention_heads') return heads;
    if (derivation === '4 * hidden_size') return 4 * hidden;
    return Math.floor(hidden / heads);
  }

  /** A key is read once: later reads (attention_bias for q/k/v and for o) reuse the value. */
  private seen(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.resolved, key);
  }

  private problem(problem: KeyProblem): void {
    this.problems.push(problem);
  }

  /** Records the problem and returns the stand-in that lets the count go on. */
  private refuse(key: string, problem: KeyProblem, standIn: number): number {
    this.problem(problem);
    this.refused.add(key);
    return standIn;
  }

  /** A whole number within the key's limits (and at most `max` when given, e.g. experts per token ≤ experts). */
  int(key: string, max?: number): number {
    const value = this.readInt(key, max);
    if (value === null) throw new Error(`${key} accepts None: read it with intOrNone`);
    return value;
  }

  /** A whole number, or null where the family accepts None for "not built" (DeepSeek's q_lora_rank). */
  intOrNone(key: string): number | null {
    return this.readInt(key);
  }

  private readInt(key: string, max?: number): number | null {
    if (this.seen(key)) return this.resolved[key] as number | null;
    const spec = this.spec(key);
    if (spec.kind !== 'int') throw new Error(`${key} is not an int key`);
    const limits = max === undefined ? spec.limits : { min: spec.limits.min, max: Math.min(max, spec.limits.max) };
    const found = this.lookup(key, spec.alias);
    let value: number;
    if (found === undefined) {
      const noDefault = spec.absent === undefined || (spec.required === true && this.requireAll);
      if (noDefault) {
        this.problem({ key: this.prefix + key, problem: 'missing' });
        this.refused.add(key);
        value = limits.min;
      } else {
        value = typeof spec.absent === 'number' ? spec.absent : this.derive(spec.absent as Derivation);
        this.defaulted.push(key);
      }
    } else {
      this.readKeys.push(found.path);
      const raw = found.value;
      if (raw === null && spec.nullMeans !== undefined) {
        if (spec.nullMeans === 'none') {
          this.resolved[key] = null;
          return null;
        }
        value = this.derive(spec.nullMeans);
      } else if (typeof raw !== 'number') {
        value = this.refuse(key, { key: found.path, problem: 'not-a-number' }, limits.min);
      } else if (!Number.isFinite(raw) || raw < limits.min || raw > limits.max) {
        value = this.refuse(
          key,
          { key: found.path, problem: 'out-of-range', min: limits.min, max: limits.max },
          limits.min,
        );
      } else if (!Number.isInteger(raw)) {
        value = this.refuse(key, { key: found.path, problem: 'not-an-integer' }, limits.min);
      } else {
        value = raw;
      }
    }
    this.resolved[key] = value;
    return value;
  }

  /**
   * A whole number when the key is present, else undefined: no default is applied or recorded.
   * For keys read only to report them (DeepSeek-V3's num_nextn_predict_layers).
   */
  intIfPresent(key: string): number | undefined {
    const spec = this.spec(key);
    if (spec.kind !== 'int') throw new Error(`${key} is not an int key`);
    return this.lookup(key, spec.alias) === undefined ? undefined : this.int(key);
  }

  /**
   * The raw value of a key the caller parses itself (a layer pattern), with its path, recorded as
   * read; undefined when absent.
   */
  rawValue(key: string, alias?: string): { value: JsonValue; path: string } | undefined {
    const found = this.lookup(key, alias);
    if (found !== undefined) this.readKeys.push(found.path);
    return found;
  }

  /** Records a problem found by a caller that parses a key itself. */
  report(problem: KeyProblem): void {
    this.problem(problem);
  }

  /** A whole number when the key is present and not null, else null: no default is recorded (Falcon's num_ln_in_parallel_attn). */
  intIfPresentOrNone(key: string): number | null {
    const spec = this.spec(key);
    if (spec.kind !== 'int') throw new Error(`${key} is not an int key`);
    return this.lookup(key, spec.alias) === undefined ? null : this.intOrNone(key);
  }

  /** true or false; anything else (null included, as transformers' strict config rejects it) is a problem. */
  bool(key: string): boolean {
    if (this.seen(key)) return this.resolved[key] as boolean;
    const spec = this.spec(key);
    if (spec.kind !== 'bool') throw new Error(`${key} is not a bool key`);
    const found = this.lookup(key);
    let value = spec.absent;
    if (found === undefined) {
      this.defaulted.push(key);
    } else {
      this.readKeys.push(found.path);
      if (typeof found.value === 'boolean') value = found.value;
      else this.problem({ key: found.path, problem: 'not-a-boolean' });
    }
    this.resolved[key] = value;
    return value;
  }

  /** A list of whole numbers within limits (layer indices); null means empty. */
  intList(key: string): readonly number[] {
    if (this.seen(key)) return this.resolved[key] as readonly number[];
    const spec = this.spec(key);
    if (spec.kind !== 'int-list') throw new Error(`${key} is not a list key`);
    const found = this.lookup(key);
    let value: readonly number[] = spec.absent;
    if (found === undefined) {
      this.defaulted.push(key);
    } else {
      this.readKeys.push(found.path);
      const raw = found.value;
      if (raw === null) value = [];
      else if (!Array.isArray(raw)) this.problem({ key: found.path, problem: 'not-a-list' });
      else if (
        !raw.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= spec.limits.min && x <= spec.limits.max)
      ) {
        this.problem({ key: found.path, problem: 'not-a-list', min: spec.limits.min, max: spec.limits.max });
      } else value = raw as number[];
    }
    this.resolved[key] = value;
    return value;
  }

  /**
   * Records that the key/value heads `kvKey` must divide the attention heads `headsKey` (both
   * already read), by the check the attention-layout reader applies too (grouped-query.ts).
   */
  requireKeyValueHeadsDivide(kvKey: string, headsKey: string): void {
    const kv = this.resolved[kvKey];
    const heads = this.resolved[headsKey];
    if (this.refused.has(kvKey) || this.refused.has(headsKey)) return;
    if (typeof kv === 'number' && typeof heads === 'number' && !keyValueHeadsDivide(heads, kv)) {
      this.problem({ key: this.prefix + kvKey, problem: 'heads-not-divisible' });
    }
  }

  /** Records that `key` must be a multiple of `of` (both already read). */
  requireMultiple(key: string, of: string): void {
    const a = this.resolved[key];
    const b = this.resolved[of];
    if (this.refused.has(key) || this.refused.has(of)) return;
    if (typeof a === 'number' && typeof b === 'number' && a % b !== 0) {
      this.problem({ key: this.prefix + key, problem: 'not-a-multiple', of: this.prefix + of });
    }
  }
}

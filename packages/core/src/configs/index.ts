export { countParameters, countParametersFromJson } from './count-parameters';
export { FAMILIES, FALLBACK, KNOWN_MODEL_TYPES, LIMITS, classDefault, keyAlias } from './families';
export { MAX_CONFIG_CHARS, parseConfigJson } from './parse-config';
export { relevantConfig } from './relevant-config';
export { TEXT_CONFIG_MODEL_TYPES, nestsTextConfig, textConfigModelType } from './text-config';
export type {
  ConfigErrorCode,
  ConfigResult,
  JsonObject,
  JsonValue,
  KeyProblem,
  KeyProblemKind,
  ParameterBreakdown,
  ParameterCount,
} from './types';
export * from './attention-layout';

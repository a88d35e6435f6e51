/**
 * Reads a public model on the Hugging Face Hub by its id, through the Hub's public endpoints only,
 * with a `fetch` the caller passes (the browser's, Node's): config.json, the safetensors index and
 * each shard's header by HTTP Range, or a GGUF file's header. Pure apart from that fetch; meant to be
 * loaded with a dynamic import() the first time a reader asks for a model.
 */
export { type ModelId, type ModelIdError, type ModelIdResult, formatModelId, parseModelId } from './model-id';
export { type FetchLike, HUB_ENDPOINT, HubError, type HubErrorCode, type Traffic, resolveUrl, retryAfterSeconds } from './http';
export {
  FIRST_RANGE_BYTES,
  MAX_PARALLEL,
  type HubModel,
  type HubProgress,
  type ReadHubOptions,
  type TensorElements,
  ggufChoices,
  ggufPartsOf,
  readHubModel,
} from './read-model';
export { type CountComparison, type HeaderExtras, type NamedSize, compareCounts, headerExtras, sizeInName } from './compare';

import Note from './Note.astro';
import ModelSizes from './ModelSizes.astro';
import Calculator from './calculators/Calculator.astro';
import ModelTimeline from './charts/ModelTimeline.astro';
import DecoderBlock from './charts/DecoderBlock.astro';

/**
 * Components that articles use by name without importing them. Every calculator of
 * src/calculators/registry.ts is `<Calculator name="..." />`; adding one adds no entry here.
 */
export const articleComponents = { Note, ModelSizes, Calculator, ModelTimeline, DecoderBlock };

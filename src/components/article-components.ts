import Note from './Note.astro';
import ModelSizes from './ModelSizes.astro';
import StorageCalculator from './calculators/StorageCalculator.astro';
import ComputeCalculator from './calculators/ComputeCalculator.astro';
import BrainCalculator from './calculators/BrainCalculator.astro';
import QuantizationCalculator from './calculators/QuantizationCalculator.astro';
import ServingMemoryCalculator from './calculators/ServingMemoryCalculator.astro';
import TrainingTimeCalculator from './calculators/TrainingTimeCalculator.astro';

/** Components that articles use by name without importing them. */
export const articleComponents = {
  Note,
  ModelSizes,
  StorageCalculator,
  ComputeCalculator,
  BrainCalculator,
  QuantizationCalculator,
  ServingMemoryCalculator,
  TrainingTimeCalculator,
};

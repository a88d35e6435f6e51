export * from './fine-tuning';
export * from './from-config';

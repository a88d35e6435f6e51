export * from './lang';
export * from './template';
export * from './format';
export * from './format-training';
export * from './placeholders';
export * from './conventions';

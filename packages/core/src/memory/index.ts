export * from './compute';
export * from './fits';
export * from './kv-cache-layout';
export * from './kv-cache';
export * from './precision';
export * from './quantization';
export * from './storage';
export * from './training-time';

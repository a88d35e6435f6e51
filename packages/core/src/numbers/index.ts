export * from './assert';
export * from './parse-context';
export * from './parse-count';
export * from './parse-decimal';
export * from './parse-integer';
export * from './powers-of-ten';
export * from './result';

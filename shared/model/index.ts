export * from './ids';
export * from './workshop';
export * from './defaults';
export * from './load';

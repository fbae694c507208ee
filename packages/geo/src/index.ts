export * from './crs';
export * from './polygons';
export * from './readers';

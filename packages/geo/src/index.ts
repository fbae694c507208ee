export * from './crs';
export * from './polygons';

export * from './audit';
export * from './backup';
export * from './data-dir-lock';
export * from './database';
export * from './migrate';
export * from './open-pglite';
export * from './open-postgres';
export * from './schema';
export type { SqlRunner } from './sql-runner';

/** The minimal raw-SQL surface both engines share; used by migrations, checks and backups. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

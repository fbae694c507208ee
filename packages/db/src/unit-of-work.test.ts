import { describe, expect, it } from 'vitest';

import { type UnitConnection, UnitOfWork } from './unit-of-work';

// The routing of a unit of work's statements (ADR 0017), against a recording fake connection.
const CONTEXT = "set_config('app.municipio', '05001', true)";
const READ_ONLY = `SELECT set_config('transaction_read_only', 'on', true), ${CONTEXT}`;

function fake(options: { carries?: boolean; failOn?: string; rollbackFails?: boolean } = {}) {
  const log: string[] = [];
  const lost: unknown[] = [];
  const connection: UnitConnection<string, string> = {
    carries: () => options.carries ?? true,
    send(statement, opening) {
      log.push(opening ? `${opening} | ${statement}` : statement);
      if (options.failOn && statement.includes(options.failOn)) {
        return Promise.reject(new Error(`falló ${statement}`));
      }
      return Promise.resolve(`resultado de ${statement}`);
    },
    run(text) {
      log.push(text);
      if (text === 'ROLLBACK' && options.rollbackFails) {
        return Promise.reject(new Error('conexión perdida'));
      }
      return Promise.resolve();
    },
    lost: (error) => lost.push(error),
  };
  return { connection, log, lost };
}

const run = (unit: UnitOfWork<string, string>, ...statements: string[]) =>
  unit.run(async () => {
    const results: string[] = [];
    for (const s of statements) results.push(await unit.statement(s, s));
    return results;
  });

describe('unit of work', () => {
  it('runs reads one by one in read-only implicit transactions, with no BEGIN or COMMIT', async () => {
    const { connection, log } = fake();
    const results = await run(new UnitOfWork(connection, CONTEXT), 'SELECT 1', ' select 2');
    expect(results).toEqual(['resultado de SELECT 1', 'resultado de  select 2']);
    expect(log).toEqual([`${READ_ONLY} | SELECT 1`, `${READ_ONLY} |  select 2`]);
  });

  it('opens the transaction with the first write and keeps every later statement in it', async () => {
    const { connection, log } = fake();
    await run(new UnitOfWork(connection, CONTEXT), 'SELECT 1', 'UPDATE t SET a = 1', 'SELECT 2');
    expect(log).toEqual([
      `${READ_ONLY} | SELECT 1`,
      `BEGIN; SELECT ${CONTEXT} | UPDATE t SET a = 1`,
      'SELECT 2',
      'COMMIT',
    ]);
  });

  it('treats row locks, advisory transaction locks and data-modifying WITH as writes', async () => {
    for (const statement of [
      'SELECT * FROM t FOR UPDATE',
      'WITH x AS (DELETE FROM t) SELECT 1',
      "SELECT pg_advisory_xact_lock(hashtext('x'))",
    ]) {
      const { connection, log } = fake();
      await run(new UnitOfWork(connection, CONTEXT), statement);
      expect(log).toEqual([`BEGIN; SELECT ${CONTEXT} | ${statement}`, 'COMMIT']);
    }
  });

  it('sends BEGIN on its own ahead of a statement that cannot travel behind it', async () => {
    const { connection, log } = fake({ carries: false });
    await run(new UnitOfWork(connection, CONTEXT), 'SELECT 1');
    expect(log).toEqual([`BEGIN; SELECT ${CONTEXT}`, 'SELECT 1', 'COMMIT']);
  });

  it('rolls back an opened transaction on error, and sends nothing extra for a failed read', async () => {
    const write = fake({ failOn: 'boom' });
    await expect(
      run(new UnitOfWork(write.connection, CONTEXT), 'UPDATE t SET a = 1', 'SELECT boom'),
    ).rejects.toThrow('falló SELECT boom');
    expect(write.log.at(-1)).toBe('ROLLBACK');

    const read = fake({ failOn: 'boom' });
    await expect(run(new UnitOfWork(read.connection, CONTEXT), 'SELECT boom')).rejects.toThrow(
      'falló SELECT boom',
    );
    expect(read.log).toEqual([`${READ_ONLY} | SELECT boom`]);
  });

  it('rolls back when the very first statement, carrying BEGIN, fails', async () => {
    const { connection, log } = fake({ failOn: 'UPDATE' });
    await expect(run(new UnitOfWork(connection, CONTEXT), 'UPDATE t SET a = 1')).rejects.toThrow();
    expect(log).toEqual([`BEGIN; SELECT ${CONTEXT} | UPDATE t SET a = 1`, 'ROLLBACK']);
  });

  it('keeps the original error and reports the connection when ROLLBACK fails', async () => {
    const { connection, lost } = fake({ failOn: 'boom', rollbackFails: true });
    await expect(
      run(new UnitOfWork(connection, CONTEXT), 'UPDATE t SET a = 1', 'SELECT boom'),
    ).rejects.toThrow('falló SELECT boom');
    expect(lost).toHaveLength(1);
  });

  it('refuses statements once the unit has ended', async () => {
    const { connection } = fake();
    const unit = new UnitOfWork(connection, CONTEXT);
    await unit.run(() => Promise.resolve());
    await expect(unit.statement('SELECT 1', 'SELECT 1')).rejects.toThrow(
      'La transacción ya terminó.',
    );
  });

  it('sets no context when there is none', async () => {
    const { connection, log } = fake();
    await run(new UnitOfWork(connection, ''), 'SELECT 1', 'DELETE FROM t');
    expect(log).toEqual([
      "SELECT set_config('transaction_read_only', 'on', true) | SELECT 1",
      'BEGIN | DELETE FROM t',
      'COMMIT',
    ]);
  });

  it('keeps every statement in one transaction when asked to, reads included', async () => {
    const { connection, log } = fake();
    const unit = new UnitOfWork(connection, CONTEXT, { singleTransaction: true });
    await run(unit, 'SELECT 1', 'SELECT 2');
    expect(log).toEqual([`BEGIN; SELECT ${CONTEXT} | SELECT 1`, 'SELECT 2', 'COMMIT']);
  });
});

import type pg from 'pg';

import { PreparedStatements } from './plan-cache';

/**
 * Reads pipelined on a few dedicated PostgreSQL connections (docs/adr/0018-read-pipeline.md).
 *
 * A read on the request path is one self-contained simple-query message: the context, then
 * `EXECUTE` of a cached plan, in one implicit read-only transaction (ADR 0017). Such messages
 * need no connection of their own: PostgreSQL runs the messages on one connection one after
 * another, each in its own implicit transaction, and answers each with its results and a
 * ReadyForQuery. So the reads that requests issue in the same turn of the event loop go to one
 * connection in one socket write, and their answers come back together. On the 2-core bench
 * machine the socket writes (and the wake-ups of the backends they cause) were most of the
 * server's time; pipelining doubled a bare node-postgres server's throughput.
 *
 * node-postgres sends one query at a time, so a pipelined connection is a connected pg.Client
 * whose query-result events are taken over here; authentication, notices and errors stay the
 * client's. Nothing but reads ever travels on it: no BEGIN, no session state beyond prepared
 * statements.
 */

/** The connection of a pipelined read ended before its answer: the read can run again. */
export class ReadConnectionLost extends Error {
  constructor(cause: unknown) {
    super('Se perdió la conexión de lecturas con PostgreSQL.', { cause });
    this.name = 'ReadConnectionLost';
  }
}

/** How node-postgres shapes a result: `array` rows or objects, and its type parsers. */
export interface ResultShape {
  rowMode?: 'array' | undefined;
  types?: pg.CustomTypesConfig | undefined;
}

/** The events of a query's results, which this module handles instead of the client. */
const RESULT_EVENTS = [
  'rowDescription',
  'dataRow',
  'commandComplete',
  'emptyQuery',
  'errorMessage',
  'readyForQuery',
] as const;

type ResultConstructor = new (
  rowMode?: string,
  types?: unknown,
) => pg.Result & {
  addFields(fields: unknown[]): void;
  parseRow(row: unknown[]): unknown;
  addRow(row: unknown): void;
  addCommandComplete(message: unknown): void;
};

interface Pending {
  shape: ResultShape;
  results: pg.QueryResult[];
  current: InstanceType<ResultConstructor> | undefined;
  error: unknown;
  resolve(results: pg.QueryResult[]): void;
  reject(error: unknown): void;
}

/** What this module reads off node-postgres's Connection (pg/lib/connection.js). */
interface Connection {
  stream: { cork(): void; uncork(): void };
  query(text: string): void;
  on(event: string, listener: (message: never) => void): void;
  removeAllListeners(event: string): void;
}

/** One dedicated connection whose simple-query messages are pipelined. */
class PipelinedConnection {
  readonly statements = new PreparedStatements('rs_');
  readonly #pending: Pending[] = [];
  readonly #connection: Connection;
  readonly #Result: ResultConstructor;
  readonly #client: pg.Client;
  #corked = false;
  #failure: ReadConnectionLost | undefined;

  constructor(client: pg.Client, Result: ResultConstructor) {
    this.#client = client;
    this.#Result = Result;
    const connection = (client as unknown as { connection: Connection }).connection;
    this.#connection = connection;
    for (const event of RESULT_EVENTS) connection.removeAllListeners(event);
    connection.on('rowDescription', (message: { fields: unknown[] }) => {
      const pending = this.#head();
      if (!pending) return;
      pending.current = new this.#Result(pending.shape.rowMode, pending.shape.types);
      pending.current.addFields(message.fields);
    });
    connection.on('dataRow', (message: { fields: unknown[] }) => {
      const current = this.#head()?.current;
      current?.addRow(current.parseRow(message.fields));
    });
    connection.on('commandComplete', (message: unknown) => {
      const pending = this.#head();
      if (!pending) return;
      const result = pending.current ?? new this.#Result(pending.shape.rowMode);
      result.addCommandComplete(message);
      pending.results.push(result);
      pending.current = undefined;
    });
    connection.on('emptyQuery', () => {});
    connection.on('errorMessage', (error: unknown) => {
      const pending = this.#head();
      // The message's remaining statements are skipped; its ReadyForQuery still follows.
      if (pending) pending.error ??= error;
      // With no read waiting it concerns the connection itself (e.g. the server shutting down).
      else this.#fail(new ReadConnectionLost(error));
    });
    connection.on('readyForQuery', () => {
      const pending = this.#pending.shift();
      if (!pending) return;
      if (pending.error) pending.reject(pending.error);
      else pending.resolve(pending.results);
    });
    const fail = (error: unknown) => this.#fail(new ReadConnectionLost(error));
    client.on('error', fail);
    client.on('end', () => fail(new Error('La conexión terminó.')));
  }

  get usable(): boolean {
    return this.#failure === undefined;
  }

  get waiting(): number {
    return this.#pending.length;
  }

  /** Sends `text` as one simple-query message; the messages of one loop turn share one write. */
  query(text: string, shape: ResultShape): Promise<pg.QueryResult[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#pending.push({
        shape,
        results: [],
        current: undefined,
        error: undefined,
        resolve,
        reject,
      });
      if (!this.#corked) {
        this.#corked = true;
        this.#connection.stream.cork();
        // After the event loop's I/O phase: every request read from the sockets in this turn
        // has had its chance to add its read to the write.
        setImmediate(() => {
          this.#corked = false;
          this.#connection.stream.uncork();
        });
      }
      this.#connection.query(text);
    });
  }

  /** The read being answered: PostgreSQL answers the messages in the order they were sent. */
  #head(): Pending | undefined {
    return this.#pending[0];
  }

  #fail(error: ReadConnectionLost) {
    if (!this.#failure) {
      this.#failure = error;
      // A connection that answered out of turn cannot be trusted with another read.
      this.#client.end().catch(() => {});
    }
    for (const pending of this.#pending.splice(0)) pending.reject(error);
  }
}

/** A statement and the read-only opening that travels with it. */
export interface PipelinedRead {
  text: string;
  params: readonly unknown[];
  opening: string;
}

export interface ReadPipelineOptions {
  /** Connects a new dedicated client (the application role, as the pool does). */
  connect: () => Promise<pg.Client>;
  /** node-postgres's Result class, to shape rows exactly as its queries do. */
  Result: unknown;
  /** Dedicated connections; each read goes to the one with the fewest reads waiting. */
  connections: number;
}

/**
 * The node-postgres version this module was measured and tested against (ADR 0026 addendum):
 * it reads Connection events and `Result` methods that pg does not declare, because pg's public
 * pipeline mode cost 15–25 % more CPU per read and lost issue 2's target. Pinned exactly in
 * packages/db/package.json; checked at start-up so an upgrade fails at once, not in production.
 */
export const PIPELINE_PG_VERSION = '8.23.1';
const RESULT_METHODS = ['addFields', 'parseRow', 'addRow', 'addCommandComplete'] as const;

/** Refuses to start when the installed node-postgres is not the one the pipeline was built on. */
export function assertPipelineDriver(version: string, Result: unknown): void {
  const prototype = (Result as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const missing = RESULT_METHODS.filter((m) => typeof prototype?.[m] !== 'function');
  if (version !== PIPELINE_PG_VERSION || missing.length > 0)
    throw new Error(
      `La canalización de lecturas de PostgreSQL se probó con node-postgres ${PIPELINE_PG_VERSION} y está instalado ${version}${missing.length > 0 ? ` (faltan ${missing.join(', ')})` : ''}: fije pg en ${PIPELINE_PG_VERSION} o revise read-pipeline.ts (ADR 0026).`,
    );
}

/** The pipelined connections; a broken one is replaced on the next read. */
export class ReadPipeline {
  readonly #ready: Array<PipelinedConnection | undefined>;
  readonly #opening: Array<Promise<PipelinedConnection> | undefined>;
  readonly #options: ReadPipelineOptions;
  readonly #clients = new Set<pg.Client>();
  #closed = false;

  constructor(options: ReadPipelineOptions) {
    this.#options = options;
    const count = Math.max(1, options.connections);
    this.#ready = Array.from({ length: count }, () => undefined);
    this.#opening = Array.from({ length: count }, () => undefined);
  }

  /**
   * Runs `text` with `params` as `EXECUTE` of a cached plan behind `opening`, in one message;
   * resolves to the statement's result (the message's last). A read whose connection is lost
   * runs again on another: it is read-only, so running it twice changes nothing. When the server
   * restarts, every connection is lost, and each may only notice when a read fails on it: one
   * attempt per connection, plus one on a new connection, covers that.
   */
  async read(statement: PipelinedRead, shape: ResultShape): Promise<pg.QueryResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#readOnce(statement, shape);
      } catch (error) {
        const again = error instanceof ReadConnectionLost && !this.#closed;
        if (!again || attempt >= this.#ready.length) throw error;
      }
    }
  }

  async #readOnce(statement: PipelinedRead, shape: ResultShape): Promise<pg.QueryResult> {
    const connection = this.#least() ?? (await this.#openAll());
    const results = await connection.statements.execute(statement, (sql) =>
      connection.query(sql, shape),
    );
    const result = results?.at(-1);
    if (!result) throw new Error('PostgreSQL no devolvió el resultado de la lectura.');
    return result;
  }

  /** The usable connection with the fewest reads waiting; reopens broken ones meanwhile. */
  #least(): PipelinedConnection | undefined {
    let best: PipelinedConnection | undefined;
    for (let i = 0; i < this.#ready.length; i++) {
      const connection = this.#ready[i];
      if (!connection?.usable) {
        // Opened in the background: this read goes to another connection if there is one.
        this.#open(i).catch(() => {});
        continue;
      }
      if (!best || connection.waiting < best.waiting) best = connection;
    }
    return best;
  }

  async #openAll(): Promise<PipelinedConnection> {
    await Promise.all(this.#ready.map((_, i) => this.#open(i)));
    const best = this.#least();
    if (!best) throw new Error('No hay conexión de lecturas con PostgreSQL.');
    return best;
  }

  #open(index: number): Promise<PipelinedConnection> {
    const ready = this.#ready[index];
    if (ready?.usable) return Promise.resolve(ready);
    const opening = (this.#opening[index] ??= this.#connect().then(
      (connection) => {
        this.#ready[index] = connection;
        this.#opening[index] = undefined;
        return connection;
      },
      (error: unknown) => {
        this.#opening[index] = undefined;
        throw error;
      },
    ));
    return opening;
  }

  async #connect(): Promise<PipelinedConnection> {
    if (this.#closed) throw new Error('La base de datos está cerrada.');
    const client = await this.#options.connect();
    this.#clients.add(client);
    client.on('end', () => this.#clients.delete(client));
    if (this.#closed) {
      // Closed while connecting: this connection must not serve a read. Ending it, it may still
      // hear from the server (a forced DROP DATABASE), and an unheard 'error' event is an uncaught
      // exception; nothing waits on it any more.
      client.on('error', () => {});
      await client.end();
      throw new Error('La base de datos está cerrada.');
    }
    return new PipelinedConnection(client, this.#options.Result as ResultConstructor);
  }

  /** Resolves once every read connection is closed, including those still connecting. */
  async close(): Promise<void> {
    this.#closed = true;
    // A connection still opening is not among #clients yet; #connect ends it once connected.
    await Promise.allSettled(this.#opening.filter((opening) => opening !== undefined));
    await Promise.all([...this.#clients].map((client) => client.end().catch(() => {})));
  }
}

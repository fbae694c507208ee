import type pg from 'pg';

import { PreparedStatements } from './plan-cache';

/**
 * Reads pipelined on a few dedicated PostgreSQL connections (docs/adr/0018-read-pipeline.md,
 * docs/adr/0026-public-driver-apis.md).
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
 * A pipelined connection is a `pg.Client` in node-postgres's pipeline mode (`pipeline: true`,
 * public since pg 8.23): it writes every query as soon as it is queued and matches the answers
 * to the queries in order. A message with several statements answers an array of results.
 * Nothing but reads ever travels on it: no BEGIN, no session state beyond prepared statements.
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

/**
 * Whether a failed query says nothing about its connection: an ERROR from the server (a division
 * by zero, a missing table) ends only its own message. A FATAL one (the backend terminated), or
 * an error with no severity (the socket closed, the client gave up), means the connection is gone.
 */
function ownError(error: unknown): boolean {
  const severity = (error as { severity?: unknown } | null)?.severity;
  return severity === 'ERROR';
}

/** One dedicated connection whose simple-query messages are pipelined. */
class PipelinedConnection {
  readonly statements = new PreparedStatements('rs_');
  readonly #client: pg.Client;
  readonly #Query: typeof pg.Query;
  #waiting = 0;
  #corked = false;
  #failure: ReadConnectionLost | undefined;

  constructor(client: pg.Client, Query: typeof pg.Query) {
    this.#client = client;
    this.#Query = Query;
    const fail = (error: unknown) => this.#fail(new ReadConnectionLost(error));
    client.on('error', fail);
    client.on('end', () => fail(new Error('La conexión terminó.')));
  }

  get usable(): boolean {
    return this.#failure === undefined;
  }

  get waiting(): number {
    return this.#waiting;
  }

  /** Sends `text` as one simple-query message; the messages of one loop turn share one write. */
  async query(text: string, shape: ResultShape): Promise<pg.QueryResult[]> {
    if (this.#failure) throw this.#failure;
    this.#cork();
    this.#waiting++;
    try {
      const answer = await this.#send(text, shape);
      return Array.isArray(answer) ? answer : [answer];
    } catch (error) {
      if (ownError(error)) throw error;
      const lost = this.#failure ?? new ReadConnectionLost(error);
      this.#fail(lost);
      throw lost;
    } finally {
      this.#waiting--;
    }
  }

  /**
   * Text without values goes as a simple query; several statements answer an array. A
   * `pg.Query` with a callback, rather than `client.query(config)`'s promise: on the member list
   * the promise path cost 0.049–0.058 ms of CPU per read against 0.031–0.034 ms (ADR 0026), as
   * it copies the query's config and chains a second promise for every read.
   */
  #send(text: string, shape: ResultShape): Promise<pg.QueryResult | pg.QueryResult[]> {
    return new Promise((resolve, reject) => {
      const config: pg.QueryConfig = { text };
      if (shape.rowMode) Object.assign(config, { rowMode: shape.rowMode });
      if (shape.types) config.types = shape.types;
      const query = new this.#Query(config, (error: Error | undefined, result: unknown) => {
        if (error) reject(error);
        else resolve(result as pg.QueryResult | pg.QueryResult[]);
      });
      this.#client.query(query);
    });
  }

  /**
   * Holds the socket's writes until the event loop's I/O phase is over: every request read from
   * the sockets in this turn has had its chance to add its read to the write. `connection.stream`
   * is node-postgres's declared socket; corking a Node stream is its public API.
   */
  #cork() {
    if (this.#corked) return;
    this.#corked = true;
    const stream = this.#client.connection.stream;
    stream.cork();
    setImmediate(() => {
      this.#corked = false;
      stream.uncork();
    });
  }

  #fail(error: ReadConnectionLost) {
    if (this.#failure) return;
    this.#failure = error;
    // A connection that lost a read cannot be trusted with another; the pipeline opens a new one.
    this.#client.end().catch(() => {});
  }
}

/** A statement and the read-only opening that travels with it. */
export interface PipelinedRead {
  text: string;
  params: readonly unknown[];
  opening: string;
}

export interface ReadPipelineOptions {
  /** Connects a new dedicated client in pipeline mode (the application role, as the pool does). */
  connect: () => Promise<pg.Client>;
  /** node-postgres's `Query` class (passed in: the embedded engine never loads the driver). */
  Query: typeof pg.Query;
  /** Dedicated connections; each read goes to the one with the fewest reads waiting. */
  connections: number;
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
    return new PipelinedConnection(client, this.#options.Query);
  }

  /** Resolves once every read connection is closed, including those still connecting. */
  async close(): Promise<void> {
    this.#closed = true;
    // A connection still opening is not among #clients yet; #connect ends it once connected.
    await Promise.allSettled(this.#opening.filter((opening) => opening !== undefined));
    await Promise.all([...this.#clients].map((client) => client.end().catch(() => {})));
  }
}

import type pg from 'pg';

import { PreparedStatements } from './plan-cache';

/**
 * Reads pipelined on a few dedicated PostgreSQL connections (docs/adr/0018-read-pipeline.md,
 * docs/adr/0029-batched-reads.md).
 *
 * A read on the request path is one self-contained simple-query message: the context, then
 * `EXECUTE` of a cached plan, read-only (ADR 0017). Such reads need no connection of their own.
 * The reads that requests issue in one turn of the event loop travel together to one connection
 * as a single simple-query message: one `pg.Query` and one socket write for the whole turn, and
 * one answer with every read's results in order. On the 2-core bench machine the per-read cost
 * of the driver (a query object, its promise, a write) was most of the server's time.
 *
 * Sharing one message, the reads of a turn share its implicit transaction. That is safe because
 * every read's opening sets the whole request context (`transaction_read_only`, municipality,
 * user, platform scope) before its EXECUTE, and PostgreSQL runs the statements in order: a read
 * only ever runs under its own context. An ERROR aborts the rest of the message, so a turn that
 * fails is sent again read by read, each in its own message: only the read that fails, fails.
 *
 * The connection is a `pg.Client` in node-postgres's pipeline mode (`pipeline: true`, declared
 * since pg 8.23): it writes a turn's message at once even while the previous one is answered.
 * Nothing but reads and their PREPAREs ever travel on it: no BEGIN, no other session state.
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

/** A message waiting for its turn's write. */
interface Message {
  text: string;
  shape: ResultShape;
  /** Statements in `text` when it may share the turn's message; undefined: it travels alone. */
  statements: number | undefined;
  resolve(results: pg.QueryResult[]): void;
  reject(error: Error): void;
}

/** One dedicated connection; the reads of a loop turn go to it as one message. */
class PipelinedConnection {
  readonly statements = new PreparedStatements('rs_');
  readonly #client: pg.Client;
  readonly #Query: typeof pg.Query;
  #turn: Message[] = [];
  #waiting = 0;
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

  /**
   * Sends `text` in this loop turn's message. `statements` says how many statements it holds when
   * it may share that message (a read: its opening and its EXECUTE); a PREPARE travels alone,
   * since it is not transactional and must not be rolled back with someone else's read.
   */
  query(text: string, shape: ResultShape, statements?: number): Promise<pg.QueryResult[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    this.#waiting++;
    return new Promise<pg.QueryResult[]>((resolve, reject) => {
      this.#turn.push({
        text,
        shape,
        statements,
        resolve: (results) => {
          this.#waiting--;
          resolve(results);
        },
        reject: (error) => {
          this.#waiting--;
          reject(error);
        },
      });
      // After the event loop's I/O phase: every request read from the sockets in this turn has
      // had its chance to add its read.
      if (this.#turn.length === 1) setImmediate(() => this.#flush());
    });
  }

  /** Writes the turn: one message per result shape, the lone messages beside them. */
  #flush() {
    const turn = this.#turn;
    this.#turn = [];
    if (this.#failure) {
      for (const message of turn) message.reject(this.#failure);
      return;
    }
    const groups: Message[][] = [];
    for (const message of turn) {
      const group =
        message.statements === undefined
          ? undefined
          : groups.find(([first]) => first?.statements !== undefined && sameShape(first, message));
      if (group) group.push(message);
      else groups.push([message]);
    }
    // One socket write for the whole turn; corking a Node stream is its public API, and
    // `connection.stream` is node-postgres's declared socket.
    const stream = this.#client.connection.stream;
    stream.cork();
    for (const group of groups) this.#send(group);
    process.nextTick(() => stream.uncork());
  }

  #send(group: Message[]) {
    const [first] = group;
    if (!first) return;
    const text = group.length === 1 ? first.text : group.map((m) => m.text).join('; ');
    this.#submit(text, first.shape, (error, answer) => {
      if (error) {
        if (!ownError(error)) return this.#lose(group, error);
        // An ERROR rolled the whole message back: each read runs again in a message of its own.
        if (group.length === 1) return first.reject(error);
        for (const message of group) this.#send([message]);
        return;
      }
      const results = answer ?? [];
      if (group.length === 1) return first.resolve(results);
      let at = 0;
      for (const message of group) {
        const count = message.statements ?? 1;
        message.resolve(results.slice(at, at + count));
        at += count;
      }
    });
  }

  /**
   * A `pg.Query` with a callback, rather than `client.query(config)`'s promise: the promise path
   * copies the query's config and chains a second promise (ADR 0026, table 1). Text without
   * values goes as a simple query; several statements answer an array of results.
   */
  #submit(
    text: string,
    shape: ResultShape,
    done: (error: Error | undefined, results?: pg.QueryResult[]) => void,
  ) {
    const config: pg.QueryConfig = { text };
    if (shape.rowMode) Object.assign(config, { rowMode: shape.rowMode });
    if (shape.types) config.types = shape.types;
    const query = new this.#Query(config, (error: Error | undefined, result: unknown) => {
      if (error) done(error);
      else done(undefined, Array.isArray(result) ? result : [result as pg.QueryResult]);
    });
    this.#client.query(query);
  }

  #lose(group: Message[], error: Error) {
    const lost = this.#failure ?? new ReadConnectionLost(error);
    this.#fail(lost);
    for (const message of group) message.reject(lost);
  }

  #fail(error: ReadConnectionLost) {
    if (this.#failure) return;
    this.#failure = error;
    // A connection that lost a read cannot be trusted with another; the pipeline opens a new one.
    this.#client.end().catch(() => {});
  }
}

/** Reads that node-postgres would shape the same way, so that they can share one query. */
function sameShape(a: Message, b: Message): boolean {
  return a.shape.rowMode === b.shape.rowMode && a.shape.types === b.shape.types;
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
   * Runs `text` with `params` as `EXECUTE` of a cached plan behind `opening`; resolves to the
   * statement's result. A read whose connection is lost runs again on another: it is read-only,
   * so running it twice changes nothing. When the server restarts, every connection is lost, and
   * each may only notice when a read fails on it: one attempt per connection, plus one on a new
   * connection, covers that.
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
    // The opening is one SELECT: with the EXECUTE, a read is two statements.
    const results = await connection.statements.execute(statement, (sql, kind) =>
      connection.query(sql, shape, kind === 'execute' ? 2 : undefined),
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

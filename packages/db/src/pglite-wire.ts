import {
  messages,
  parse,
  type PGlite,
  protocol,
  type QueryOptions,
  type Results,
} from '@electric-sql/pglite';

import { PreparedStatements } from './plan-cache';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];
type Parser = (value: string, typeId?: number) => unknown;

/** A statement as Drizzle's session hands it over, plus SQL to send ahead of it. */
export interface WireStatement {
  text: string;
  params?: unknown[] | undefined;
  options?: QueryOptions | undefined;
  /**
   * Parameterless SQL (`BEGIN; SELECT set_config(…)`) sent in the same simple-query message,
   * before it; only for statements {@link PgliteWire.plannable} accepts.
   */
  opening?: string | undefined;
}

/**
 * Statements sent to PGlite as wire-protocol messages, for the request path
 * (docs/adr/0017-request-path.md).
 *
 * PGlite's own `query` costs six calls into WebAssembly per statement (parse, describe, bind,
 * describe, execute, sync), and each result is parsed after copying every type parser of the
 * session into a fresh object (~320 entries). Under load that copy alone was a fifth of the
 * server's CPU. Here a prepared statement is one simple-query message, an unprepared one two
 * calls, several messages travel in one call, and parsers are looked up, never copied.
 *
 * Callers hold PGlite's session (pglite-lock.ts). Statements a transaction runs concurrently
 * (`Promise.all`) still reach the session one at a time, in the order they came: PGlite keeps a
 * call's results in the instance until the call returns, so two calls must never overlap.
 */
export class PgliteWire {
  readonly #client: PGlite;
  readonly #prepared = new PreparedStatements();
  /** The last call queued; the next one starts when it settles. */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(client: PGlite) {
    this.#client = client;
  }

  /** One or more statements in one simple-query message (no parameters). */
  simple(text: string): Promise<Results[]> {
    return this.#inTurn(async () =>
      this.#results(await this.#send([protocol.serialize.query(text)], text)),
    );
  }

  /** One statement with parameters; plain DML runs as a cached plan (plan-cache.ts). */
  query<T>(statement: WireStatement): Promise<Results<T>> {
    return this.#inTurn(() => this.#statement<T>(statement));
  }

  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.#tail.then(work, work);
    this.#tail = turn.catch(() => {});
    return turn;
  }

  async #statement<T>(statement: WireStatement): Promise<Results<T>> {
    const { text, params = [], options, opening } = statement;
    const sent = this.#prepared.execute({ text, params, opening }, (sql) =>
      this.#send([protocol.serialize.query(sql)], text, params),
    );
    if (sent) return this.#results(await sent, options).at(-1) as Results<T>;
    return this.#extended<T>(text, params, options);
  }

  /** Whether {@link query} sends `text` as one simple-query message (a cached plan). */
  plannable(text: string, params: readonly unknown[] = []): boolean {
    return PreparedStatements.accepts(text, params);
  }

  /** Parse and describe first (the parameter types pick the serializers), then bind and run. */
  async #extended<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const { serialize } = protocol;
    try {
      const described = await this.#send(
        [
          serialize.parse({ text, types: options?.paramTypes ?? [] }),
          serialize.describe({ type: 'S' }),
        ],
        text,
        params,
      );
      const types = parse.parseDescribeStatementResults(described);
      const values = params.map((value, i) => this.#serialize(value, types[i], options));
      const ran = await this.#send(
        [
          serialize.bind({ values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ],
        text,
        params,
      );
      return this.#results(ran, options)[0] as Results<T>;
    } catch (error) {
      // An error in the extended protocol skips messages until a Sync; send one so the session
      // is ready for the next statement (a second Sync is harmless).
      await this.#client.execProtocolStream(serialize.sync(), { syncToFs: false });
      throw error;
    }
  }

  #serialize(value: unknown, type: number | undefined, options?: QueryOptions): string | null {
    if (value === null || value === undefined) return null;
    const serializer =
      type === undefined
        ? undefined
        : (options?.serializers?.[type] ?? this.#client.serializers[type]);
    if (serializer) return serializer(value);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
      return String(value);
    }
    return JSON.stringify(value);
  }

  /** Sends the messages in one call; a database error carries the statement, like PGlite's. */
  async #send(parts: Uint8Array[], text: string, params?: unknown[]): Promise<BackendMessage[]> {
    const message = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    try {
      return await this.#client.execProtocolStream(message, { syncToFs: false });
    } catch (error) {
      if (error instanceof messages.DatabaseError) {
        Object.assign(error, { query: text, params, queryOptions: undefined });
      }
      throw error;
    }
  }

  #parser(type: number, options?: QueryOptions): Parser | undefined {
    return (options?.parsers?.[type] ?? this.#client.parsers[type]) as Parser | undefined;
  }

  /** The result sets in the messages, shaped exactly as PGlite's `parseResults` shapes them. */
  #results(received: BackendMessage[], options?: QueryOptions): Results[] {
    const sets: Results[] = [];
    let fields: { name: string; dataTypeID: number }[] = [];
    let parsers: (Parser | undefined)[] = [];
    let rows: Results['rows'] = [];
    let affectedRows = 0;
    for (const message of received) {
      if (message.name === 'rowDescription') {
        fields = (message as messages.RowDescriptionMessage).fields.map((f) => ({
          name: f.name,
          dataTypeID: f.dataTypeID,
        }));
        parsers = fields.map((f) => this.#parser(f.dataTypeID, options));
      } else if (message.name === 'dataRow') {
        const values = (message as messages.DataRowMessage).fields.map((raw, i) => {
          if (raw === null) return null;
          const parser = parsers[i];
          return parser ? parser(raw, fields[i]!.dataTypeID) : raw;
        });
        rows.push(
          options?.rowMode === 'array'
            ? values
            : Object.fromEntries(fields.map((f, i) => [f.name, values[i]])),
        );
      } else if (message.name === 'commandComplete') {
        const parts = (message as messages.CommandCompleteMessage).text.split(' ');
        const command = parts[0];
        const count = Number.parseInt(parts[parts.length - 1] ?? '', 10);
        if (command && ['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command)) {
          affectedRows += count;
        }
        const set: Results = { rows, fields, command, affectedRows };
        if (!Number.isNaN(count)) (set as { rowCount?: number }).rowCount = count;
        sets.push(set);
        fields = [];
        parsers = [];
        rows = [];
      }
    }
    if (sets.length === 0) sets.push({ rows: [], fields: [], affectedRows: 0 });
    return sets;
  }
}

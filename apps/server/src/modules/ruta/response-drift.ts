// Compile-time proof that La Ruta's response schemas say exactly what the services return (issue
// 17). The handlers' `c.json(value, status)` already fails when a service drops or changes a
// documented field; these checks also fail when a service returns a field the schema omits, which
// plain assignability lets through. Types only: nothing here runs. The proposal («Propuesta») is
// left to the handler's check: its plan type and revision types are the norma module's loose
// schemas (TipoPlan, TipoRevision), which name fewer fields than the motor returns.
import type { z } from '@hono/zod-openapi';

import type { municipalDashboard } from './dashboard-service';
import type { listEvents } from './event-list';
import type { annulEvent, recordEvent } from './event-service';
import type { uploadEvidence } from './evidence-service';
import type { updateItem } from './item-service';
import type { currentProcess } from './process-service';
import type {
  dashboardSchema,
  eventPageSchema,
  itemRowSchema,
  processSchema,
  recordedEventSchema,
  uploadedEvidenceSchema,
} from './response-schemas';

/** A value once serialised to JSON: dates become ISO strings (unknown stays unknown). */
type Json<T> = unknown extends T
  ? T
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends Date
      ? string
      : T extends readonly (infer U)[]
        ? Json<U>[]
        : { [K in keyof T]: Json<T[K]> };
/** What a service's result becomes once `c.json` serialises it. */
type Sent<F extends (...args: never[]) => unknown> = Json<Awaited<ReturnType<F>>>;
/** The field names of a value, nested and per array element, whatever the fields' types. */
type Fields<T> = unknown extends T
  ? never
  : T extends string | number | boolean | null | undefined
    ? never
    : T extends readonly (infer U)[]
      ? Fields<U>
      : { [K in keyof T]: Fields<T[K]> };
/**
 * What the service sends fits the schema (types, nullability), and both name the same fields at
 * every level, optional where the other is optional. The service may be narrower than the schema
 * (a literal state, a branded date), never wider.
 */
type Same<Service, Schema> = [Service] extends [Schema]
  ? [Fields<Service>] extends [Fields<Schema>]
    ? [Fields<Schema>] extends [Fields<Service>]
      ? true
      : false
    : false
  : false;
/** Compiles only when `T` is `true`. */
type Holds<T extends true> = T;

export type ResponseSchemasMatchServices = [
  Holds<Same<Sent<typeof currentProcess>, z.output<typeof processSchema>>>,
  Holds<Same<Sent<typeof listEvents>, z.output<typeof eventPageSchema>>>,
  Holds<Same<Sent<typeof updateItem>, z.output<typeof itemRowSchema>>>,
  Holds<Same<Sent<typeof uploadEvidence>, z.output<typeof uploadedEvidenceSchema>>>,
  Holds<Same<Sent<typeof recordEvent>, z.output<typeof recordedEventSchema>>>,
  Holds<Same<NonNullable<Sent<typeof annulEvent>>, z.output<typeof recordedEventSchema>>>,
  Holds<Same<Sent<typeof municipalDashboard>, z.output<typeof dashboardSchema>>>,
];

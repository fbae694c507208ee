/**
 * Error codes raised by the domain engine. Every code maps to a Spanish, user-facing message.
 *
 * - `invalid_date`: a text is not a real calendar date in `AAAA-MM-DD` form (e.g. 2023-02-29).
 * - `invalid_population`: population is not an integer ≥ 0.
 * - `unknown_procedure`: the procedure id is not one of {@link PROCEDURE_IDS}.
 * - `date_out_of_range`: the date is outside the range the rules cover (periods before 1998,
 *   holidays outside 1984–2200).
 * - `invalid_input`: any other structurally invalid input (e.g. revision before adoption,
 *   negative day counts).
 */
export type DomainErrorCode =
  | 'invalid_date'
  | 'invalid_population'
  | 'unknown_procedure'
  | 'date_out_of_range'
  | 'invalid_input';

/**
 * Error thrown by the pure domain engine. `message` is in Spanish (shown to users);
 * `code` is stable for programmatic handling; `details` carries the offending values.
 */
export class DomainError extends Error {
  /** Stable machine-readable code. */
  readonly code: DomainErrorCode;
  /** Offending values (for logs and API responses). */
  readonly details?: Readonly<Record<string, unknown>>;

  /**
   * @param code stable error code
   * @param message Spanish user-facing message
   * @param details optional offending values
   */
  constructor(code: DomainErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

/** Builds the `invalid_date` error with its standard Spanish message. */
export function invalidDateError(text: string): DomainError {
  return new DomainError(
    'invalid_date',
    `La fecha «${text}» no existe. Use el formato AAAA-MM-DD.`,
    { value: text },
  );
}

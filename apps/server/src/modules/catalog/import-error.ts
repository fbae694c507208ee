/**
 * One row-level problem found while validating an import file. `line` is the 1-based physical
 * line of the file (the header is line 1) so users can open the file and find it;
 * `message` is Spanish and self-contained (it already names the line when relevant).
 */
export interface ImportProblem {
  line: number;
  message: string;
}

/**
 * Error thrown by the pure catalog parsers when a file cannot be imported. The import is
 * all-or-nothing: parsers collect every problem first and throw a single `ImportError`, so
 * nothing is written when any row is bad. `message` is Spanish (shown to users as is);
 * `problems` lists each offending line for a detailed report.
 */
export class ImportError extends Error {
  /**
   * @param message Spanish user-facing summary
   * @param problems every row-level problem found (empty for file-level errors)
   */
  constructor(
    message: string,
    public readonly problems: ImportProblem[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** How many problems are spelled out in the summary message; the rest stay in `problems`. */
const MAX_LISTED = 10;

/** Options for {@link importErrorFromProblems}. */
export interface ProblemSummaryOptions {
  /** Spanish subject of the sentence, e.g. «El archivo DIVIPOLA». */
  subject: string;
}

/**
 * Builds one `ImportError` from all collected problems (sorted by line), so users see a short
 * summary plus the first problems instead of fixing the file one error at a time.
 */
export function importErrorFromProblems(
  problems: readonly ImportProblem[],
  options: ProblemSummaryOptions,
): ImportError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const count = sorted.length;
  const noun = count === 1 ? 'problema' : 'problemas';
  const listed = sorted.slice(0, MAX_LISTED).map((problem) => `- ${problem.message}`);
  if (count > MAX_LISTED) listed.push(`… y ${count - MAX_LISTED} más.`);
  const message = `${options.subject} tiene ${count} ${noun}; no se importó ninguna fila.\n${listed.join('\n')}`;
  return new ImportError(message, sorted);
}

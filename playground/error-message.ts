// The one way the page (and the run worker) turns anything thrown into the line a person reads.

/** The message of an `Error`, or the thrown value itself as text (a string, a number, `null` …). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

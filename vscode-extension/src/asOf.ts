// Validation of the optional reference time ("as of") for case evaluation: the forms the server reads
// (Safeguards.Language's AsOfTime, also the CLI's --as-of), so a mistake is caught before the request.
// A date alone is refused there: "as of 1 March" could be its first or its last moment.
// Pure module: must not import `vscode`.

const AS_OF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Returns an error message, or undefined when the value is acceptable (empty means "now"). */
export function validateAsOf(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || v === 'now' || AS_OF.test(v)) return undefined;
  return 'Use an instant with offset (2015-03-01T00:00:00+06:00), or leave it empty for now.';
}

// Validation of the optional reference time ("as of") for case evaluation.
// Pure module: must not import `vscode`.

const AS_OF = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Returns an error message, or undefined when the value is acceptable (empty means "now"). */
export function validateAsOf(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || AS_OF.test(v)) return undefined;
  return 'Use a date (2015-03-01) or an instant with offset (2015-03-01T00:00:00+06:00), or leave it empty for now.';
}

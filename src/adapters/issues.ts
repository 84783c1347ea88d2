/**
 * Plain-English descriptions of zod issues. `zod/mini` ships no locale (the English one alone is
 * several KB), so every issue's message is "Invalid input"; these say what was expected instead,
 * for the errors integrators and backend authors read.
 */
export interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
}

const UNITS: Record<string, [string, string]> = { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'], file: ['byte', 'bytes'] };

function limit(origin: string | undefined, bound: number | bigint): string {
  const unit = origin ? UNITS[origin] : undefined;
  return unit ? `${bound} ${Number(bound) === 1 ? unit[0] : unit[1]}` : String(bound);
}

/** "uid: expected a string" — the issue's path (or `root`) and what was wrong. */
export function describeIssue(issue: SchemaIssue, root = '(root)'): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : root;
  return `${path}: ${explain(issue)}`;
}

function explain(issue: SchemaIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message; // a schema's own wording
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected ? `expected ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}` : 'wrong type';
    case 'too_small':
      return issue.minimum !== undefined ? `must be at least ${limit(issue.origin, issue.minimum)}` : 'too small';
    case 'too_big':
      return issue.maximum !== undefined ? `must be at most ${limit(issue.origin, issue.maximum)}` : 'too big';
    case 'invalid_format':
      return issue.format ? `must be a valid ${issue.format}` : 'invalid format';
    case 'invalid_value':
      return issue.values?.length ? `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}` : 'invalid value';
    case 'unrecognized_keys':
      return `unknown key${issue.keys?.length === 1 ? '' : 's'} ${issue.keys?.join(', ') ?? ''}`.trim();
    default:
      return issue.message || 'invalid';
  }
}

/**
 * Which fields of a ticket category are shown: `showWhen` makes a field depend on another's value
 * (through chains: a field hidden because its parent is hidden stays hidden), and a memo field
 * appears only when its network needs a memo or tag.
 */
import type { TicketField } from '../../adapters/schemas.js';
import { needsMemo } from '../validators/memo.js';

export function isFieldVisible(field: TicketField, fields: readonly TicketField[], values: Readonly<Record<string, string>>, depth = 0): boolean {
  if (depth > fields.length) return false; // a cycle in the definition: hide rather than loop
  if (field.type === 'memo' && field.networkField && !needsMemo(values[field.networkField])) return false;
  const rule = field.showWhen;
  if (!rule) return true;
  const parent = fields.find((candidate) => candidate.id === rule.field);
  if (!parent || !isFieldVisible(parent, fields, values, depth + 1)) return false;
  return rule.equals.includes(values[rule.field] ?? '');
}

export function visibleFields(fields: readonly TicketField[], values: Readonly<Record<string, string>>): TicketField[] {
  return fields.filter((field) => isFieldVisible(field, fields, values));
}

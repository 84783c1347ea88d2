/**
 * Validates one ticket-form field by its type, reading the network (and asset) it depends on from
 * the other values. Empty optional fields are valid; emptiness of required ones is reported here.
 */
import type { TicketField } from '../../adapters/schemas.js';
import { validateAddress } from './address.js';
import { validateAmount } from './amount.js';
import { validateDateTime } from './datetime.js';
import { validateMemo } from './memo.js';
import { findNetwork } from './networks.js';
import { fail, ok, type ValidationResult } from './result.js';
import { validateTxHash } from './tx-hash.js';
import { validateUid } from './uid.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The precision that applies to an amount: the chosen asset's, the field's, else the network's. */
export function amountPrecision(field: TicketField, values: Readonly<Record<string, string>>, fields: readonly TicketField[] = []): number | undefined {
  if (field.assetField) {
    const asset = fields.find((candidate) => candidate.id === field.assetField);
    const option = asset?.options?.find((candidate) => candidate.value === values[field.assetField!]);
    if (option?.precision !== undefined) return option.precision;
  }
  if (field.precision !== undefined) return field.precision;
  return field.networkField ? findNetwork(values[field.networkField])?.decimals : undefined;
}

export function validateField(
  field: TicketField,
  value: string,
  values: Readonly<Record<string, string>> = {},
  options: { fields?: readonly TicketField[]; now?: number } = {},
): ValidationResult {
  const trimmed = value.trim();
  if (!trimmed) return field.required ? fail('tickets.validation.required') : ok('');
  const network = field.networkField ? values[field.networkField] : undefined;
  switch (field.type) {
    case 'uid':
      return validateUid(trimmed);
    case 'tx-hash':
      return validateTxHash(trimmed, network);
    case 'address':
      return validateAddress(trimmed, network);
    case 'amount':
      return validateAmount(trimmed, amountPrecision(field, values, options.fields));
    case 'memo':
      return validateMemo(trimmed, network);
    case 'datetime':
      return validateDateTime(trimmed, options.now);
    case 'email':
      return EMAIL.test(trimmed) ? ok(trimmed) : fail('tickets.validation.email');
    case 'select':
    case 'network':
      return !field.options || field.options.some((option) => option.value === trimmed) ? ok(trimmed) : fail('tickets.validation.option');
    case 'textarea':
      return trimmed.length <= 5000 ? ok(trimmed) : fail('tickets.validation.tooLong', { max: 5000 });
    default:
      return trimmed.length <= 500 ? ok(trimmed) : fail('tickets.validation.tooLong', { max: 500 });
  }
}

import { ALL_LABELS, Label } from '../core/types';
import { UsageError } from './errors';

/** Parses `--labels PER,ORG`; unknown labels are a usage error. */
export function parseLabels(value: string | undefined, allowed: readonly Label[] = ALL_LABELS): Label[] | undefined {
  if (value === undefined) return undefined;
  const labels = value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  for (const l of labels) {
    if (!allowed.includes(l as Label)) throw new UsageError(`unknown label '${l}' (expected ${allowed.join(', ')})`);
  }
  if (labels.length === 0) throw new UsageError('--labels needs at least one label');
  return labels as Label[];
}

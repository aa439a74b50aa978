import type { MonthSchedule } from './model.ts';

/** A copy of a JSON value with every object's keys in code-point order, so that the text never depends on how it was built. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** The model as JSON: keys sorted, two-space indent, ISO dates and JST date-times as in the model, newline at the end. */
export const renderJson = (model: MonthSchedule): string => `${JSON.stringify(sortKeys(model), null, 2)}\n`;

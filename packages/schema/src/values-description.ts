/** The values of an enum with their Japanese names, for a field's description: `S1 重大 / S2 高`. */
export const valuesDescription = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([value, label]) => `${value} ${label}`)
    .join(' / ');

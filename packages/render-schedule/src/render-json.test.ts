import { describe, expect, it } from 'vitest';
import { renderJson } from './render-json.ts';
import { repoSchedule } from './repo-data.test-helper.ts';

describe('renderJson', () => {
  it('is the model itself, with sorted keys and ISO dates', async () => {
    const model = await repoSchedule('2026-12');
    const json = renderJson(model);
    expect(JSON.parse(json)).toEqual(model);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json) as { days: { date: string; due: { due: string }[] }[] };
    expect(Object.keys(parsed)).toEqual(['closures', 'days', 'items', 'month', 'site', 'sites']);
    expect(Object.keys(parsed.days[0]!)).toEqual(['date', 'due', 'events', 'office', 'sites', 'weekday']);
    expect(parsed.days[0]!.date).toBe('2026-12-01');
    expect(parsed.days[0]!.due[0]!.due).toBe('2026-12-01T09:30:00+09:00');
  });

  it('does not depend on the key order the model was built with', async () => {
    const model = await repoSchedule('2026-12');
    const reversed = Object.fromEntries(Object.entries(model).reverse()) as typeof model;
    expect(renderJson(reversed)).toBe(renderJson(model));
  });
});

import { fileURLToPath } from 'node:url';
import { parseYamlFile, readSettings, type LoadedRecord } from '@unyo/read';
import { RECORD_SCHEMAS, type AnyRecord } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { timelinesInOrder } from './timeline.ts';
import type { Problem } from '@unyo/problems';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const { settings } = await readSettings(ROOT);
const FILE = 'records/incident/2026/11/INC-2026-0001.yaml';

const incident = (timeline: string, pauses = '') => `id: INC-2026-0001
kind: incident
items: [52]
at: 2026-11-10T09:00:00+09:00
by: op-sato
title: 貸出できない
source: { type: site, site: central }
category: server
severity: S1
sites: [central]
description: 全館で貸出・返却ができない。
timeline:
${timeline}${pauses ? `pauses:\n${pauses}` : ''}`;

/** The codes and places the timeline rule reports for one incident. */
function check(timeline: string, pauses = ''): string[] {
  const text = incident(timeline, pauses);
  const loaded = parseYamlFile(FILE, new TextEncoder().encode(text), RECORD_SCHEMAS.incident);
  expect(loaded.problems).toEqual([]);
  const records: LoadedRecord[] = [{ file: FILE, record: loaded.value as AnyRecord, text: loaded.text!, locate: loaded.locate! }];
  const problems: Problem[] = [];
  timelinesInOrder({ records: { records, files: [FILE], invalidIds: [], problems: [] }, settings, itemIds: new Set([52]), now: Date.now() }, problems);
  return problems.map((p) => `${p.line}:${p.column} ${p.code}`);
}

const event = (at: string, type: string) => `  - { at: 2026-11-10T${at}:00+09:00, type: ${type}, by: op-sato, note: 記録 }\n`;
const pause = (from: string, to?: string) => `  - { from: 2026-11-10T${from}:00+09:00${to ? `, to: 2026-11-10T${to}:00+09:00` : ''}, waitingOn: library, reason: 館の確認待ち }\n`;

describe('timelinesInOrder', () => {
  it('accepts an ordinary incident', () => {
    expect(check(event('09:00', 'received') + event('09:10', 'first-report') + event('10:00', 'restored'), pause('09:20', '09:40') + pause('09:45', '09:50'))).toEqual([]);
  });

  it('refuses a restoration before the clock starts, which the order of the list alone lets through (it would count as met in 0 minutes)', () => {
    expect(check(event('08:00', 'restored') + event('09:00', 'received'))).toEqual(['13:11 timeline-before-start']);
  });

  it('the clock starts at the earlier of the record and its received event', () => {
    expect(check(event('08:30', 'received') + event('08:40', 'first-report'))).toEqual([]);
    expect(check(event('09:00', 'received').replace('09:00', '09:30') + event('09:05', 'first-report'))).toEqual(['14:11 timeline-order']);
  });

  it('refuses overlapping waits and a wait before the start, wherever they sit in the list', () => {
    const timeline = event('09:00', 'received') + event('11:00', 'restored');
    expect(check(timeline, pause('09:45', '10:00') + pause('09:20', '09:50'))).toEqual(['16:13 pause-overlap']);
    expect(check(timeline, pause('09:20') + pause('09:50', '10:00'))).toEqual(['17:13 pause-overlap']);
    expect(check(timeline, pause('08:50', '09:10'))).toEqual(['16:13 pause-outside']);
  });
});

import fc from 'fast-check';
import { parseYamlFile } from '@unyo/read';
import { IncidentSchema, instant } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { checkAppendOnly } from './append-only.ts';
import { CREATED, FILE } from './append-only.test-helper.ts';
import { asWas, changedPaths, formatPath, parsePath, valueAt, type Segment } from './record-paths.ts';

/**
 * For random closed incidents and random mutations, `checkAppendOnly` over the text before and after
 * (what `unyo check --base` runs) reports every mutation, whatever corrections are added beside it to
 * hide it; it reports nothing for whitespace, comments, quoting and key order; and it accepts a leaf
 * changed with an honest correction. A mutation that breaks the schema counts as reported: the schema
 * check of `unyo check` reports it.
 */

type Data = Record<string, unknown>;
const NOW = instant('2026-11-30T00:00:00+09:00');

// ---- A small YAML writer whose layout the test controls (indent, key order, quoting, comments). ----

interface Layout {
  indent: number;
  /** Shuffles a mapping's keys (a permutation seed per mapping). */
  order: (keys: string[]) => string[];
  quote: boolean;
  /** Comment and blank lines inserted after these line numbers. */
  comments: number[];
}
const PLAIN: Layout = { indent: 2, order: (keys) => keys, quote: false, comments: [] };

const scalar = (v: unknown, quote: boolean) => (typeof v === 'string' ? (quote || !/^[\p{L}\p{N}][\p{L}\p{N} 。、:+-]*$/u.test(v) || /: /.test(v) ? JSON.stringify(v) : v) : String(v));

function write(value: Data, layout: Layout, depth = 0): string[] {
  const pad = ' '.repeat(layout.indent * depth);
  return layout.order(Object.keys(value)).flatMap((key) => {
    const v = value[key];
    if (Array.isArray(v)) {
      if (v.every((e) => typeof e !== 'object')) return [`${pad}${key}: [${v.map((e) => scalar(e, layout.quote)).join(', ')}]`];
      return [
        `${pad}${key}:`,
        ...v.flatMap((e: Data) => {
          const [first = '', ...rest] = write(e, layout, depth + 1);
          return [`${pad}${' '.repeat(layout.indent - 2)}- ${first.trimStart()}`, ...rest];
        }),
      ];
    }
    if (v !== null && typeof v === 'object') return [`${pad}${key}:`, ...write(v as Data, layout, depth + 1)];
    return [`${pad}${key}: ${scalar(v, layout.quote)}`];
  });
}

const toYaml = (value: Data, layout = PLAIN) => {
  const lines = write(value, layout);
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (layout.comments.includes(i)) out.push('', `# 確認メモ ${i}（コメントは記録の値ではない）`);
  });
  return `${out.join('\n')}\n`;
};

// ---- Random closed incidents. ----

const at = (day: number, minutes: number) => `2026-11-${String(day).padStart(2, '0')}T${String(10 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+09:00`;
const text = fc.constantFrom('電話で受付。', '電源ユニットの故障と判断。', '部品を交換し復旧。', '館の了承を得てクローズ。', 'SE に連絡。', 'ログを確認。');

const closedIncident = fc
  .record({
    day: fc.integer({ min: 2, max: 20 }),
    severity: fc.constantFrom('S1', 'S2', 'S3', 'S4'),
    category: fc.constantFrom('network', 'server', 'hardware'),
    title: fc.constantFrom('OPAC 端末が起動しない', '館内無線が切れる', '予約メールが届かない'),
    middle: fc.uniqueArray(fc.constantFrom('triage', 'escalated', 'first-report', 'first-response', 'restored'), { maxLength: 4 }),
    notes: fc.array(text, { minLength: 6, maxLength: 6 }),
    corrected: fc.boolean(),
  })
  .map(({ day, severity, category, title, middle, notes, corrected }): Data => {
    const types = ['received', ...middle, 'closed'];
    return {
      id: 'INC-2026-0001',
      kind: 'incident',
      items: [52],
      at: at(day, 0),
      by: 'op-sato',
      title,
      source: { type: 'site', site: 'central' },
      category,
      severity,
      sites: ['central'],
      description: '中央図書館の OPAC 端末1台が起動しない。',
      timeline: types.map((type, i) => ({ at: at(day, i * 20), type, by: 'op-sato', note: notes[i] ?? 'ログを確認。' })),
      ...(corrected ? { corrections: [{ at: at(day + 1, 0), by: 'se-kato', field: 'title', was: '端末が起動しない', reason: '件名を訂正。' }] } : {}),
    };
  });

/** Every leaf path of a value, e.g. ['timeline', 1, 'at']. */
const leaves = (v: unknown, path: Segment[] = []): Segment[][] =>
  Array.isArray(v) ? v.flatMap((e, i) => leaves(e, [...path, i])) : v !== null && typeof v === 'object' ? Object.entries(v).flatMap(([k, e]) => leaves(e, [...path, k])) : [path];

const clone = (d: Data): Data => structuredClone(d);
const setAt = (d: Data, path: readonly Segment[], value: unknown) => {
  const parent = valueAt(d, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  const last = path.at(-1) ?? '';
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
};

// ---- Mutations: each is a change that append-only must see. ----

type Mutation = (d: Data, pick: number) => { data: Data; path?: Segment[] };
const timelineOf = (d: Data) => d['timeline'] as Data[];

const MUTATIONS: Record<string, Mutation> = {
  'a leaf rewritten': (d, pick) => {
    const all = leaves(d).filter((p) => p[0] !== 'corrections');
    const path = all[pick % all.length] ?? ['title'];
    const old = valueAt(d, path);
    const data = clone(d);
    setAt(data, path, typeof old === 'number' ? old + 1 : typeof old === 'string' && /^\d{4}-/.test(old) ? old.replace(/:00\+/, ':01+') : `${String(old)}（訂正）`);
    return { data, path };
  },
  'a key removed': (d, pick) => {
    const all = leaves(d).filter((p) => p[0] !== 'corrections' && typeof p.at(-1) === 'string');
    const path = all[pick % all.length] ?? ['title'];
    const data = clone(d);
    setAt(data, path, undefined);
    return { data, path };
  },
  'a key added': (d, pick) => {
    const data = clone(d);
    if (pick % 2 === 0) data['devices'] = ['opac-01'];
    else data['pauses'] = [{ from: String(d['at']), to: String(d['at']), waitingOn: 'library', reason: '館の確認待ち。' }];
    return { data, path: [pick % 2 === 0 ? 'devices' : 'pauses'] };
  },
  'an event removed': (d, pick) => {
    const data = clone(d);
    timelineOf(data).splice(pick % timelineOf(d).length, 1);
    return { data };
  },
  'two events swapped': (d, pick) => {
    const data = clone(d);
    const t = timelineOf(data);
    const i = pick % (t.length - 1);
    [t[i], t[i + 1]] = [t[i + 1] as Data, t[i] as Data];
    return { data };
  },
  'an event inserted': (d, pick) => {
    const data = clone(d);
    const t = timelineOf(data);
    t.splice(pick % t.length, 0, { ...(t[0] as Data), type: 'note', note: '後から書き足した経過。' });
    return { data };
  },
  'an event appended after closing': (d) => {
    const data = clone(d);
    timelineOf(data).push({ ...(timelineOf(d).at(-1) as Data), type: 'note', note: '再発の連絡。' });
    return { data, path: ['timeline', timelineOf(d).length] };
  },
  'the whole timeline replaced': (d) => {
    const data = clone(d);
    const t = timelineOf(d);
    // Fewer events than before: the first and the last, or the last alone.
    data['timeline'] = t.length > 2 ? [t[0], t.at(-1)] : [t.at(-1)];
    return { data };
  },
  'an existing correction rewritten or removed': (d, pick) => {
    const data = clone(d);
    const corrections = (data['corrections'] as Data[] | undefined) ?? [];
    if (corrections.length === 0) data['severity'] = d['severity'] === 'S1' ? 'S2' : 'S1';
    else if (pick % 2 === 0) delete data['corrections'];
    else (corrections[0] as Data)['reason'] = '別の理由。';
    return { data, path: ['severity'] };
  },
};

/** Corrections appended beside a mutation to hide it: none of them holds. */
const disguises = (before: Data, after: Data, path: Segment[] | undefined): Data[][] => {
  const field = path === undefined ? 'timeline[1].at' : formatPath(path);
  const was = String(valueAt(before, path ?? ['timeline', 1, 'at']) ?? '');
  const c = (over: Data): Data => ({ at: '2026-11-25T09:00:00+09:00', by: 'se-kato', field, was, reason: '記録を訂正。', ...over });
  return [
    [],
    [c({ field: 'timeline', was: '' })],
    [c({ was: `${was}x` })],
    [c({ at: '2026-10-01T09:00:00+09:00' })],
    [c({ at: '2026-12-24T09:00:00+09:00' })],
    ...(path !== undefined && path.length > 1 ? [[c({ field: formatPath(path.slice(0, -1)), was: '' })]] : []),
    // For a removed, inserted or reordered event: an honest correction of every leaf that differs, one by one.
    ...(path === undefined
      ? [changedPaths(before['timeline'], after['timeline'], 'timeline').map((p) => c({ field: p, was: asWas(valueAt(before, parsePath(p) ?? [])) }))]
      : []),
  ];
};

/** What `unyo check --base` reports for this record changed from `before` to `after`: schema problems or append-only ones. */
function reported(before: string, after: string): string[] {
  const parsed = parseYamlFile(FILE, new TextEncoder().encode(after), IncidentSchema);
  if (parsed.value === undefined || parsed.locate === undefined || parsed.problems.length > 0) return parsed.problems.map((p) => p.code);
  const current = { file: FILE, record: parsed.value, text: after, locate: parsed.locate };
  return checkAppendOnly([{ file: FILE, status: 'modified', before, createdIn: CREATED }], [current], { now: NOW }).map((p) => p.code);
}

const withCorrections = (d: Data, added: Data[]): Data =>
  added.length === 0 ? d : { ...d, corrections: [...((d['corrections'] as Data[] | undefined) ?? []), ...added] };

describe('checkAppendOnly, for any closed incident', () => {
  const scenario = fc.record({
    record: closedIncident,
    mutation: fc.constantFrom(...Object.keys(MUTATIONS)),
    pick: fc.nat(),
    disguise: fc.nat(),
  });

  it('reports every mutation, whatever corrections are added to hide it', () => {
    fc.assert(
      fc.property(scenario, ({ record, mutation, pick, disguise }) => {
        const { data, path } = (MUTATIONS[mutation] as Mutation)(record, pick);
        const options = disguises(record, data, path);
        const after = withCorrections(data, options[disguise % options.length] ?? []);
        expect(reported(toYaml(record), toYaml(after))).not.toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('reports nothing for whitespace, comments, quoting and key order', () => {
    const layout = fc.record({
      indent: fc.constantFrom(2, 4),
      seed: fc.nat(),
      quote: fc.boolean(),
      comments: fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(closedIncident, layout, (record, { indent, seed, quote, comments }) => {
        // A deterministic shuffle of each mapping's keys.
        const order = (keys: string[]) => [...keys].sort((a, b) => ((a.length * 31 + a.charCodeAt(0) * seed) % 97) - ((b.length * 31 + b.charCodeAt(0) * seed) % 97));
        expect(reported(toYaml(record), toYaml(record, { indent, order, quote, comments }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a text leaf changed with an honest correction', () => {
    fc.assert(
      fc.property(closedIncident, fc.nat(), (record, pick) => {
        const texts = leaves(record).filter((p) => p[0] !== 'corrections' && ['title', 'description', 'note'].includes(String(p.at(-1))));
        const path = texts[pick % texts.length] ?? ['title'];
        const data = clone(record);
        setAt(data, path, `${String(valueAt(record, path))}（訂正）`);
        const honest = { at: '2026-11-25T09:00:00+09:00', by: 'se-kato', field: formatPath(path), was: String(valueAt(record, path)), reason: '記録を訂正。' };
        expect(reported(toYaml(record), toYaml(withCorrections(data, [honest])))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

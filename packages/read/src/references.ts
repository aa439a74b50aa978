import type { Sla, SlaMetric, SlaVersion } from '@unyo/schema';

/**
 * A reference in a runbook body to a value that lives in settings: `{{timing}}`,
 * `{{sla:incident-first-report-s1}}`, `{{sla-table:incident}}`, `{{report-deadline:monthly}}`.
 * The page shows the value; the runbook never carries a copy of it.
 */
export interface BodyReference {
  /** The whole text, braces included. */
  raw: string;
  /** What is referred to (`sla`), or the text between the braces when it is not a name. */
  name: string;
  /** After the colon (`incident-first-report-s1`). */
  arg?: string;
  /** 1-based file line and column of the opening braces. */
  line: number;
  column: number;
  excerpt: string;
}

/**
 * A line with this marker is not compared with the cycles (an example, another item's date); the
 * site does not show the marker.
 */
export const TIMING_OPT_OUT = '<!-- 時期の照合外 -->';

/** The names a reference may use, with what their argument is. */
export const REFERENCE_NAMES = {
  /** The item's timing, described from its cycles and the calendar. No argument. */
  timing: 'none',
  /** One SLA metric's time allowed: the metric id. */
  sla: 'metric id',
  /** The table of a metric family by severity: `incident`. */
  'sla-table': 'incident',
  /** The deadline rule of a report: `monthly`. */
  'report-deadline': 'monthly',
} as const;

export type ReferenceName = keyof typeof REFERENCE_NAMES;

/** One `{{…}}` found: its text, the text between the braces, and its 0-based line and column in the body. */
interface Found {
  raw: string;
  inner: string;
  line: number;
  column: number;
}

const REFERENCE = /\{\{([^{}]*)\}\}/g;
const GRAMMAR = /^([a-z][a-z-]*)(?::([A-Za-z0-9._-]+))?$/;

/**
 * Calls `visit` for each `{{…}}` of a Markdown body outside code (fenced blocks and inline code
 * spans stay literal, so a runbook can show the syntax), with its 0-based line and column.
 */
function scan(body: string, visit: (found: Found) => string | undefined): string {
  let fenced = false;
  return body
    .split('\n')
    .map((text, line) => {
      if (/^\s*(```|~~~)/.test(text)) {
        fenced = !fenced;
        return text;
      }
      if (fenced) return text;
      // Inline code spans: odd-numbered pieces between backticks are left alone.
      return text
        .split(/(`[^`]*`)/)
        .map((piece, i, pieces) => {
          if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) return piece;
          const offset = pieces.slice(0, i).join('').length;
          return piece.replace(REFERENCE, (raw: string, inner: string, at: number) => visit({ raw, inner, line, column: offset + at }) ?? raw);
        })
        .join('');
    })
    .join('\n');
}

const parse = (found: Found, bodyLine: number, lines: readonly string[]): BodyReference => {
  const inner = found.inner.trim();
  const parsed = GRAMMAR.exec(inner);
  return {
    raw: found.raw,
    name: parsed?.[1] ?? inner,
    ...(parsed?.[2] !== undefined ? { arg: parsed[2] } : {}),
    line: found.line + bodyLine,
    column: found.column + 1,
    excerpt: lines[found.line] ?? '',
  };
};

/** Lists the references of a body, with file locations (`bodyLine` is the file line where the body starts). */
export function extractReferences(body: string, bodyLine: number): BodyReference[] {
  const lines = body.split('\n');
  const found: BodyReference[] = [];
  scan(body, (f) => {
    found.push(parse(f, bodyLine, lines));
    return undefined;
  });
  return found;
}

/** Replaces each reference of a body by what `render` gives for it (its raw text when undefined). */
export function replaceReferences(body: string, render: (ref: BodyReference) => string | undefined): string {
  const lines = body.split('\n');
  return scan(body, (f) => render(parse(f, 1, lines)));
}

/** The version a runbook shows: the last one in force on `date` (YYYY-MM-DD), or the last one. */
export function slaVersionOn(sla: Sla, date?: string): SlaVersion | undefined {
  return (date === undefined ? sla.versions : sla.versions.filter((v) => v.effectiveFrom <= date)).at(-1) ?? sla.versions.at(-1);
}

/** What a reference stands for, found in the settings. */
export type ReferenceValue =
  | { name: 'timing' }
  | { name: 'sla'; metric: SlaMetric }
  | { name: 'sla-table'; family: 'incident'; metrics: SlaMetric[] }
  | { name: 'report-deadline'; metric: SlaMetric & { report: NonNullable<SlaMetric['report']> } };

/** Why a reference has no value: an unknown name, an argument it does not take or lacks, an unknown argument, or no sla.yaml. */
export type ReferenceFailure = { reason: 'name' } | { reason: 'arg-missing' } | { reason: 'arg-unexpected' } | { reason: 'arg-unknown'; known: string[] } | { reason: 'no-sla' };

const INCIDENT_FAMILY = ['incident-first-report', 'incident-response-start', 'incident-onsite-arrival', 'incident-restoration'];

/** The severities a metric measures: its `severity`, or its `severities` (on-site arrival). */
export const metricSeverities = (m: SlaMetric): readonly string[] => (m.severity !== undefined ? [m.severity] : (m.severities ?? []));

/** Finds what a reference stands for in the SLA version shown. Pure. */
export function lookupReference(ref: Pick<BodyReference, 'name' | 'arg'>, sla: SlaVersion | undefined): { value: ReferenceValue } | ReferenceFailure {
  if (!Object.hasOwn(REFERENCE_NAMES, ref.name)) return { reason: 'name' };
  const name = ref.name as ReferenceName;
  if (name === 'timing') return ref.arg === undefined ? { value: { name } } : { reason: 'arg-unexpected' };
  if (ref.arg === undefined) return { reason: 'arg-missing' };
  if (!sla) return { reason: 'no-sla' };
  switch (name) {
    case 'sla': {
      const metric = sla.metrics.find((m) => m.id === ref.arg);
      return metric ? { value: { name, metric } } : { reason: 'arg-unknown', known: sla.metrics.map((m) => m.id) };
    }
    case 'sla-table': {
      const metrics = sla.metrics.filter((m) => INCIDENT_FAMILY.includes(m.kind) && metricSeverities(m).length > 0);
      return ref.arg === 'incident' && metrics.length > 0 ? { value: { name, family: 'incident', metrics } } : { reason: 'arg-unknown', known: ['incident'] };
    }
    case 'report-deadline': {
      const metric = sla.metrics.find((m) => m.kind === 'report-before-meeting' && m.report !== undefined);
      return ref.arg === 'monthly' && metric?.report ? { value: { name, metric: { ...metric, report: metric.report } } } : { reason: 'arg-unknown', known: ['monthly'] };
    }
  }
}

import { createProblem, type Problem } from '@unyo/problems';
import { instant, type Configuration } from '@unyo/schema';
import type { RecordContext, RecordRule } from './context.ts';

type Loaded = RecordContext['records']['records'][number];
type Locate = Loaded['locate'];

/** The configuration records in time order (then id), as the ledgers fold them. */
const inTimeOrder = (context: RecordContext) =>
  context.records.records
    .filter((r): r is Loaded & { record: Configuration } => r.record.kind === 'configuration')
    .sort((a, b) => instant(a.record.at) - instant(b.record.at) || (a.record.id < b.record.id ? -1 : 1));

/** A removed line names software installed on that device at that time (39). */
function softwareRemovals(record: Configuration, locate: Locate, state: Map<string, string>, problems: Problem[]) {
  record.software?.forEach((s, i) => {
    const key = `${s.device}\u0000${s.name}`;
    const was = state.get(key);
    if (s.state === 'removed' && was !== 'installed') problems.push(createProblem('software-not-installed', locate(['software', i, 'name']), { name: s.name, device: s.device, state: was ?? 'absent' }));
    state.set(key, s.state);
  });
}

/** A cartridge's use count never goes down, and a retired cartridge is never in use again (42). */
function tapeReadings(record: Configuration, locate: Locate, last: Map<string, { uses: number; state: string; record: string }>, problems: Problem[]) {
  record.media?.forEach((m, i) => {
    const before = last.get(m.id);
    if (before && m.uses < before.uses) problems.push(createProblem('tape-uses-decreased', locate(['media', i, 'uses']), { medium: m.id, uses: m.uses, previous: before.uses, record: before.record }));
    if (before && before.state !== 'in-use' && m.state === 'in-use') problems.push(createProblem('tape-retired-in-use', locate(['media', i, 'state']), { medium: m.id, state: before.state, record: before.record }));
    last.set(m.id, { uses: m.uses, state: m.state, record: record.id });
  });
}

/**
 * The configuration ledgers hold together: software is removed only where it is installed, tape
 * readings only go up and retired cartridges stay retired, and a permission list is reviewed by
 * an SE other than the operator who prepared it (47, 48). Unknown ids are `referencesExist`'s,
 * except `preparedBy`, which is checked here.
 */
export const configurationLedgersHold: RecordRule = (context, problems) => {
  const roles = new Map(context.settings.people.map((p) => [p.id, p.role]));
  const software = new Map<string, string>();
  const tapes = new Map<string, { uses: number; state: string; record: string }>();
  for (const { record, locate } of inTimeOrder(context)) {
    softwareRemovals(record, locate, software, problems);
    tapeReadings(record, locate, tapes, problems);
    const review = record.review;
    if (review === undefined) continue;
    if (!roles.has(review.preparedBy)) problems.push(createProblem('ref-unknown', locate(['review', 'preparedBy']), { what: '担当者', value: review.preparedBy, where: 'settings/people.yaml' }));
    const role = roles.get(review.reviewedBy);
    if (review.reviewedBy === review.preparedBy) problems.push(createProblem('permission-reviewer', locate(['review', 'reviewedBy']), { reviewer: review.reviewedBy, reason: 'self' }));
    else if (role !== undefined && role === 'operator') problems.push(createProblem('permission-reviewer', locate(['review', 'reviewedBy']), { reviewer: review.reviewedBy, reason: 'role' }));
  }
};

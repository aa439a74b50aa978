import { gitIdentity } from '@unyo/history';
import type { Person } from '@unyo/schema';
import { UsageError, type Io } from './io.ts';

const ROLE_LABELS: Record<Person['role'], string> = { pm: 'PM', pl: 'PL', se: 'SE', operator: 'オペレーター' };

/**
 * The person who records: --by, else the person of settings/people.yaml whose git names the
 * repository's git identity, else (in a terminal) the person picked from the list of active people.
 */
export async function resolvePerson(
  root: string,
  by: string | undefined,
  people: Pick<Person, 'id' | 'name' | 'role' | 'git' | 'active'>[],
  io?: Pick<Io, 'choose'>,
): Promise<string> {
  if (by !== undefined) {
    if (!people.some((p) => p.id === by)) throw new UsageError(`--by ${by} は settings/people.yaml にありません。登録されている id: ${people.map((p) => p.id).join('、')}`);
    return by;
  }
  const identity = await gitIdentity(root);
  const person = people.find((p) => p.git?.some((g) => identity.includes(g)));
  const active = people.filter((p) => p.active !== false);
  if (!person && io?.choose && active.length > 0) {
    return io.choose('記録者', active.map((p) => ({ value: p.id, label: p.name, hint: `${ROLE_LABELS[p.role]}・${p.id}` })));
  }
  if (!person) {
    throw new UsageError(
      `記録者が分かりません。--by <担当者id> を指定するか、settings/people.yaml の git に git config の user.name か user.email（${identity.join(' / ') || '未設定'}）を登録してください。`,
    );
  }
  return person.id;
}

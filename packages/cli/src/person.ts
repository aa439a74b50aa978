import { gitIdentity } from '@unyo/history';
import { UsageError } from './io.ts';

/** The person who records: --by, else the person of settings/people.yaml whose git names the repository's git identity. */
export async function resolvePerson(root: string, by: string | undefined, people: { id: string; git?: string[] | undefined }[]): Promise<string> {
  if (by !== undefined) {
    if (!people.some((p) => p.id === by)) throw new UsageError(`--by ${by} は settings/people.yaml にありません。登録されている id: ${people.map((p) => p.id).join('、')}`);
    return by;
  }
  const identity = await gitIdentity(root);
  const person = people.find((p) => p.git?.some((g) => identity.includes(g)));
  if (!person) {
    throw new UsageError(
      `記録者が分かりません。--by <担当者id> を指定するか、settings/people.yaml の git に git config の user.name か user.email（${identity.join(' / ') || '未設定'}）を登録してください。`,
    );
  }
  return person.id;
}

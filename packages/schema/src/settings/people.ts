import { z } from 'zod';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema } from '../time.ts';

/** The roles of the vendor's people: PM and PL are SEs who also manage. */
export const PERSON_ROLES = ['pm', 'pl', 'se', 'operator'] as const;

/** settings/people.yaml: the vendor's people who record work. Never patrons. */
export const PeopleSchema = z.strictObject({
  /** The people. */
  people: z.array(
    z.strictObject({
      /** Short id used in records, such as op-sato. */
      id: RefSchema.meta({ description: '記録で使う担当者の id（例: op-sato）', examples: ['op-sato'] }),
      /** Display name (fictional in the sample). */
      name: z.string().min(1).meta({ description: '表示名（サンプルは架空の名前）' }),
      /** pm, pl, se or operator. */
      role: z.enum(PERSON_ROLES).meta({ description: '役割: pm / pl / se / operator オペレータ' }),
      /** The GitHub user name, for .github/CODEOWNERS (else the e-mail address among `git`). */
      github: z
        .string()
        .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'GitHub のユーザー名（英数字とハイフン、@ なし）で書いてください。')
        .meta({ description: 'GitHub のユーザー名（@ なし）。.github/CODEOWNERS に使う。なければ git のメールアドレス', examples: ['misaki-sato'] })
        .optional(),
      /** The git user.name or user.email that `unyo new` maps to this person. */
      git: z.array(z.string().min(1)).meta({ description: 'unyo new がこの人とみなす git の user.name・user.email' }).optional(),
      /**
       * Names the person was known by before, each with the last day it was in force: a record shows the
       * name in force at its date, and a rename without this entry is refused by `unyo check --base`.
       */
      formerNames: z
        .array(
          z.strictObject({
            name: z.string().min(1).meta({ description: '以前の表示名' }),
            until: IsoDateSchema.meta({ description: 'その名前を使った最後の日（例: 2026-09-30）' }),
          }),
        )
        .meta({ description: '以前の表示名と、その名前を使った最後の日。記録はその日付の名前で表示される' })
        .optional(),
      /** Whether the person still works on the contract. */
      active: z.boolean().default(true).meta({ description: '契約に従事している（既定 true）' }),
    }),
  ).meta({ description: '担当者の一覧（受託者側の人だけ。利用者は書かない）' }),
});

export type People = z.output<typeof PeopleSchema>;
export type Person = People['people'][number];

/** The name a person was known by on `date` (an ISO date or date-time): a former name until its last day, else the current one. */
export function nameAt(person: Pick<Person, 'name' | 'formerNames'>, date: string): string {
  const day = date.slice(0, 10);
  const former = [...(person.formerNames ?? [])].sort((a, b) => a.until.localeCompare(b.until)).find((f) => day <= f.until);
  return former?.name ?? person.name;
}

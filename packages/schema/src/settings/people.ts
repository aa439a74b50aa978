import { z } from 'zod';
import { RefSchema } from '../ref.ts';

/** The roles of the vendor's people: PM and PL are SEs who also manage. */
export const PERSON_ROLES = ['pm', 'pl', 'se', 'operator'] as const;

/** settings/people.yaml: the vendor's people who record work. Never patrons. */
export const PeopleSchema = z.strictObject({
  /** The people. */
  people: z.array(
    z.strictObject({
      /** Short id used in records, such as op-sato. */
      id: RefSchema,
      /** Display name (fictional in the sample). */
      name: z.string().min(1),
      /** pm, pl, se or operator. */
      role: z.enum(PERSON_ROLES),
      /** The git user.name or user.email that `unyo new` maps to this person. */
      git: z.array(z.string().min(1)).optional(),
      /** Whether the person still works on the contract. */
      active: z.boolean().default(true),
    }),
  ),
});

export type People = z.output<typeof PeopleSchema>;
export type Person = People['people'][number];

import { z } from 'zod';
import { RefSchema } from '../ref.ts';

/** settings/sites.yaml: the libraries (館). */
export const SitesSchema = z.strictObject({
  /** The sites. */
  sites: z.array(
    z.strictObject({
      /** Short id, such as central. */
      id: RefSchema,
      /** Name, such as 中央図書館. */
      name: z.string().min(1),
      /** central (中央館), branch (地区館) or district (地区センター). */
      type: z.enum(['central', 'branch', 'district']),
      /** Whether operators are resident here. */
      staffed: z.boolean().default(false),
      /** Terminals the daily power-on check (34) expects. */
      terminals: z.int().min(0).default(0),
    }),
  ),
});

export type Sites = z.output<typeof SitesSchema>;
export type Site = Sites['sites'][number];

/**
 * The site whose opening days the library-wide periodic work follows: the staffed one (the central
 * library, where the operators are resident), else the first site. The one answer every command uses.
 */
export const scheduleSite = (sites: readonly Pick<Site, 'id' | 'staffed'>[]): string => sites.find((s) => s.staffed)?.id ?? sites[0]?.id ?? 'central';

import { z } from 'zod';

/** A step of a duty, verbatim from the requirement without its circled number (①②…). */
const StepSchema = z.string().trim().min(1);

/**
 * The work of an operation item split between the two roles of the requirement (作業項目).
 * An empty list means the requirement writes '―' (none) or leaves the cell empty.
 */
export const DutiesSchema = z.strictObject({
  /** 維持管理業務: steps of the vendor's system engineers (SE; PM and PL included), in order. */
  maintenance: z.array(StepSchema).meta({ description: '維持管理業務: SE（PM・PL を含む）の手順（順に、①② を除いた要件の文言）' }),
  /** 運用支援業務: steps of the resident operators, in order. */
  support: z.array(StepSchema).meta({ description: '運用支援業務: 常駐オペレータの手順（順に、①② を除いた要件の文言）' }),
});

export type Duties = z.output<typeof DutiesSchema>;

/** The two roles of the requirement, as used by filters: SE (maintenance) and operator (support). */
export const ROLES = ['maintenance', 'support'] as const;

export type Role = (typeof ROLES)[number];

/** The Japanese name of each role's duties. */
export const ROLE_LABELS: Record<Role, string> = {
  maintenance: '維持管理業務（SE）',
  support: '運用支援業務（オペレータ）',
};

import { CYCLE_KINDS, CYCLE_LABELS, type CycleKind, type Role } from '@unyo/schema';
import type { CatalogEntry } from './entry.ts';

const ROLE_ALIASES: Record<string, Role> = {
  se: 'maintenance',
  maintenance: 'maintenance',
  維持管理: 'maintenance',
  維持管理業務: 'maintenance',
  operator: 'support',
  support: 'support',
  運用支援: 'support',
  運用支援業務: 'support',
  オペレータ: 'support',
};

/** Reads a role as a user types it (`se`, `operator`, `維持管理`, `運用支援`…); undefined when unknown. */
export const parseRole = (text: string): Role | undefined => ROLE_ALIASES[text.toLowerCase()];

/** Reads a cycle as a user types it (`daily` or `日次`…); undefined when unknown. */
export const parseCycleKind = (text: string): CycleKind | undefined =>
  CYCLE_KINDS.find((k) => k === text.toLowerCase() || CYCLE_LABELS[k] === text);

/** The words `parseRole` accepts, for help texts. */
export const ROLE_WORDS = Object.keys(ROLE_ALIASES);

export interface CatalogFilter {
  /** Keep items that give this role at least one step. */
  role?: Role;
  /** Keep items that run on this cycle. */
  cycle?: CycleKind;
}

/** Keeps the entries that match every given filter, in id order. */
export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  return entries
    .filter((e) => filter.role === undefined || e.duties[filter.role].length > 0)
    .filter((e) => filter.cycle === undefined || e.cycles.some((c) => c.kind === filter.cycle))
    .sort((a, b) => a.id - b.id);
}

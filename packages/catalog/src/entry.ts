import type { OperationItem } from '@unyo/schema';

/** One operation item as the catalogue shows it: the frontmatter plus the runbook's file. */
export type CatalogEntry = OperationItem & {
  /** Repo-relative path of the runbook. */
  file: string;
};

export { checkRunbooks } from './check-runbooks.ts';
export {
  RUNBOOK_RULES,
  fileNameMatchesId,
  linksResolve,
  pathEndsWithName,
  periodMatchesCycles,
  relatedExist,
  uniqueAndCompleteIds,
  type RunbookRule,
} from './rules.ts';

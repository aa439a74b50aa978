export { CODEOWNERS_FILE, openWorkspace, type LoadedWorkspace, type OptionalFile, type Workspace } from './workspace.ts';

export { openWorkspace, type LoadedWorkspace, type OptionalFile, type Workspace } from './workspace.ts';

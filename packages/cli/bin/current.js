// Whether the compiled CLI in a dist/ folder was built from the sources as they are now.
import { readFileSync, statSync } from 'node:fs';

/**
 * True when dist/manifest.json exists and every source it lists has the same size and modification
 * time as when it was compiled. Any doubt (missing, unreadable, changed) gives false.
 * @param {URL} dist the folder (ending in /) that holds main.js and manifest.json
 */
export function compiledIsCurrent(dist) {
  try {
    const { inputs } = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));
    const entries = Object.entries(inputs);
    return (
      entries.length > 0 &&
      entries.every(([file, { size, mtimeMs }]) => {
        const info = statSync(new URL(file, dist), { throwIfNoEntry: false });
        return info !== undefined && info.size === size && info.mtimeMs === mtimeMs;
      })
    );
  } catch {
    return false;
  }
}

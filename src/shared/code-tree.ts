/**
 * A URL in the code tree this module runs from: `src/` when run from the TypeScript sources, and
 * `build/` when run from the bundled build, whose every file sits one folder down
 * (`build/bundle/`) just as this module sits one folder down in `src/shared/`. The data files
 * the code reads beside itself (JSON-LD contexts, the authored bank) are copied to the same places
 * under `build/`, so a path from the tree's root finds them either way, wherever the bundler put
 * the module that asks.
 */
export function inCodeTree(path: string): URL {
  return new URL(`../${path}`, import.meta.url)
}

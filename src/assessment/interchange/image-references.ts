import { dirname, isAbsolute, resolve } from 'node:path'
import type { ImageReference } from './import-types.js'

/** `![alt](path)`, `![alt](<path>)`, with an optional "title" or 'title'. */
const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g

/** What an item's Markdown shows as images: files next to the quiz, and web addresses. */
export interface ImageScan {
  /** The Markdown with each local image's query string and fragment dropped. */
  readonly markdown: string
  readonly local: readonly ImageReference[]
  /** Web addresses: an import stores the files it shows, and never fetches from the web. */
  readonly remote: readonly { readonly path: string; readonly line: number }[]
}

/**
 * Finds the images a Markdown text shows. Local paths lose their query string and fragment
 * (`images/q4.png?raw=true` is the file `images/q4.png`: hosting sites add `?raw=` to serve
 * the bytes), and the Markdown is rewritten to the clean path the stored file is known by.
 *
 * @example scanImages('![x](images/a.png?raw=true)', 'quiz/q.md', 3).local[0]!.path // 'images/a.png'
 */
export function scanImages(markdown: string, file: string, line: number): ImageScan {
  const local: ImageReference[] = []
  const remote: { path: string; line: number }[] = []
  for (const match of markdown.matchAll(IMAGE)) {
    const written = match[1]!
    const at = line + (markdown.slice(0, match.index).match(/\n/g)?.length ?? 0)
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) {
      remote.push({ path: written, line: at })
      continue
    }
    const path = written.replace(/[?#].*$/, '')
    local.push({ path, resolved: isAbsolute(path) ? path : resolve(dirname(file), path), line: at })
  }
  const rewritten = markdown.replace(IMAGE, (whole, written: string) =>
    /^[a-z][a-z0-9+.-]*:/i.test(written)
      ? whole
      : whole.replace(written, written.replace(/[?#].*$/, '')),
  )
  return { markdown: rewritten, local, remote }
}

import { dirname, isAbsolute, resolve } from 'node:path'
import type { ImageReference } from './import-types.js'

const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g

/** Local images a Markdown text refers to (web addresses are left to the browser). */
export function imageReferences(markdown: string, file: string, line: number): ImageReference[] {
  const found: ImageReference[] = []
  for (const match of markdown.matchAll(IMAGE)) {
    const path = match[1]!
    if (/^(https?:|data:)/i.test(path)) continue
    const before = markdown.slice(0, match.index)
    found.push({
      path,
      resolved: isAbsolute(path) ? path : resolve(dirname(file), path),
      line: line + (before.match(/\n/g)?.length ?? 0),
    })
  }
  return found
}

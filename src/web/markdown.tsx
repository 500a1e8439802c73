import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'

// Item stems and options are Markdown written by test authors and item models. They are rendered
// to React elements, never to an HTML string, so any markup in them shows as text: escaping is
// React's, and there is no innerHTML anywhere in this app.

/** A line of the source with its number, which keys the elements made from it. */
interface Line {
  readonly at: number
  readonly text: string
}

type Block =
  | { readonly kind: 'code'; readonly at: number; readonly language: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly at: number; readonly lines: readonly Line[] }
  | {
      readonly kind: 'list'
      readonly at: number
      readonly ordered: boolean
      readonly items: readonly Line[]
    }

const FENCE = /^\s*(```|~~~)\s*([\w+#.-]*)\s*$/
const BULLET = /^\s*[-*+]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/

/** Splits Markdown into fenced code, lists and paragraphs (what item stems use). */
export function parseBlocks(source: string): readonly Block[] {
  const blocks: Block[] = []
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  let i = 0
  while (i < lines.length) {
    const at = i
    const line = lines[i]!
    const fence = FENCE.exec(line)
    if (fence) {
      const body: string[] = []
      i += 1
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!)
      i += 1
      blocks.push({ kind: 'code', at, language: fence[2] ?? '', text: body.join('\n') })
      continue
    }
    if (!line.trim()) {
      i += 1
      continue
    }
    if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = !BULLET.test(line)
      const items: Line[] = []
      while (i < lines.length) {
        const m = (ordered ? NUMBERED : BULLET).exec(lines[i]!)
        if (!m) break
        items.push({ at: i, text: m[1]! })
        i += 1
      }
      blocks.push({ kind: 'list', at, ordered, items })
      continue
    }
    const paragraph: Line[] = []
    while (i < lines.length && lines[i]!.trim() && !FENCE.test(lines[i]!)) {
      paragraph.push({ at: i, text: lines[i]! })
      i += 1
    }
    blocks.push({ kind: 'paragraph', at, lines: paragraph })
  }
  return blocks
}

/**
 * Where an item's images are served: a stem's `![alt](images/q4.png)` names a file stored with
 * the item, and only the page showing the item knows its address. Without one, the alt text shows.
 */
export type ImageAddress = (path: string) => string | null
export const ItemImages = createContext<ImageAddress>(() => null)

const INLINE =
  /!\[(?<alt>[^\]]*)\]\(\s*<?(?<src>[^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|(?<ticks>`+)(?<code>[\s\S]*?[^`])\k<ticks>(?!`)|\*\*(?<strong1>[^*]+)\*\*|__(?<strong2>[^_]+)__|\*(?<em1>[^*\s][^*]*)\*|_(?<em2>[^_\s][^_]*)_/g

/**
 * A code span as CommonMark reads it (one space is dropped from each end only when both ends
 * have one), with the spaces left at its ends drawn as ␣: options that differ only by a trailing
 * space (`"a "` and `"a"` in a regex item) must look different, and HTML would hide the space.
 */
function codeSpan(raw: string, key: string): ReactNode {
  const text = /^ [\s\S]*[^ ][\s\S]* $/.test(raw) ? raw.slice(1, -1) : raw
  const edges = /^( *)([\s\S]*?)( *)$/.exec(text)!
  const spaces = (n: number, at: string) =>
    n === 0 ? null : (
      <span key={at} className="code-space" title={n === 1 ? 'a space' : `${n} spaces`}>
        {'␣'.repeat(n)}
      </span>
    )
  return (
    <code key={key}>
      {spaces(edges[1]!.length, 'lead')}
      {edges[2]}
      {spaces(edges[3]!.length, 'trail')}
    </code>
  )
}

/** Inline images, code, strong and emphasis; everything else is text. */
export function renderInline(
  text: string,
  keyPrefix = '',
  images: ImageAddress = () => null,
): ReactNode[] {
  const out: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const at = match.index
    if (at > last) out.push(text.slice(last, at))
    const key = `${keyPrefix}${at}`
    const g = match.groups!
    if (g.src !== undefined) {
      const address = images(g.src)
      out.push(
        address ? (
          <img key={key} className="item-image" src={address} alt={g.alt ?? ''} />
        ) : (
          <span key={key} className="item-image-missing">
            [image: {g.alt || g.src}]
          </span>
        ),
      )
    } else if (g.code !== undefined) out.push(codeSpan(g.code, key))
    else if (g.strong1 ?? g.strong2) out.push(<strong key={key}>{g.strong1 ?? g.strong2}</strong>)
    else out.push(<em key={key}>{g.em1 ?? g.em2}</em>)
    last = at + match[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

function renderBlock(block: Block, images: ImageAddress): ReactNode {
  switch (block.kind) {
    case 'code':
      return <CodeBlock key={block.at} language={block.language} text={block.text} />
    case 'list': {
      const items = block.items.map((item) => (
        <li key={item.at}>{renderInline(item.text, '', images)}</li>
      ))
      return block.ordered ? <ol key={block.at}>{items}</ol> : <ul key={block.at}>{items}</ul>
    }
    case 'paragraph':
      return (
        <p key={block.at}>
          {block.lines.flatMap((line, n) => {
            const inline = renderInline(line.text, `${line.at}:`, images)
            return n === 0 ? inline : [<br key={`br${line.at}`} />, ...inline]
          })}
        </p>
      )
  }
}

/**
 * Fenced code. A line wider than the screen scrolls sideways: the block then says so under it,
 * fades at the edge that hides text, and keyboards reach the scroll by focus.
 */
function CodeBlock({ language, text }: { readonly language: string; readonly text: string }) {
  const ref = useRef<HTMLPreElement>(null)
  const hintId = useId()
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const pre = ref.current
    if (!pre || typeof ResizeObserver === 'undefined') return
    const measure = () => setScrolls(pre.scrollWidth > pre.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(pre)
    return () => observer.disconnect()
  }, [])
  return (
    <>
      <pre
        ref={ref}
        className={scrolls ? 'code code-scrolls' : 'code'}
        data-language={language || undefined}
        aria-describedby={scrolls ? hintId : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
        tabIndex={0}
      >
        <code>{text}</code>
      </pre>
      {scrolls ? (
        <p className="code-hint" id={hintId}>
          <span aria-hidden="true">↔ </span>Scroll sideways to read the whole line
        </p>
      ) : null}
    </>
  )
}

/** Markdown as React elements; `inline` drops the paragraph wrapper for one-line options. */
export function Markdown({
  source,
  inline = false,
}: {
  readonly source: string
  readonly inline?: boolean
}) {
  const images = useContext(ItemImages)
  const blocks = parseBlocks(source)
  const only = blocks[0]
  if (inline && blocks.length === 1 && only?.kind === 'paragraph') {
    return <>{renderInline(only.lines.map((l) => l.text).join(' '), '', images)}</>
  }
  return <div className="markdown">{blocks.map((block) => renderBlock(block, images))}</div>
}

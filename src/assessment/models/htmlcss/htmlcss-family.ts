import type { UsageFamily } from '../editing/editing-model.js'

/** What an option is, so the tests can check it is well-formed before judging what it does. */
export type OptionShape = 'selector' | 'declarations' | 'rule' | 'html'

/** A browser state a page is rendered in: a viewport width and the user's media preferences. */
export interface PageContext {
  readonly width?: number
  readonly reducedMotion?: 'reduce' | 'no-preference'
  readonly colorScheme?: 'light' | 'dark'
}

/**
 * An HTML and CSS family: one edit point whose options are a selector, declarations, a rule or
 * markup. Only the tests read `page` and `check`: they render `page` in Chromium with `@@`
 * replaced by each option (in every `contexts` state, one desktop viewport when none is given)
 * and run `check`, the body of an async function of (option, el, box, css, ids) returning
 * whether the page shows what the stem asks: `el(id)` is an element, `box(id)` its client
 * rectangle, `css(id, property)` its computed value and `ids(selector)` the ids (or tag names)
 * of the elements a selector matches, space-separated. The key must pass in every context and
 * each distractor must fail in at least one.
 */
export interface HtmlCssFamily extends UsageFamily {
  readonly stem: string
  readonly shape: OptionShape
  readonly page: string
  readonly check: string
  readonly contexts?: readonly PageContext[]
}

/** Characters the frame notation gives a meaning inside an edit point. */
const NOTATION = /[|~⟦⟧⟨⟩]/

/**
 * A family from its key and its wrong options, each with the misconception that produces it:
 * options are code, so they are written out plainly instead of in the frame notation, which
 * would read `~` (a CSS combinator) as a space and `|` as an option break.
 */
export function family(spec: {
  readonly id: string
  readonly stem: string
  readonly shape: OptionShape
  readonly page: string
  readonly check: string
  readonly contexts?: readonly PageContext[]
  readonly key: string
  readonly wrong: Readonly<Record<string, string>>
}): HtmlCssFamily {
  const options = [spec.key, ...Object.keys(spec.wrong)]
  for (const o of options) {
    if (NOTATION.test(o) || o !== o.trim() || o === '^') {
      throw new Error(`${spec.id}: option cannot be written in a frame: ${o}`)
    }
  }
  for (const mistake of Object.values(spec.wrong)) {
    if (mistake.includes('=') || NOTATION.test(mistake)) {
      throw new Error(`${spec.id}: mistake cannot be written in a frame: ${mistake}`)
    }
  }
  const wrong = Object.entries(spec.wrong).map(([text, mistake]) => `${text}=${mistake}`)
  return {
    id: spec.id,
    stem: spec.stem,
    shape: spec.shape,
    page: spec.page,
    check: spec.check,
    ...(spec.contexts ? { contexts: spec.contexts } : {}),
    language: spec.shape === 'html' ? 'html' : 'css',
    frames: [`⟦${[spec.key, ...wrong].join('|')}⟧`],
  }
}

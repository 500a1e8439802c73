import { STATUS_CODES } from 'node:http'
import { createRequire } from 'node:module'
import { XMLValidator } from 'fast-xml-parser'
import { expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type { SeoFamily } from '../../../src/assessment/models/seo/seo-family.js'
import { SEO_FAMILIES } from '../../../src/assessment/models/seo/seo-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

interface Reading {
  readonly text: string
  /** Empty for the key. */
  readonly mistake: string
}

/** The key and every one- and two-mistake reading of each frame, word choices drawn first. */
function readings(family: SeoFamily): Reading[] {
  return family.frames.flatMap((frame) => {
    const parts = parseFrame(resolveWords(frame, (choices) => choices[0]!))
    const points = editPoints(parts)
    const out: Reading[] = [{ text: render(parts), mistake: '' }]
    points.forEach((p, i) => {
      p.wrong.forEach((w, j) => {
        out.push({ text: render(parts, new Map([[i, j]])), mistake: w.mistake })
        points.forEach((q, k) => {
          if (k <= i) return
          q.wrong.forEach((v, n) => {
            const errors = new Map([
              [i, j],
              [k, n],
            ])
            out.push({ text: render(parts, errors), mistake: `${w.mistake} + ${v.mistake}` })
          })
        })
      })
    })
    return out
  })
}

const SITE = 'https://www.example.com'

// The package is CommonJS whose typings declare an ES default export; require gives the function.
const robotsParser = createRequire(import.meta.url)(
  'robots-parser',
) as typeof import('robots-parser').default

/** Whether a robots.txt meets every expectation, judged by a parser of Google's rules. */
function meetsExpectations(family: SeoFamily, robotsTxt: string): boolean {
  const robots = robotsParser(`${SITE}/robots.txt`, robotsTxt)
  return family.robots!.every(
    (e) =>
      e.crawl.every((path) => robots.isAllowed(`${SITE}${path}`, e.agent) === true) &&
      e.block.every((path) => robots.isAllowed(`${SITE}${path}`, e.agent) === false),
  )
}

/** HTML made XML-checkable: void elements closed, so only real nesting or quoting errors fail. */
function wellFormedHtml(html: string): boolean {
  const xml = html.replace(/<(meta|link|img|input|source)\b([^>]*?)\/?>/g, '<$1$2/>')
  return XMLValidator.validate(`<root>${xml}</root>`, { allowBooleanAttributes: true }) === true
}

const languageName = new Intl.DisplayNames(['en'], { type: 'language' })

/**
 * An hreflang value Google accepts: x-default, or a two-letter ISO 639-1 language with an
 * optional region, already in canonical form (an alias such as UK for GB canonicalises away).
 */
function validHreflang(value: string): boolean {
  if (value === 'x-default') return true
  const m = /^([a-z]{2})(?:-([A-Z]{2}|\d{3}))?$/.exec(value)
  if (!m || languageName.of(m[1]!) === m[1]) return false
  try {
    return Intl.getCanonicalLocales(value)[0] === value
  } catch {
    return false
  }
}

const ISO_8601_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

const all = SEO_FAMILIES.map((f) => [f.id, f, readings(f)] as const)

describeEngineIndependent('every SEO family', () => {
  it('names each wrong form with a mistake of several words, and has three or more', () => {
    for (const [id, , list] of all) {
      const wrong = list.filter((r) => r.mistake !== '')
      expect(wrong.length, id).toBeGreaterThanOrEqual(3)
      for (const r of wrong) {
        for (const part of r.mistake.split(' + '))
          expect(part.split(' ').length, `${id}: ${part}`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('robots.txt options: a parser of Google’s rules finds the key meets the brief and each other option misses it', () => {
    const robots = all.filter(([, f]) => f.robots !== undefined)
    expect(robots.length).toBeGreaterThanOrEqual(6)
    const wrong: string[] = []
    for (const [id, family, list] of robots) {
      for (const r of list) {
        if (meetsExpectations(family, r.text) !== (r.mistake === '')) {
          wrong.push(`${id}: ${r.mistake || 'key'}\n${r.text}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('status-code options are real codes with their standard reason phrases', () => {
    let seen = 0
    for (const [id, , list] of all) {
      for (const r of list) {
        const m = /^(\d{3}) ([A-Z][A-Za-z ]+?)(?: with| to|$)/.exec(r.text)
        if (!m) continue
        seen++
        expect(STATUS_CODES[Number(m[1])], `${id}: ${r.text}`).toBe(m[2])
      }
    }
    expect(seen).toBeGreaterThanOrEqual(20)
  })

  it('HTML and XML options are well-formed, except a raw ampersand named as the mistake', () => {
    const broken: string[] = []
    for (const [id, family, list] of all) {
      if (family.language !== 'html' && family.language !== 'xml') continue
      for (const r of list) {
        const ok =
          family.language === 'html'
            ? wellFormedHtml(r.text)
            : XMLValidator.validate(`<root>${r.text}</root>`) === true
        if (ok !== !r.mistake.includes('raw ampersand')) broken.push(`${id}: ${r.text}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('hreflang keys are valid codes and each code named as malformed is invalid', () => {
    for (const [id, , list] of all) {
      for (const r of list) {
        const values = [...r.text.matchAll(/hreflang="([^"]*)"/g)].map((m) => m[1]!)
        if (values.length === 0) continue
        if (r.mistake === '') expect(values.every(validHreflang), `${id}: ${values}`).toBe(true)
        const malformed = /is not (?:the ISO|a value|a valid)|alone is invalid|underscore|ISO 639-2/
        if (malformed.test(r.mistake))
          expect(values.every(validHreflang), `${id}: ${values}`).toBe(false)
      }
    }
    // The checker itself: codes that target the wrong audience are still valid codes.
    expect(['en-US', 'es-ES', 'es-419', 'es-MX', 'en-GB', 'de'].every(validHreflang)).toBe(true)
  })

  it('JSON-LD options parse, and for dates and prices the key has an ISO 8601 date with offset, a full-stop price and an ISO 4217 currency; distractors do not', () => {
    for (const [id, family, list] of all) {
      if (family.language !== 'json') continue
      for (const r of list) {
        const data = JSON.parse(`{${r.text}}`) as Record<string, string>
        if (!('datePublished' in data || 'price' in data || 'priceCurrency' in data)) continue
        const checks = [
          data.datePublished === undefined ||
            (ISO_8601_WITH_OFFSET.test(data.datePublished) &&
              !Number.isNaN(Date.parse(data.datePublished))),
          data.price === undefined || /^\d+(?:\.\d+)?$/.test(data.price),
          data.priceCurrency === undefined || CURRENCIES.has(data.priceCurrency),
        ]
        expect(checks.every(Boolean), `${id}: ${r.text}`).toBe(r.mistake === '')
      }
    }
  })

  it('URL options are absolute URLs Node can parse', () => {
    for (const [id, family, list] of all) {
      if (family.id !== 'robots-file-location' && family.id !== 'readable-url-words') continue
      for (const r of list) expect(() => new URL(r.text), `${id}: ${r.text}`).not.toThrow()
    }
  })
})

/**
 * Headline capitalisation by a rule the stem quotes. A title is a list of words tagged with their
 * class (major word, article, coordinating conjunction, preposition); a colon ends a main title.
 * Two rules in wide use: prepositions lower-cased whatever their length with the last word
 * always capitalised (the Chicago Manual of Style's rule), and every word of four or more
 * letters capitalised (APA style). Slips are the same engine with one rule misread.
 */

export type WordClass = 'major' | 'article' | 'conj' | 'prep'
export type TitleWord = readonly [word: string, cls: WordClass]
export type CaseRule = 'anyLength' | 'fourLetters'
export type CaseSlip = 'otherRule' | 'byLength' | 'every' | 'sentence' | 'lastLower' | 'colonLower'

export const RULE_TEXT: Record<CaseRule, string> = {
  anyLength:
    'capitalise the first and last words, the first word after a colon, and every noun, pronoun, verb, adjective and adverb; lower-case articles, coordinating conjunctions and prepositions, whatever their length, anywhere else',
  fourLetters:
    'capitalise the first word, the first word after a colon, every word of four or more letters, and every noun, pronoun, verb, adjective and adverb; lower-case articles, and conjunctions and prepositions of three letters or fewer, anywhere else',
}

const up = (w: string) => w[0]!.toUpperCase() + w.slice(1)

export function caseTitle(words: readonly TitleWord[], rule: CaseRule, slip?: CaseSlip): string {
  const r = slip === 'otherRule' ? (rule === 'anyLength' ? 'fourLetters' : 'anyLength') : rule
  const out: string[] = []
  let afterColon = false
  words.forEach(([w, cls], i) => {
    if (w === ':') {
      out[out.length - 1] += ':'
      afterColon = true
      return
    }
    const first = i === 0
    const last = i === words.length - 1
    const colonCap = afterColon && slip !== 'colonLower'
    afterColon = false
    let capital: boolean
    if (slip === 'every') capital = true
    else if (slip === 'sentence') capital = first || (cls === 'major' && /^[A-Z]/.test(w))
    else if (first || colonCap) capital = true
    else if (slip === 'byLength') capital = w.length >= 4
    else if (last && r === 'anyLength' && slip !== 'lastLower') capital = true
    else if (cls === 'major') capital = true
    else if (cls === 'article') capital = false
    else capital = r === 'fourLetters' && w.length >= 4
    out.push(capital ? up(w) : w)
  })
  return out.join(' ')
}

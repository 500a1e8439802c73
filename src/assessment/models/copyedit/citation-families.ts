import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, worked } from './copyedit-text.js'

// Author–date citations checked against the reference list: a citation with no entry, a year
// that disagrees, an entry never cited, the in-text form for two or more authors, year suffixes
// and the order of entries. Each stem states the convention it relies on (the forms are those of
// the Chicago author–date and APA systems, but the item quotes them rather than naming a guide).

export interface Work {
  readonly authors: readonly string[]
  readonly year: number
}

const SURNAMES = [
  'Adeyemi',
  'Baxter',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hale',
  'Ibrahim',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Patel',
  'Quinn',
  'Rossi',
  'Sato',
  'Tran',
  'Walsh',
  'Young',
]

/** The stated in-text form: one name, two joined by “and”, three or more as first author et al. */
export function cite(w: Work, amp = false): string {
  const a = w.authors
  const names =
    a.length === 1
      ? a[0]!
      : a.length === 2
        ? `${a[0]} ${amp ? '&' : 'and'} ${a[1]}`
        : `${a[0]} et al.`
  return `(${names} ${w.year})`
}
export const FORM_RULE =
  'in-text citations give the surname and year, two authors joined by “and”, and three or more authors as the first author’s surname followed by “et al.”'

/** `n` works with distinct first authors, one to three authors each. */
export function drawWorks(rng: Rng, n: number): Work[] {
  const names = rng.shuffle(SURNAMES)
  const rest = names.slice(n)
  const offset = rng.int(0, 2)
  return Array.from({ length: n }, (_, i) => {
    // Every draw of three or more works holds one-, two- and three-author works.
    const k = [1, 2, 3][(i + offset) % 3]!
    const co = [rest[(2 * i) % rest.length]!, rest[(2 * i + 1) % rest.length]!]
    return { authors: [names[i]!, ...co.slice(0, k - 1)], year: rng.int(1995, 2023) }
  })
}
const entry = (w: Work) => `${w.authors.join(', ')} (${w.year})`

export const CITATION_FAMILIES: readonly ScenarioFamily[] = [
  family('citation-with-no-reference-entry', (rng) => {
    const works = drawWorks(rng, 6)
    const listed = works.slice(0, 5)
    const missing = works[5]!
    const cited = rng.shuffle(works)
    const etAl = listed.find((w) => w.authors.length >= 3)
    const two = listed.find((w) => w.authors.length === 2)
    const one = listed.find((w) => w.authors.length === 1)
    if (!etAl || !two || !one) throw new VariantError('a form missing from the draw')
    return worked(rng, {
      stem: `In a book for ${client(rng)}, ${FORM_RULE}. The text cites ${cited.map((w) => cite(w)).join(', ')}. The reference list holds ${listed.map(entry).join('; ')}. Which citation has no entry to match?`,
      in: { works, listed: 5 },
      key: cite(missing),
      wrong: [
        [
          'etAl',
          cite(etAl),
          'takes an et al. citation for a missing entry because the list names every author',
        ],
        ['two', cite(two), 'misses a two-author entry listed under its first author'],
        ['single', cite(one), 'picks a single-author work that is listed'],
      ],
    })
  }),
  family('citation-whose-year-disagrees', (rng) => {
    const works = drawWorks(rng, 5)
    const bad = works[rng.int(0, 4)]!
    const shifted = { ...bad, year: bad.year + rng.pick([1, -1, 10]) }
    const cited = works.map((w) => (w === bad ? shifted : w))
    const others = works.filter((w) => w !== bad)
    const etAl = others.find((w) => w.authors.length >= 3)
    if (!etAl) throw new VariantError('no et al. citation')
    return worked(rng, {
      stem: `A journal article for ${client(rng)} follows this rule: ${FORM_RULE}. The text cites ${rng
        .shuffle(cited)
        .map((w) => cite(w))
        .join(
          ', ',
        )}; the reference list holds ${works.map(entry).join('; ')}. Which citation must the editor query for its year?`,
      in: { works, cited },
      key: cite(shifted),
      wrong: [
        [
          'etAl',
          cite(etAl),
          'takes the shortened author list of an et al. citation for a mismatch',
        ],
        [
          'other0',
          cite(others.filter((w) => w !== etAl)[0]!),
          'checks the names but picks a citation whose year matches',
        ],
        [
          'other1',
          cite(others.filter((w) => w !== etAl)[1]!),
          'checks the names but picks a citation whose year matches',
        ],
      ],
    })
  }),
  family('reference-never-cited', (rng) => {
    const works = drawWorks(rng, 6)
    const uncited = works[rng.int(0, 5)]!
    const cited = works.filter((w) => w !== uncited)
    const narrative = cited.find((w) => w.authors.length === 1)!
    const etAl = cited.find((w) => w.authors.length >= 3)
    const two = cited.find((w) => w.authors.length === 2)
    if (!etAl || !two) throw new VariantError('a form missing')
    const inText = cited.map((w) =>
      w === narrative ? `${cite(w).slice(1, -6)} (${w.year})` : cite(w),
    )
    return worked(rng, {
      stem: `In a report for ${client(rng)}, ${FORM_RULE}; a citation may also run in the sentence, with only the year in parentheses. The text cites ${rng.shuffle(inText).join(', ')}. Which reference-list entry is cited nowhere?`,
      in: { works, cited },
      key: entry(uncited),
      wrong: [
        ['narrative', entry(narrative), 'overlooks a citation written into the sentence'],
        ['etAl', entry(etAl), 'does not match an et al. citation to its full list of authors'],
        ['two', entry(two), 'misses a two-author citation'],
      ],
    })
  }),
  family('in-text-form-for-three-or-more-authors', (rng) => {
    const w = drawWorks(rng, 8).find((x) => x.authors.length === 3)
    if (!w) throw new VariantError('no three-author work')
    const [a, b, c] = w.authors
    return worked(rng, {
      stem: `A press for ${client(rng)} uses this rule: ${FORM_RULE}. The reference list has ${entry(w)}. How is it cited in parentheses?`,
      in: { w },
      key: cite(w),
      wrong: [
        [
          'all',
          `(${a}, ${b} and ${c} ${w.year})`,
          'lists every author, as the reference list does',
        ],
        ['twoEtAl', `(${a}, ${b} et al. ${w.year})`, 'names two authors before et al.'],
        ['lastAuthor', `(${c} et al. ${w.year})`, 'cites under the last author’s name'],
        ['andOthers', `(${a} and ${b} ${w.year})`, 'drops the third author without et al.'],
      ],
    })
  }),
  family('two-authors-in-parentheses-and-in-the-sentence', (rng) => {
    const [a, b] = rng.shuffle(SURNAMES)
    const y = rng.int(1995, 2023)
    const narrative = rng.next() < 0.5
    const key = narrative ? `${a} and ${b} (${y}) argue` : `(${a} & ${b}, ${y})`
    return worked(rng, {
      stem: `The house rule of ${client(rng)} says: join two authors with “&” inside parentheses and with “and” in running text; put a comma between names and year inside parentheses. Which is the right form of a citation to ${a} and ${b}’s ${y} paper ${narrative ? 'when the authors are the subject of the sentence' : 'at the end of a sentence'}?`,
      in: { a, b, y, narrative },
      key,
      wrong: narrative
        ? [
            ['amp', `${a} & ${b} (${y}) argue`, 'uses the ampersand in running text'],
            [
              'parenAll',
              `(${a} & ${b}, ${y}) argue`,
              'puts the names inside the parentheses though they are the sentence’s subject',
            ],
            ['etAl', `${a} et al. (${y}) argue`, 'shortens two authors to et al.'],
            [
              'noComma',
              `${a} and ${b}, (${y}) argue`,
              'adds a comma before the year in running text',
            ],
          ]
        : [
            ['and', `(${a} and ${b}, ${y})`, 'uses “and” inside parentheses'],
            ['noComma', `(${a} & ${b} ${y})`, 'leaves out the comma before the year'],
            ['etAl', `(${a} et al., ${y})`, 'shortens two authors to et al.'],
            [
              'narrative',
              `${a} & ${b} (${y})`,
              'uses the running-text form at the end of a sentence',
            ],
          ],
    })
  }),
  family('year-suffix-for-one-author-three-times-in-a-year', (rng) => {
    const a = rng.pick(SURNAMES)
    const y = rng.int(1995, 2023)
    const titles = rng
      .shuffle([
        'The harbour trade',
        'Coastal mills',
        'A parish in crisis',
        'Letters home',
        'Rural credit',
        'An island economy',
      ])
      .slice(0, 3)
    const target = rng.pick(titles)
    const bare = (t: string) => t.replace(/^(The|A|An) /, '')
    const letter = (order: string[]) => `(${a} ${y}${'abc'[order.indexOf(target)]})`
    const sorted = [...titles].sort((x, z) => bare(x).localeCompare(bare(z)))
    return worked(rng, {
      stem: `${a} published three works in ${y}, cited in the text in this order: ${titles.map((t) => `“${t}”`).join(', ')}. The style sheet of ${client(rng)} says: letter same-author, same-year works a, b, c in the alphabetical order of their titles, ignoring a leading “A”, “An” or “The”. How is “${target}” cited?`,
      in: { a, y, titles, target },
      key: letter(sorted),
      wrong: [
        ['citedOrder', letter(titles), 'letters the works in the order the text cites them'],
        [
          'withArticle',
          letter([...titles].sort((x, z) => x.localeCompare(z))),
          'alphabetises on a leading article',
        ],
        [
          'reversed',
          letter([...sorted].reverse()),
          'letters the titles in reverse alphabetical order',
        ],
        ['none', `(${a} ${y})`, 'leaves out the letter, so the works cannot be told apart'],
      ],
    })
  }),
  family('reference-list-position', (rng) => {
    const works = drawWorks(rng, 5)
    const dup = { authors: [works[0]!.authors[0]!], year: works[0]!.year + rng.int(1, 6) }
    const all = rng.shuffle([...works, dup])
    const sorted = [...all].sort(
      (x, y) => x.authors[0]!.localeCompare(y.authors[0]!) || x.year - y.year,
    )
    const pos = rng.int(2, 4)
    const byYear = [...all].sort((x, y) => x.year - y.year)
    const byLast = [...all].sort(
      (x, y) => x.authors.at(-1)!.localeCompare(y.authors.at(-1)!) || x.year - y.year,
    )
    return worked(rng, {
      stem: `The reference list of a book for ${client(rng)} is ordered alphabetically by the first author’s surname, and works by the same first author by year, earliest first. The entries are ${all.map(entry).join('; ')}. Which entry comes ${['', '', 'second', 'third', 'fourth'][pos]}?`,
      in: { all, pos },
      key: entry(sorted[pos - 1]!),
      wrong: [
        ['byYear', entry(byYear[pos - 1]!), 'orders the list by year'],
        ['byLast', entry(byLast[pos - 1]!), 'sorts on the last author’s surname'],
        ['asDrawn', entry(all[pos - 1]!), 'keeps the order the author typed them in'],
        ['offByOne', entry(sorted[pos]!), 'counts the positions from zero'],
      ],
    })
  }),
  family('order-of-works-in-one-parenthesis', (rng) => {
    const works = drawWorks(rng, 3).map((w) => ({ authors: [w.authors[0]!], year: w.year }))
    const chrono = rng.next() < 0.5
    const by = (xs: Work[]) =>
      [...xs].sort(
        chrono ? (a, b) => a.year - b.year : (a, b) => a.authors[0]!.localeCompare(b.authors[0]!),
      )
    const other = (xs: Work[]) =>
      [...xs].sort(
        !chrono ? (a, b) => a.year - b.year : (a, b) => a.authors[0]!.localeCompare(b.authors[0]!),
      )
    const show = (xs: Work[]) => `(${xs.map((w) => `${w.authors[0]} ${w.year}`).join('; ')})`
    if (new Set(works.map((w) => w.year)).size < 3) throw new VariantError('a tied year')
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says works cited together in one parenthesis are ordered ${chrono ? 'by year, earliest first' : 'alphabetically by surname'} and separated by semicolons. The author wrote ${show(works)}. What should it read?`,
      in: { works, chrono },
      key: show(by(works)),
      wrong: [
        [
          'otherOrder',
          show(other(works)),
          `orders them ${chrono ? 'alphabetically' : 'by year'}, not as the sheet says`,
        ],
        [
          'reversed',
          show(by(works).reverse()),
          chrono ? 'puts the latest work first' : 'sorts the names from Z to A',
        ],
        ['asWritten', show(works), 'leaves the author’s order'],
        [
          'otherReversed',
          show(other(works).reverse()),
          chrono ? 'sorts the names from Z to A' : 'puts the latest work first',
        ],
      ],
    })
  }),
  family('citations-to-query-in-a-chapter', (rng) => {
    const works = drawWorks(rng, 7)
    const listed = works.slice(0, 6)
    const missing = 1
    const wrongYear = rng.int(1, 2)
    const cited = works.map((w, i) => (i < wrongYear ? { ...w, year: w.year + 1 } : w))
    return worked(rng, {
      stem: `In a chapter for ${client(rng)}, ${FORM_RULE}. The text cites ${rng
        .shuffle(cited)
        .map((w) => cite(w))
        .join(
          ', ',
        )}; the reference list holds ${listed.map(entry).join('; ')}. How many citations need a query, for a missing entry or a year that disagrees?`,
      in: { works, cited, listed },
      key: `${missing + wrongYear}`,
      wrong: [
        ['allCited', `${cited.length}`, 'queries every citation in the chapter'],
        ['yearsOnly', `${wrongYear}`, 'checks years but not whether each citation has an entry'],
        ['missingOnly', `${missing}`, 'checks only for missing entries, not years'],
        [
          'etAlToo',
          `${missing + wrongYear + cited.filter((w, i) => i >= wrongYear && i < 6 && w.authors.length >= 3).length}`,
          'queries every et al. citation as well',
        ],
        [
          'entries',
          `${listed.length - wrongYear}`,
          'counts the entries that match, not the citations to query',
        ],
      ],
    })
  }),
  family('initials-for-first-authors-sharing-a-surname', (rng) => {
    const s = rng.pick(SURNAMES)
    const [i1, i2] = rng.shuffle(['A.', 'J.', 'M.', 'R.', 'T.'])
    const y1 = rng.int(1995, 2008)
    const y2 = rng.int(2009, 2023)
    return worked(rng, {
      stem: `A reference list for ${client(rng)} has ${s}, ${i1} (${y1}) and ${s}, ${i2} (${y2}), two different people. The style sheet says: when first authors of different works share a surname, give their initials in every in-text citation. How is the ${y2} work cited?`,
      in: { s, i1, i2, y2 },
      key: `(${i2} ${s} ${y2})`,
      wrong: [
        ['noInitials', `(${s} ${y2})`, 'cites by surname alone, so the two people run together'],
        ['wrongInitial', `(${i1} ${s} ${y2})`, 'gives the other author’s initial'],
        [
          'suffix',
          `(${s} ${y2}b)`,
          'adds a year letter, which is for one author’s works in one year',
        ],
        ['both', `(${i1} and ${i2} ${s} ${y2})`, 'cites both people, as if they wrote it together'],
      ],
    })
  }),
  family('quotation-citation-without-a-page', (rng) => {
    const works = drawWorks(rng, 4).map((w) => ({ authors: [w.authors[0]!], year: w.year }))
    const pages = works.map(() => rng.int(12, 240))
    const quoted = rng.int(0, 3)
    // Round the four kinds from the quoted one: quotation without page (the key), quotation with
    // page, paraphrase with page, paraphrase without.
    const kind = (i: number) => (i - quoted + 4) % 4
    const page = (i: number) => (kind(i) === 1 || kind(i) === 2 ? `, ${pages[i]}` : '')
    const label = (i: number) => `(${works[i]!.authors[0]} ${works[i]!.year}${page(i)})`
    const items = works.map((_, i) => ({
      q: kind(i) < 2,
      text: `${kind(i) < 2 ? 'a quotation' : 'a paraphrase'} cited ${label(i)}`,
    }))
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says a direct quotation must be cited with its page number; a paraphrase may give one but need not. The manuscript has ${items.map((x) => x.text).join('; ')}. Which citation must the editor query?`,
      in: { items },
      key: label(quoted),
      wrong: [
        ['quotedWithPage', label((quoted + 1) % 4), 'queries a quotation that has its page'],
        [
          'paraphraseWithPage',
          label((quoted + 2) % 4),
          'queries a paraphrase for a page it gives anyway',
        ],
        ['paraphraseNoPage', label((quoted + 3) % 4), 'asks for a page a paraphrase does not need'],
      ],
    })
  }),
]

import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, q, worked } from './copyedit-text.js'

// Marking changes as a word processor's tracked changes show them, written out in the plain
// notation the stem defines ({+inserted+} and [-deleted-], as in wdiff's output): what a
// marked-up passage reads after accepting or rejecting changes, how to mark a replacement, how
// many revisions a reviewer sees, and a block quotation's threshold by a stated rule.

const NOTE = 'tracked insertions are shown as {+text+} and deletions as [-text-]'

/** A passage as a run of unchanged, inserted and deleted pieces. */
export type Piece = readonly ['same' | 'ins' | 'del', string]

export const marked = (ps: readonly Piece[]): string =>
  ps.map(([k, t]) => (k === 'same' ? t : k === 'ins' ? `{+${t}+}` : `[-${t}-]`)).join('')
const read = (ps: readonly Piece[], keep: (k: Piece[0], i: number) => boolean): string =>
  ps
    .filter(([k], i) => keep(k, i))
    .map(([, t]) => t)
    .join('')
    .replace(/ {2,}/g, ' ')

const SENTENCES: readonly (readonly Piece[])[] = [
  [
    ['same', 'The '],
    ['del', 'very '],
    ['same', 'first edition '],
    ['del', 'was printed'],
    ['ins', 'appeared'],
    ['same', ' in 1851'],
    ['ins', ', in Leeds'],
    ['same', '.'],
  ],
  [
    ['same', 'Most '],
    ['del', 'of the '],
    ['same', 'letters '],
    ['ins', 'that survive '],
    ['same', 'are '],
    ['del', 'dated'],
    ['ins', 'undated'],
    ['same', '.'],
  ],
  [
    ['same', 'The council '],
    ['del', 'made a decision to close'],
    ['ins', 'closed'],
    ['same', ' the mill '],
    ['ins', 'early '],
    ['same', 'in 1923.'],
  ],
  [
    ['same', 'Her '],
    ['ins', 'second '],
    ['same', 'novel '],
    ['del', 'sold well'],
    ['ins', 'sold poorly'],
    ['same', ' at first'],
    ['del', ', however'],
    ['same', '.'],
  ],
  [
    ['same', 'The '],
    ['del', 'two '],
    ['ins', 'three '],
    ['same', 'maps '],
    ['del', 'are'],
    ['ins', 'were'],
    ['same', ' drawn '],
    ['ins', 'by hand '],
    ['same', 'in ink.'],
  ],
]

const ALL = (ps: readonly Piece[]) => ({
  accept: read(ps, (k) => k !== 'del'),
  reject: read(ps, (k) => k !== 'ins'),
  both: read(ps, () => true),
  insOnly: read(ps, (k) => k === 'same'),
})

export const TRACK_FAMILIES: readonly ScenarioFamily[] = [
  family('text-after-accepting-every-change', (rng) => {
    const ps = rng.pick(SENTENCES)
    const r = ALL(ps)
    return worked(rng, {
      stem: `In an edited file for ${client(rng)}, ${NOTE}. The passage reads ${q(marked(ps))} What does it read after the author accepts every change?`,
      in: { ps },
      key: r.accept,
      wrong: [
        ['reject', r.reject, 'gives the text with every change rejected'],
        ['both', r.both, 'keeps the deleted words as well as the insertions'],
        ['neither', r.insOnly, 'drops the insertions along with the deletions'],
      ],
    })
  }),
  family('text-after-rejecting-every-change', (rng) => {
    const ps = rng.pick(SENTENCES)
    const r = ALL(ps)
    return worked(rng, {
      stem: `A reviewer at ${client(rng)} opens an edited file in which ${NOTE}. The passage reads ${q(marked(ps))} What does it read after rejecting every change?`,
      in: { ps },
      key: r.reject,
      wrong: [
        ['accept', r.accept, 'gives the text with every change accepted'],
        ['both', r.both, 'keeps the insertions as well as restoring the deletions'],
        ['neither', r.insOnly, 'drops the deleted words instead of restoring them'],
      ],
    })
  }),
  family('text-after-accepting-only-the-first-change', (rng) => {
    const ps = rng.pick(SENTENCES)
    const first = ps.findIndex(([k]) => k !== 'same')
    const last = ps.length - 1 - [...ps].reverse().findIndex(([k]) => k !== 'same')
    const one = (at: number) =>
      read(ps, (k, i) => k === 'same' || (i === at ? k === 'ins' : k === 'del'))
    const r = ALL(ps)
    return worked(rng, {
      stem: `In a file from ${client(rng)}, ${NOTE}. Each insertion and each deletion is a change of its own. The author accepts the first change in the passage and rejects all the others: ${q(marked(ps))} What does the passage read then?`,
      in: { ps },
      key: one(first),
      wrong: [
        ['lastOnly', one(last), 'accepts the last change instead of the first'],
        ['acceptAll', r.accept, 'accepts every change'],
        ['rejectAll', r.reject, 'rejects every change, the first one too'],
        [
          'firstRejected',
          read(ps, (k, i) => k === 'same' || (i === first ? k === 'del' : k === 'ins')),
          'rejects the first change and accepts the others',
        ],
        ['bothKept', r.both, 'keeps deleted and inserted words alike'],
        ['neither', r.insOnly, 'drops every marked stretch, insertions and deletions alike'],
      ],
    })
  }),
  family('number-of-revisions-a-reviewer-sees', (rng) => {
    const ps = rng.pick(SENTENCES)
    const changes = ps.filter(([k]) => k !== 'same').length
    const ins = ps.filter(([k]) => k === 'ins').length
    // A replacement is a deletion directly followed by an insertion.
    const repl = ps.filter(([k], i) => k === 'del' && ps[i + 1]?.[0] === 'ins').length
    return worked(rng, {
      stem: `In a file for ${client(rng)}, ${NOTE}. The word processor counts each insertion and each deletion as one revision, so replacing a word is two. How many revisions does it list for ${q(marked(ps))}?`,
      in: { ps },
      key: `${changes}`,
      wrong: [
        ['replOne', `${changes - repl}`, 'counts a replacement as one revision'],
        ['insOnly', `${ins}`, 'counts only the insertions'],
        [
          'replExtra',
          `${changes + repl}`,
          'counts each replacement once more on top of its deletion and its insertion',
        ],
        ['delOnly', `${changes - ins}`, 'counts only the deletions'],
        ['replOnly', `${repl}`, 'counts only the replacements'],
      ],
    })
  }),
  family('markup-for-a-replaced-word', (rng) => {
    const [old, neu] = rng.pick([
      ['affect', 'effect'],
      ['principle', 'principal'],
      ['complimented', 'complemented'],
      ['discreet', 'discrete'],
    ])
    const before = rng.pick(['The change had little', 'Their', 'The two', 'Its'])
    const after = rng.pick(['on sales.', 'aim was clear.', 'parts fit.', 'use is rare.'])
    return worked(rng, {
      stem: `Working for ${client(rng)} with tracked changes on, where ${NOTE}, the editor replaces “${old}” with “${neu}” in ${q(`${before} ${old} ${after}`)} How does the tracked passage show it?`,
      in: { old, neu, before, after },
      key: `${before} [-${old}-]{+${neu}+} ${after}`,
      wrong: [
        [
          'insOnly',
          `${before} {+${neu}+} ${after}`,
          'shows the new word inserted but not the old one deleted',
        ],
        [
          'reversed',
          `${before} [-${neu}-]{+${old}+} ${after}`,
          'marks the new word as deleted and the old as inserted',
        ],
        ['untracked', `${before} ${neu} ${after}`, 'makes the change with tracking off'],
        ['bothIns', `${before} {+${old}+}{+${neu}+} ${after}`, 'marks both words as insertions'],
        [
          'wholePhrase',
          `[-${before} ${old}-]{+${before} ${neu}+} ${after}`,
          'marks the whole phrase as replaced, not just the changed word',
        ],
        [
          'delOnly',
          `${before} [-${old}-] ${after}`,
          'deletes the old word without inserting the new one',
        ],
      ],
    })
  }),
  family('quotation-long-enough-to-set-as-a-block', (rng) => {
    const limit = rng.pick([40, 50, 100])
    const words = rng.pick([limit - rng.int(3, 15), limit + rng.int(2, 30)])
    const block = words > limit
    const A = 'Set it as an indented block, without quotation marks'
    const B = 'Run it into the paragraph, inside quotation marks'
    const C = 'Set it as an indented block inside quotation marks'
    const D = 'Run it into the paragraph without quotation marks'
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says: set a quotation of more than ${limit} words as an indented block without quotation marks; run shorter quotations into the text in quotation marks. The author quotes a passage of ${words} words. How should it be set?`,
      in: { limit, words },
      key: block ? A : B,
      wrong: [
        [
          block ? 'runIn' : 'block',
          block ? B : A,
          block
            ? 'runs in a quotation longer than the limit'
            : 'sets a quotation under the limit as a block',
        ],
        ['doubleMarks', C, 'adds quotation marks to a block, which the indent already marks'],
        ['noMarks', D, 'runs the words into the text with nothing to show they are quoted'],
      ],
    })
  }),
]

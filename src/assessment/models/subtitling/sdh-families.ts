import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { CAPTION_TERMS, glossaryFamilies } from './glossary.js'
import { family, job, statements } from './sub-text.js'

// SDH and captioning: the kinds of captions and subtitles a client orders, and the four caption
// quality standards of the FCC (47 CFR §79.1(j)(2): accuracy, synchronicity, program
// completeness, placement) a captioner’s work is checked against in the US.

/** The four FCC caption quality standards, each with failures that breach it. */
export const FCC: Readonly<
  Record<string, { names: readonly string[]; fails: readonly string[]; gloss: string }>
> = {
  Accuracy: {
    names: ['Accuracy', 'Caption accuracy', 'The accuracy standard', 'Accuracy of the captions'],
    fails: [
      'the captions read “fifteen milligrams” where the doctor says “fifty milligrams”',
      'the guest’s surname is spelt three different ways across the captions',
      'a sarcastic remark is captioned with its words changed into a sincere one',
    ],
    gloss: 'requires the captions to match the words and sounds',
  },
  Synchronicity: {
    names: [
      'Synchronicity',
      'Caption synchronicity',
      'Synchronicity (timing)',
      'Timing (synchronicity)',
    ],
    fails: [
      'each caption appears about six seconds after its line is spoken, all through the programme',
      'captions for a fast argument flash by too quickly to be read and lag further behind',
      'the caption of a punchline appears before the comedian starts the joke',
    ],
    gloss: 'requires the captions to coincide with the speech',
  },
  Completeness: {
    names: [
      'Program completeness',
      'Completeness',
      'The completeness standard',
      'Completeness of captioning',
    ],
    fails: [
      'the captions stop four minutes before the end, leaving the final scene without any',
      'the first segment after the opening titles has no captions at all',
      'captioning drops out for the whole last act after a break',
    ],
    gloss: 'requires captions from the beginning to the end of the programme',
  },
  Placement: {
    names: ['Placement', 'Caption placement', 'The placement standard', 'Placement on screen'],
    fails: [
      'the captions cover the hotline number shown at the bottom of the screen',
      'the captions sit over the signer’s hands and face in the interpreter box',
      'long caption rows run off the right-hand edge of the picture',
    ],
    gloss: 'requires captions not to block important content or run off screen',
  },
}
const STANDARDS = Object.keys(FCC)

const fccFamily = (standard: string): ScenarioFamily =>
  family(`fcc-${standard.toLowerCase()}`, (rng) => {
    const name = (s: string) => rng.pick(FCC[s]!.names)
    return statements(rng, {
      stem: `A US broadcaster’s QC of ${job(rng)} finds that ${rng.pick(FCC[standard]!.fails)}. Which of the FCC’s caption quality standards (47 CFR §79.1(j)(2)) does this breach?`,
      ask: 'fcc',
      key: [standard, name(standard)],
      wrong: STANDARDS.filter((s) => s !== standard).map(
        (s) => [s, name(s), `confuses it with ${s.toLowerCase()}, which ${FCC[s]!.gloss}`] as const,
      ),
    })
  })

export const SDH_FAMILIES: readonly ScenarioFamily[] = [
  ...glossaryFamilies(
    'caption-kind',
    CAPTION_TERMS,
    'A client’s brief for JOB describes what it wants delivered:',
  ),
  ...STANDARDS.map(fccFamily),
]

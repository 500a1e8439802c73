import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, job, statements } from './sub-text.js'

/**
 * Terms a subtitling client or vendor uses; each family describes one and asks for its name, the
 * others in its group being its confusions. Each term goes by more than one name in the trade
 * and every option shows one drawn at random, so no option’s length or wording marks the key;
 * the description avoids the key’s own words. Sources: FCC 47 CFR §79.1 and the DCMP Captioning
 * Key (pop-on, roll-up, paint-on; open and closed captions), the Netflix Timed Text Style Guide:
 * General Requirements (forced narratives, SDH, templates, shot changes) and the BBC Subtitle
 * Guidelines (subtitles for the deaf and hard of hearing; audio description is a separate
 * spoken service).
 */
export interface Term {
  readonly names: readonly string[]
  readonly says: string
  readonly gloss: string
}

export function glossaryFamilies(
  prefix: string,
  terms: Readonly<Record<string, Term>>,
  context: string,
): ScenarioFamily[] {
  const ids = Object.keys(terms)
  return ids.map((term) =>
    family(
      `${prefix}-${term
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')}`,
      (rng) => {
        const name = (t: string) => rng.pick(terms[t]!.names)
        return statements(rng, {
          stem: `${context.replace('JOB', job(rng))} ${terms[term]!.says}. What is this called?`,
          ask: `term:${prefix}`,
          key: [term, name(term)],
          wrong: rng
            .shuffle(ids.filter((t) => t !== term))
            .map(
              (o) =>
                [
                  o,
                  name(o),
                  `confuses it with ${o.toLowerCase()}, which ${terms[o]!.gloss}`,
                ] as const,
            ),
        })
      },
    ),
  )
}

/** Kinds of captions and subtitles a client may order. */
export const CAPTION_TERMS: Readonly<Record<string, Term>> = {
  'Pop-on captions': {
    names: ['Pop-on captions', 'Pop-on captioning', 'Pop-on style'],
    says: 'each caption appears whole at once, stays for its duration and is replaced by the next, as for pre-recorded programmes',
    gloss: 'shows each caption whole at once',
  },
  'Roll-up captions': {
    names: ['Roll-up captions', 'Roll-up captioning', 'Scroll-up style'],
    says: 'text enters on the bottom row and earlier rows move up and off, two or three rows visible, as in live news',
    gloss: 'scrolls rows upward as new text arrives',
  },
  'Paint-on captions': {
    names: ['Paint-on captions', 'Paint-on captioning', 'Paint-on style'],
    says: 'the characters of a caption are drawn one after another, left to right, in place on the screen',
    gloss: 'builds a caption character by character in place',
  },
  'Open captions': {
    names: ['Open captions', 'Burned-in subtitles', 'Burnt-in captions'],
    says: 'the text is part of the video picture itself and viewers cannot turn it off',
    gloss: 'are part of the picture and cannot be turned off',
  },
  'Closed captions': {
    names: ['Closed captions', 'Closed captioning', 'CC track'],
    says: 'a separate caption stream the viewer’s player or TV decodes and can switch on or off',
    gloss: 'are a separate stream the viewer switches on',
  },
  'Forced narrative subtitles': {
    names: ['Forced narratives', 'Forced subtitles', 'Forced narrative subtitles'],
    says: 'a short file that translates only foreign dialogue and on-screen text the audience must understand, shown even when the viewer has subtitles off',
    gloss: 'cover only foreign dialogue and on-screen text, shown with subtitles off',
  },
  'Subtitles for the deaf and hard of hearing': {
    names: ['SDH', 'SDH subtitles', 'Subtitles for the deaf and hard of hearing'],
    says: 'same-language text styled as subtitles that adds speaker names, sound effects and music cues to the dialogue',
    gloss: 'add speaker and sound information to the dialogue',
  },
  'Audio description': {
    names: ['Audio description', 'Described video', 'Audio-described track'],
    says: 'a narrated track for blind and partially sighted viewers that describes what is seen during pauses in dialogue',
    gloss: 'is narration of the picture for blind viewers',
  },
}

/** Terms of the subtitling workflow a vendor’s brief uses. */
export const WORKFLOW_TERMS: Readonly<Record<string, Term>> = {
  Spotting: {
    names: ['Spotting', 'Cueing', 'Spotting (cueing)'],
    says: 'setting the in-time and out-time of every subtitle against the audio and shot changes, before or while the text is written',
    gloss: 'sets subtitle in- and out-times',
  },
  'Subtitle template': {
    names: ['A template', 'A subtitle template', 'A timed template file'],
    says: 'the vendor sends one timed English file whose in- and out-times every language’s translator keeps, replacing only the text',
    gloss: 'is a timed master file translators reuse',
  },
  'Shot change': {
    names: ['A shot change', 'A cut', 'A shot change (cut)'],
    says: 'the frame where the picture switches from one camera angle to another, which subtitles should not straddle',
    gloss: 'is the frame where the picture switches angle',
  },
  'Reading speed': {
    names: ['Reading speed', 'Characters per second', 'Reading rate (CPS)'],
    says: 'the characters of a subtitle divided by its duration, which the guide caps for each audience',
    gloss: 'is characters over duration',
  },
  Conform: {
    names: ['A conform', 'Conforming', 'A subtitle conform'],
    says: 'retiming an existing subtitle file to a new cut of the programme after scenes were trimmed or moved',
    gloss: 'retimes a file to a re-edited cut',
  },
  Transcreation: {
    names: ['Transcreation', 'Creative adaptation', 'Transcreation (adaptation)'],
    says: 'rewriting a pun, song or joke so that it works in the target language, rather than translating it word for word',
    gloss: 'adapts wordplay to work in the target language',
  },
}

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
    says: 'text enters on the bottom row and earlier rows move up and off, with two or three rows visible at a time',
    gloss: 'scrolls rows upward as new text arrives',
  },
  'Paint-on captions': {
    names: ['Paint-on captions', 'Paint-on captioning', 'Paint-on style'],
    says: 'the characters of a caption are drawn one after another, left to right, in place on the screen',
    gloss: 'builds a caption character by character in place',
  },
  'Real-time captions': {
    names: ['Real-time captions', 'Live captioning', 'Realtime (CART) captions'],
    says: 'captions written by a stenographer or respeaker while the programme airs, arriving a few seconds behind the speech',
    gloss: 'are written live as the programme airs',
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
  'Pivot translation': {
    names: ['Pivot translation', 'A pivot language', 'Translating via a pivot'],
    says: 'translating subtitles into a third language from the English template rather than from the original-language dialogue',
    gloss: 'translates from an intermediate language’s file',
  },
  'Dialogue list': {
    names: ['A dialogue list', 'An as-broadcast script', 'A timed dialogue list'],
    says: 'the producer’s document of every spoken line with speaker and timecode, which the subtitler checks names and spellings against',
    gloss: 'is the producer’s timed transcript',
  },
  Transcreation: {
    names: ['Transcreation', 'Creative adaptation', 'Transcreation (adaptation)'],
    says: 'rewriting a pun, song or joke so that it works in the target language, rather than translating it word for word',
    gloss: 'adapts wordplay to work in the target language',
  },
}

/** Caption and subtitle file formats and standards a delivery spec names. */
export const FORMAT_TERMS: Readonly<Record<string, Term>> = {
  'CEA-608': {
    names: ['CEA-608', 'CEA-608 (line 21)', 'EIA-608 captions'],
    says: 'the analogue-era caption standard carried on line 21 of the picture, limited to 32 characters a row and a small fixed character set',
    gloss: 'is the line-21 analogue caption standard',
  },
  'CEA-708': {
    names: ['CEA-708', 'CEA-708 (DTVCC)', 'EIA-708 captions'],
    says: 'the digital television caption standard that lets the viewer choose the font, size and colours of the captions',
    gloss: 'is the digital TV caption standard',
  },
  SCC: {
    names: ['SCC', 'Scenarist Closed Caption (SCC)', 'An .scc file'],
    says: 'a text file holding line-21 caption data as hexadecimal byte pairs, each row starting with a 29.97 fps timecode',
    gloss: 'holds line-21 byte pairs as hex',
  },
  'EBU-STL': {
    names: ['EBU-STL', 'EBU STL (Tech 3264)', 'An .stl file'],
    says: 'the binary subtitle exchange file of European broadcasters defined in EBU Tech 3264, opening with a General Subtitle Information block',
    gloss: 'is the EBU binary exchange format',
  },
  IMSC: {
    names: ['IMSC', 'IMSC1 (TTML profile)', 'A TTML IMSC file'],
    says: 'the W3C profile of the XML Timed Text Markup Language that streaming services take for text and image subtitles',
    gloss: 'is the W3C XML profile of TTML',
  },
  WebVTT: {
    names: ['WebVTT', 'A .vtt file', 'Web Video Text Tracks'],
    says: 'the W3C plain-text format with a signature line and cue settings that the HTML track element loads in browsers',
    gloss: 'is the text format of the HTML track element',
  },
  SubRip: {
    names: ['SubRip', 'An .srt file', 'SubRip (SRT)'],
    says: 'a plain-text file of numbered cues with comma-separated milliseconds and no header or positioning syntax of its own',
    gloss: 'is numbered plain-text cues',
  },
}

/** SDH conventions, as the Netflix English Timed Text Style Guide and the DCMP Captioning Key describe them. */
export const SDH_TERMS: Readonly<Record<string, Term>> = {
  'Speaker identification': {
    names: ['A speaker ID', 'Speaker identification', 'A speaker label'],
    says: 'a name in brackets, such as [MARTA], placed before a line when the person talking cannot be seen or told apart',
    gloss: 'names who is talking',
  },
  'Sound effect description': {
    names: ['A sound effect tag', 'A sound description', 'A sound-effect caption'],
    says: 'a bracketed line such as [door slams] or [thunder rumbling] telling the viewer about a noise that matters to the plot',
    gloss: 'describes a non-speech noise',
  },
  'Manner-of-speaking tag': {
    names: ['A manner-of-speaking tag', 'A tone tag', 'A delivery tag'],
    says: 'a bracketed word such as [whispering] or [sarcastically] before a line, telling how it is said',
    gloss: 'tells how a line is said',
  },
  'Lyrics marker': {
    names: ['Music notes', 'A lyrics marker (♪)', 'Song-lyric notes'],
    says: 'a note symbol placed at the start and end of each sung line',
    gloss: 'marks sung lyrics',
  },
  'Off-screen italics': {
    names: ['Italics for off-screen voices', 'Off-screen italics', 'Italicised voice-over'],
    says: 'dialogue set in a slanted typeface because the speaker is not in the scene, such as a voice on the phone or a narrator',
    gloss: 'marks voices from outside the scene',
  },
  'Dual-speaker dashes': {
    names: ['Dual-speaker dashes', 'Speaker dashes', 'A two-speaker hyphen layout'],
    says: 'a subtitle holding two people’s lines, one per line, each line starting with a hyphen',
    gloss: 'shows two speakers in one subtitle',
  },
}

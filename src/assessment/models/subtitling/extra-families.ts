import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { FORMAT_TERMS, glossaryFamilies, SDH_TERMS } from './glossary.js'
import { TEXTS } from './reading-families.js'
import {
  clock,
  dfFrames,
  family,
  job,
  ndfFrames,
  ndfLabel,
  statements,
  worked,
} from './sub-text.js'

// More of each domain: out-times from a duration, drop-frame labels as clock time, a gap in
// milliseconds (timing); reading speed over timecodes and the frames to add (reading); WebVTT
// identifiers, class styling, italics, media types, blank lines and the SubRip block (formats,
// W3C WebVTT §4 and RFC-registered media types text/vtt and application/ttml+xml); two speakers in
// one subtitle as a stated guide marks them (SDH/QC).

const two = (n: number) => String(n).padStart(2, '0')

/** Fields of a label whose frames may run past the rate (a carry at the wrong rate). */
const carried = (h: number, m: number, s: number, f: number, base: number) => {
  const ss = s + Math.floor(f / base)
  const mm = m + Math.floor(ss / 60)
  return `${two(h + Math.floor(mm / 60))}:${two(mm % 60)}:${two(ss % 60)}:${two(f % base)}`
}

export const EXTRA_TIMING_FAMILIES: readonly ScenarioFamily[] = [
  family('drop-frame-label-that-cannot-occur', (rng) => {
    const h = rng.int(0, 1)
    const m = rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => rng.int(0, 5) * 10 + d))
    const tenth = rng.int(1, 5) * 10
    const hm = `${two(h)}:${two(m)}`
    return statements(rng, {
      stem: `QC of a 29.97 fps drop-frame caption file for ${job(rng)} flags one event whose timecode can never occur on the master. Which one is it?`,
      ask: 'dfLabel',
      key: ['dropped', `${hm}:00;${rng.pick(['00', '01'])}`],
      wrong: [
        [
          'tenthMinute',
          `${two(h)}:${two(tenth)}:00;00`,
          'thinks labels drop at the tenth minutes too',
        ],
        ['third', `${hm}:00;02`, 'thinks label ;02 is dropped as well'],
        ['lastOfMinute', `${hm}:59;29`, 'thinks the last label of a minute is dropped'],
        ['everySecond', `${hm}:${two(rng.int(1, 59))};00`, 'thinks labels drop at every second'],
        [
          'frame29',
          `${hm}:${two(rng.int(1, 58))};29`,
          'thinks frame 29 does not exist at 29.97 fps',
        ],
      ],
    })
  }),
  family('ndf-23976-timecode-to-srt-time', (rng) => {
    const h = rng.int(0, 1)
    const m = rng.int(1, 59)
    const s = rng.int(0, 59)
    const f = rng.int(1, 23)
    const n = ndfFrames(h, m, s, f, 24)
    const labelMs = ((h * 60 + m) * 60 + s) * 1000
    return worked(rng, {
      stem: `A 23.976 fps (24000/1001 frames a second) series is spotted with non-drop timecode counting 24 frames a label-second from 00:00:00:00. A subtitle starts at ${two(h)}:${two(m)}:${two(s)}:${two(f)}. What SRT time, to the millisecond, is the same frame?`,
      in: { h, m, s, f },
      key: clock((n * 1001) / 24),
      wrong: [
        [
          'labelIsClock',
          clock(labelMs + (f * 1000) / 24),
          'reads the label as clock time, frames as 24ths',
        ],
        [
          'framesAsMs',
          clock(labelMs + f),
          'reads the label as clock time and the frames as milliseconds',
        ],
        ['inverted', clock((n * 1000 * 1000) / (24 * 1001)), 'scales by 1000/1001 the wrong way'],
        ['at25', clock((n * 1000) / 25), 'counts the frames at 25 fps'],
      ],
    })
  }),
  family('out-time-from-a-duration-at-25-fps', (rng) => {
    const inF = ndfFrames(0, rng.int(1, 58), rng.int(0, 58), rng.int(10, 24), 25)
    const dur = rng.int(42, 170)
    const secs = (dur / 25).toFixed(2)
    const [h, m, s, f] = ndfLabel(inF, 25).split(':').map(Number) as [
      number,
      number,
      number,
      number,
    ]
    const [ds, df] = secs.split('.').map(Number) as [number, number]
    return worked(rng, {
      stem: `At 25 fps a subtitle’s in-time is ${ndfLabel(inF, 25)} and it must last ${secs} s. What is its out-time?`,
      in: { inF, dur },
      key: ndfLabel(inF + dur, 25),
      wrong: [
        [
          'decimalAsFrames',
          carried(h, m, s + ds, f + df, 25),
          `adds ${ds} s and ${df} frames, reading the decimals as frames`,
        ],
        [
          'carry30',
          carried(h, m, s, f + dur, 30),
          'adds the frames but carries into the seconds at 30',
        ],
        [
          'carry24',
          carried(h, m, s, f + dur, 24),
          'adds the frames but carries into the seconds at 24',
        ],
        [
          'secondsOnly',
          carried(h, m, s + ds, f, 25),
          'adds the whole seconds and drops the fraction',
        ],
      ],
    })
  }),
  family('drop-frame-label-to-clock-time', (rng) => {
    const h = rng.int(0, 1)
    const m = rng.pick([rng.int(11, 19), rng.int(21, 29), rng.int(31, 59)])
    const s = rng.int(1, 59)
    const f = rng.int(0, 29)
    const n = dfFrames(h, m, s, f)
    const nd = ndfFrames(h, m, s, f, 30)
    return worked(rng, {
      stem: `A broadcast master at 29.97 fps (30000/1001 frames a second) carries drop-frame timecode from 00:00:00;00. A caption starts at ${two(h)}:${two(m)}:${two(s)};${two(f)}. What real elapsed time is that, to the millisecond, as an SRT time?`,
      in: { n, h, m, s, f },
      key: clock((n * 1001) / 30),
      wrong: [
        [
          'labelIsClock',
          clock(((h * 60 + m) * 60 + s) * 1000 + (f * 1000) / 30),
          'reads the label as clock time, frames as thirtieths',
        ],
        ['at30', clock((n * 1000) / 30), 'counts the frames at exactly 30 a second'],
        ['noDrop', clock((nd * 1001) / 30), 'counts the frames as non-drop before timing them'],
      ],
    })
  }),
  family('minimum-gap-in-milliseconds', (rng) => {
    const [fpsText, num, den] = rng.pick([
      ['23.976', 24000, 1001],
      ['25', 25, 1],
      ['29.97', 30000, 1001],
    ] as const)
    /** Two frames in milliseconds, rounded up to a whole millisecond. */
    const gap = (n: number, d: number) => Math.ceil((2 * 1000 * d) / n)
    return worked(rng, {
      stem: `The guide asks for at least 2 frames between subtitles, and you deliver SRT for a ${fpsText} fps video. What is the smallest gap between cues you may write, in whole milliseconds (round up)?`,
      in: { num, den },
      key: `${gap(num, den)} ms`,
      wrong: [
        ['framesAsMs', '2 ms', 'writes the 2 frames as 2 milliseconds'],
        ['tenths', '200 ms', 'reads 2 frames as two tenths of a second'],
        ['at25', `${gap(25, 1)} ms`, 'works it out at 25 fps'],
        ['at30', `${gap(30, 1)} ms`, 'works it out at 30 fps'],
        ['at24', `${gap(24, 1)} ms`, 'works it out at 24 fps'],
        ['oneFrame', `${Math.ceil((1000 * den) / num)} ms`, 'leaves one frame, not two'],
      ],
    })
  }),
]

const withSpaces = (lines: readonly string[]) => lines.reduce((n, l) => n + [...l].length, 0)
const noSpaces = (lines: readonly string[]) =>
  lines.reduce((n, l) => n + [...l].filter((c) => c !== ' ').length, 0)

export const EXTRA_READING_FAMILIES: readonly ScenarioFamily[] = [
  family('cps-over-timecodes-at-25-fps', (rng) => {
    const lines = rng.pick(TEXTS)
    const inF = ndfFrames(0, rng.int(1, 58), rng.int(0, 50), rng.int(0, 24), 25)
    const dur = rng.int(45, 110)
    const outF = inF + dur
    const n = withSpaces(lines)
    const [, , is, iff] = ndfLabel(inF, 25).split(':').map(Number) as number[]
    const [, om, os, off] = ndfLabel(outF, 25).split(':').map(Number) as number[]
    const im = Number(ndfLabel(inF, 25).split(':')[1])
    const csMs = ((om! - im) * 60 + (os! - is!)) * 1000 + (off! - iff!) * 10
    const show = (v: number) => `${v.toFixed(1)} cps`
    // A value on a rounding tie (x.x5) refuses the draw: toFixed would round it by its binary form.
    const tie = (v: number) =>
      Math.abs(v * 20 - Math.round(v * 20)) < 1e-9 && Math.round(v * 20) % 2 === 1
    if (
      [
        ((n + 1) * 25) / dur,
        (Math.max(...lines.map((l) => [...l].length)) * 25) / dur,
        (n * 25) / dur,
        (n * 1000) / csMs,
        (noSpaces(lines) * 25) / dur,
        (n * 30) / dur,
        (n * 24) / dur,
      ].some(tie)
    )
      return fail()
    return worked(rng, {
      stem: `At 25 fps the subtitle “${lines.join(' / ')}” (slash = line break) runs from ${ndfLabel(inF, 25)} to ${ndfLabel(outF, 25)}. Counting spaces and punctuation but not the line break, what is its reading speed, to one decimal place?`,
      in: { text: lines.join('\n'), inF, dur },
      key: show((n * 25) / dur),
      wrong: [
        ['framesAsCs', show((n * 1000) / csMs), 'reads the frame fields as hundredths of a second'],
        ['noSpaces', show((noSpaces(lines) * 25) / dur), 'leaves the spaces out of the count'],
        ['at30', show((n * 30) / dur), 'converts the frames at 30 fps'],
        ['at24', show((n * 24) / dur), 'converts the frames at 24 fps'],
        ['lineBreak', show(((n + 1) * 25) / dur), 'counts the line break as a character'],
        [
          'longestLine',
          show((Math.max(...lines.map((l) => [...l].length)) * 25) / dur),
          'counts only the longer line',
        ],
      ],
    })
  }),
  family('frames-to-add-for-a-reading-speed', (rng) => {
    const lines = rng.pick(TEXTS)
    const cps = rng.pick([15, 17, 20])
    const n = withSpaces(lines)
    const need = Math.ceil((n * 25) / cps)
    const has = need - rng.int(6, 30)
    return worked(rng, {
      stem: `The subtitle “${lines.join(' / ')}” (slash = line break) lasts ${has} frames at 25 fps. The guide allows ${cps} characters per second, counting spaces and punctuation but not the line break. By how many frames must you extend it, at least?`,
      in: { text: lines.join('\n'), cps, has },
      key: `${need - has} frames`,
      wrong: [
        ['total', `${need} frames`, 'gives the whole duration needed, not the extension'],
        [
          'noSpaces',
          `${Math.ceil((noSpaces(lines) * 25) / cps) - has} frames`,
          'leaves the spaces out of the count',
        ],
        [
          'floor',
          `${Math.floor((n * 25) / cps) - has} frames`,
          'rounds the part frame down, leaving it too fast',
        ],
        ['at30', `${Math.ceil((n * 30) / cps) - has} frames`, 'converts the seconds at 30 fps'],
      ],
    })
  }),
]

function fail(): never {
  throw new VariantError('a rounding tie')
}

const CLASSES = ['alert', 'narrator', 'song', 'whisper'] as const

export const EXTRA_FORMAT_FAMILIES: readonly ScenarioFamily[] = [
  family('webvtt-cue-identifier-not-allowed', (rng) => {
    const n = rng.int(2, 40)
    return statements(rng, {
      stem: `You give each cue of ${job(rng)} a WebVTT cue identifier on the line above its timing line. Which identifier does the WebVTT syntax not allow?`,
      ask: 'identifier',
      key: ['arrow', rng.pick([`scene${n}-->intro`, `part ${n} --> end`, `cue-->${n}`])],
      wrong: [
        ['spaces', `scene ${n} opening`, 'thinks identifiers may not contain spaces'],
        ['number', `${n}`, 'thinks an identifier must not be a bare number'],
        ['hyphen', `opening-credits-${n}`, 'thinks hyphens are not allowed'],
        ['dots', `ch${n}.speaker.anna`, 'thinks full stops are not allowed'],
        ['unicode', `escena-${n}-niño`, 'thinks only ASCII letters are allowed'],
      ],
    })
  }),
  family('webvtt-style-for-a-class-span', (rng) => {
    const cls = rng.pick(CLASSES)
    const colour = rng.pick(['red', 'yellow', 'cyan'])
    return statements(rng, {
      stem: `Some cues of ${job(rng)} mark words with <c.${cls}>…</c>. Which rule in the file’s STYLE block colours only those spans ${colour}?`,
      ask: `class:${cls}`,
      key: ['cueClass', `::cue(.${cls}) { color: ${colour}; }`],
      wrong: [
        [
          'dotAfter',
          `::cue.${cls} { color: ${colour}; }`,
          'puts the class after ::cue without the brackets',
        ],
        [
          'before',
          `.${cls}::cue { color: ${colour}; }`,
          'puts the class before the pseudo-element',
        ],
        ['allCues', `::cue { color: ${colour}; }`, 'styles every cue, not the class'],
        [
          'region',
          `::cue-region(.${cls}) { color: ${colour}; }`,
          'uses ::cue-region, which selects regions, not spans',
        ],
        [
          'colour',
          `::cue(.${cls}) { colour: ${colour}; }`,
          'spells the property colour, which CSS ignores',
        ],
        ['id', `::cue(#${cls}) { color: ${colour}; }`, 'selects a cue identifier, not a class'],
        [
          'tagName',
          `c.${cls} { color: ${colour}; }`,
          'writes the span as an HTML selector outside ::cue',
        ],
      ],
    })
  }),
  family('webvtt-italics-for-a-voice-over', (rng) => {
    const line = rng.pick([
      'We were never meant to find it.',
      'That was the last summer.',
      'Call me when you land.',
    ])
    return statements(rng, {
      stem: `The style guide sets a narrator’s voice-over in italics. How do you write the line “${line}” as WebVTT cue text?`,
      ask: 'italics',
      key: ['i', `<i>${line}</i>`],
      wrong: [
        ['em', `<em>${line}</em>`, 'uses the HTML em element, which WebVTT does not have'],
        ['ass', `{\\i1}${line}{\\i0}`, 'uses Advanced SubStation Alpha override codes'],
        ['markdown', `*${line}*`, 'uses Markdown asterisks, shown as typed'],
        [
          'span',
          `<span style="font-style: italic">${line}</span>`,
          'uses an HTML span with a style, which WebVTT does not have',
        ],
      ],
    })
  }),
  family('caption-file-media-type', (rng) => {
    const vtt = rng.pick([true, false])
    return statements(rng, {
      stem: vtt
        ? `A CDN serves your WebVTT captions for ${job(rng)} with the wrong Content-Type and the player ignores them. Which media type should the server send?`
        : `A client’s ingest API asks for the media type of the IMSC (TTML) subtitle file you upload for ${job(rng)}. Which is it?`,
      ask: vtt ? 'mime:vtt' : 'mime:ttml',
      key: vtt ? ['text/vtt', 'text/vtt'] : ['application/ttml+xml', 'application/ttml+xml'],
      wrong: [
        ...(vtt
          ? ([
              ['application/ttml+xml', 'application/ttml+xml', 'gives the TTML media type'],
            ] as const)
          : ([['text/vtt', 'text/vtt', 'gives the WebVTT media type']] as const)),
        ['text/webvtt', 'text/webvtt', 'invents a subtype after the format’s name'],
        ['application/x-subrip', 'application/x-subrip', 'gives the unofficial SubRip type'],
        ['text/plain', 'text/plain', 'serves it as plain text'],
        ['application/xml+ttml', 'application/xml+ttml', 'reverses the structured-syntax suffix'],
      ],
    })
  }),
  family('webvtt-blank-line-inside-a-cue', (rng) => {
    return statements(rng, {
      stem: `In a WebVTT file for ${job(rng)}, a two-line cue shows only its first line in the browser. Its text has an empty line between the two lines. Why?`,
      ask: 'blank',
      key: rng.pick([
        ['key', 'A blank line ends the cue, dropping the second line'],
        ['key', 'The empty line closes the cue before the second line'],
        ['key', 'Cue text stops at the first blank line'],
      ] as const),
      wrong: [
        [
          'oneLine',
          'WebVTT allows only one line of text in each cue',
          'thinks cues hold one line; they may hold several',
        ],
        [
          'length',
          'The second line is over the 42-character limit',
          'blames a style-guide limit no player enforces',
        ],
        [
          'br',
          'Line breaks inside cues must be written as <br> tags',
          'brings in HTML; WebVTT breaks lines with a line break',
        ],
        [
          'setting',
          'The cue needs a line:1 setting to show two lines',
          'thinks a cue setting controls the number of lines',
        ],
        [
          'escape',
          'The empty line must be escaped as &nbsp; in cue text',
          'thinks an empty line is shown once escaped',
        ],
        [
          'player',
          'The browser shows one line of a cue until the viewer resizes it',
          'blames the player for a file error',
        ],
      ],
    })
  }),
  family('srt-cue-block-order', (rng) => {
    // Each order in two or three wordings, drawn independently, so no wording is shared by all.
    const say = (...ws: string[]) => rng.pick(ws)
    return statements(rng, {
      stem: `A client’s home-made SRT for ${job(rng)} fails to load. In what order does each SubRip cue block hold its parts?`,
      ask: 'srt-block',
      key: [
        'key',
        say(
          'Cue number, timing line, text lines, then a blank line',
          'A counter line, the times, the subtitle text, a blank line',
          'Index, then start --> end times, then the text, ending with an empty line',
        ),
      ],
      wrong: [
        [
          'timeFirst',
          say(
            'Timing line, cue number, text lines, then a blank line',
            'Start --> end times first, the index under them, the text, an empty line',
          ),
          'puts the times before the cue number',
        ],
        [
          'oneLine',
          say(
            'Cue number and times on one line, text, then a blank line',
            'Index and times together on a single line, then text and an empty line',
          ),
          'joins the number and the times on one line',
        ],
        [
          'textFirst',
          say(
            'Text lines, cue number, timing line, then a blank line',
            'The subtitle text, then its counter and times, then an empty line',
          ),
          'puts the text before its number and times',
        ],
        [
          'noBlank',
          say(
            'Cue number, timing line, text lines, with no blank line',
            'Counter, times and text, with the next cue straight after, no gap',
          ),
          'leaves out the blank line that ends each block',
        ],
        [
          'timesLast',
          say(
            'Cue number, text lines, timing line, then a blank line',
            'Index, the subtitle text, then start --> end times, then an empty line',
          ),
          'puts the times after the text',
        ],
      ],
    })
  }),
  ...glossaryFamilies(
    'format-name',
    FORMAT_TERMS,
    'A delivery spec for JOB names a file format or standard:',
  ),
]

export const EXTRA_SDH_FAMILIES: readonly ScenarioFamily[] = [
  ...glossaryFamilies('sdh-convention', SDH_TERMS, 'In the SDH file for JOB you write'),
]

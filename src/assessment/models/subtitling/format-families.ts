import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { clock, family, job, statements, worked } from './sub-text.js'

// File formats: SubRip (.srt) timing lines `HH:MM:SS,mmm --> HH:MM:SS,mmm`; WebVTT as the W3C
// WebVTT specification defines it (§4 syntax: the `WEBVTT` signature followed by a space, tab or
// line break; timestamps `[HH:]MM:SS.mmm` with exactly three millisecond digits and minutes and
// seconds 00-59; cue settings `line`, `position`, `size`, `align`, `vertical`; spans `<v>`, `<c>`,
// `<i>`, `<b>`, `<u>`, inner timestamps; `&amp;`, `&lt;`, `&gt;` escapes; NOTE and STYLE blocks
// with the `::cue` pseudo-element); TTML2 time expressions (§10.3.1: clock time
// `hh:mm:ss:ff` counted at `ttp:frameRate`, offset time with the metrics h, m, s, ms, f, t).

const span = (rng: Rng) => {
  const a = rng.int(60, 3500) * 1000 + rng.int(1, 999)
  return [a, a + rng.int(12, 60) * 100] as const
}

const SPEAKERS = ['Anna', 'Marcus', 'Dr Patel', 'Grandpa', 'Officer Lee'] as const
const LINES = [
  'Where were you last night?',
  'Keep your voice down.',
  'We need to talk about the money.',
  'Nobody leaves this room.',
  'Is anyone there?',
] as const

export const FORMAT_FAMILIES: readonly ScenarioFamily[] = [
  family('srt-timing-line', (rng) => {
    const [a, b] = span(rng)
    return statements(rng, {
      stem: `You are exporting ${job(rng)} as SubRip (.srt). Which timing line is correct for a subtitle shown from ${(a / 1000).toFixed(3)} s to ${(b / 1000).toFixed(3)} s?`,
      ask: 'srt-timing',
      key: ['srt', `${clock(a)} --> ${clock(b)}`],
      wrong: [
        [
          'vtt',
          `${clock(a, '.')} --> ${clock(b, '.')}`,
          'uses the full stop of WebVTT before the milliseconds',
        ],
        [
          'colon',
          `${clock(a, ':')} --> ${clock(b, ':')}`,
          'puts a colon before the milliseconds, like a frame field',
        ],
        ['arrow', `${clock(a)} -> ${clock(b)}`, 'writes a two-character arrow instead of -->'],
        [
          'frames',
          `${clock(a).slice(0, 8)}:${String(Math.floor((a % 1000) / 40)).padStart(2, '0')} --> ${clock(b).slice(0, 8)}:${String(Math.floor((b % 1000) / 40)).padStart(2, '0')}`,
          'writes timecode frames at 25 fps instead of milliseconds',
        ],
      ],
    })
  }),
  family('webvtt-timing-line', (rng) => {
    const [a, b] = span(rng)
    const noHours = rng.pick([true, false]) && b < 3_600_000
    const t = (ms: number, sep = '.') => (noHours ? clock(ms, sep).slice(3) : clock(ms, sep))
    const cs = (ms: number) => t(ms).replace(/\.(\d\d)\d$/, '.$1')
    return statements(rng, {
      stem: `Which cue timing line is valid WebVTT for a cue from ${(a / 1000).toFixed(3)} s to ${(b / 1000).toFixed(3)} s${noHours ? ' (hours are optional in WebVTT)' : ''}?`,
      ask: 'vtt-timing',
      key: ['vtt', `${t(a)} --> ${t(b)}`],
      wrong: [
        ['srt', `${t(a, ',')} --> ${t(b, ',')}`, 'keeps the SubRip comma before the milliseconds'],
        [
          'twoDigits',
          `${cs(a)} --> ${cs(b)}`,
          'writes two digits of fractions, where WebVTT needs three',
        ],
        [
          'colon',
          `${t(a, ':')} --> ${t(b, ':')}`,
          'puts a colon before the milliseconds, like a frame field',
        ],
        ['arrow', `${t(a)} -> ${t(b)}`, 'writes a two-character arrow instead of -->'],
        [
          'frames',
          `${t(a).slice(0, -4)}:${String(Math.floor((a % 1000) / 40)).padStart(2, '0')} --> ${t(b).slice(0, -4)}:${String(Math.floor((b % 1000) / 40)).padStart(2, '0')}`,
          'writes timecode frames at 25 fps instead of milliseconds',
        ],
        [
          'seconds',
          `${(a / 1000).toFixed(3)} --> ${(b / 1000).toFixed(3)}`,
          'writes plain seconds, where WebVTT needs minutes and seconds',
        ],
      ],
    })
  }),
  family('webvtt-file-signature', (rng) => {
    const title = rng.pick(['Episode 3', 'English SDH', 'Director’s cut'])
    const key = rng.pick([
      ['bare', 'WEBVTT'],
      ['titled', `WEBVTT - ${title}`],
      ['titled', `WEBVTT ${title}`],
    ] as const)
    return statements(rng, {
      stem: `A player rejects a caption file you delivered for ${job(rng)}. Which first line makes a valid WebVTT file?`,
      ask: 'signature',
      key: key,
      wrong: [
        [
          'mixedCase',
          'WebVTT',
          'writes the signature in mixed case; it must be WEBVTT in capitals',
        ],
        [
          'glued',
          `WEBVTT-${title.replace(/ /g, '-')}`,
          'joins text to the signature without a space or tab',
        ],
        ['srtCounter', '1', 'starts with a SubRip cue number instead of the signature'],
        ['assHeader', '[Script Info]', 'uses the header of an Advanced SubStation Alpha file'],
        [
          'dotted',
          'WEBVTT.',
          'ends the signature with a full stop; only a space, tab or line break may follow it',
        ],
      ],
    })
  }),
  family('webvtt-voice-span-for-a-speaker', (rng) => {
    const who = rng.pick(SPEAKERS)
    const line = rng.pick(LINES)
    // End tags are optional at the end of a cue; each answer closes its span or not at random.
    const end = (tag: string) => (rng.next() < 0.5 ? `</${tag}>` : '')
    return statements(rng, {
      stem: `In a WebVTT caption file, how do you mark that ${who} speaks the cue text “${line}” so that players and style sheets know the speaker?`,
      ask: `voice:${who}`,
      key: ['voice', `<v ${who}>${line}${end('v')}`],
      wrong: [
        [
          'classSpan',
          `<c.${who.replace(/ /g, '')}>${line}${end('c')}`,
          'uses a class span, which styles text but names no speaker',
        ],
        [
          'speakerTag',
          `<speaker ${who}>${line}${end('speaker')}`,
          'invents a speaker tag WebVTT does not have',
        ],
        [
          'equals',
          `<v=${who}>${line}${end('v')}`,
          'joins the name with an equals sign, as in an attribute',
        ],
        ['bold', `<b>${who}:</b> ${line}`, 'writes the name as bold text, which marks no speaker'],
        [
          'brackets',
          `[${who}] ${line}`,
          'writes an SDH speaker label, which is text, not a voice span',
        ],
        ['name', `<name ${who}>${line}${end('name')}`, 'invents a name tag WebVTT does not have'],
      ],
    })
  }),
  family('webvtt-escaping-a-less-than-sign', (rng) => {
    const [x, y] = rng.pick([
      ['5', '10'],
      ['x', 'y'],
      ['cost', 'budget'],
    ] as const)
    return statements(rng, {
      stem: `A maths tutorial cue must show the text “${x} < ${y} & rising” on screen. How is it written in the WebVTT cue payload?`,
      ask: `escape:${x} < ${y} & rising`,
      key: ['escaped', `${x} &lt; ${y} &amp; rising`],
      wrong: [
        ['raw', `${x} < ${y} & rising`, 'leaves the < raw, which opens a tag the parser drops'],
        [
          'backslash',
          `${x} \\<${y} \\& rising`,
          'escapes with backslashes, which WebVTT does not use',
        ],
        [
          'wrongEntity',
          `${x} &less; ${y} &and; rising`,
          'invents character references WebVTT does not define',
        ],
        ['gt', `${x} &gt; ${y} &amp; rising`, 'writes &gt;, the greater-than sign'],
      ],
    })
  }),
  family('webvtt-cue-to-the-top', (rng) => {
    return statements(rng, {
      stem: `In ${job(rng)} a burned-in name caption fills the bottom of the picture for one scene. Which WebVTT cue setting moves that cue to the top line of the video?`,
      ask: 'top',
      key: rng.pick([
        ['line0', 'line:0'],
        ['line0pc', 'line:0%'],
        ['line0', 'line:0 align:center'],
        ['line0pc', 'line:0% position:50%'],
      ] as const),
      wrong: [
        ['lineMinus1', 'line:-1', 'uses line:-1, the bottom line counted from the end'],
        ['position0', 'position:0%', 'uses position, which moves the cue sideways'],
        ['alignStart', 'align:start', 'uses align, which aligns the text within its box'],
        ['verticalRl', 'vertical:rl', 'uses vertical, which sets the text vertically'],
        ['line100', 'line:100%', 'uses line:100%, the bottom edge of the video'],
        ['lineTop', 'line:top', 'writes a keyword line does not take'],
        ['valignTop', 'vertical-align:top', 'uses a CSS property, which is no cue setting'],
      ],
    })
  }),
  family('webvtt-comment-block', (rng) => {
    const note = rng.pick([
      'check spelling of the surname',
      'client to confirm song title',
      'retime after picture lock',
    ])
    return statements(rng, {
      stem: `You want to leave a note for the client inside a WebVTT file (“${note}”) that players ignore. How is it written, as a block of its own?`,
      ask: 'note',
      key: ['note', `NOTE ${note}`],
      wrong: [
        ['slashes', `// ${note}`, 'uses a programming comment WebVTT does not know'],
        ['hash', `# ${note}`, 'uses a shell or config-file comment'],
        ['html', `<!-- ${note} -->`, 'uses an HTML comment, which WebVTT does not know'],
        ['dashes', `-- ${note}`, 'uses an SQL or Lua comment WebVTT does not know'],
        ['css', `/* ${note} */`, 'uses a CSS comment, which belongs only inside a STYLE block'],
        ['assComment', `; ${note}`, 'uses an ASS/SSA script comment line'],
        ['assBraces', `{${note}}`, 'hides the text in ASS-style override braces'],
      ],
    })
  }),
  family('webvtt-style-block', (rng) => {
    const colour = rng.pick(['yellow', 'cyan', 'lime'])
    return statements(rng, {
      stem: `A client wants all captions of ${job(rng)} in ${colour} from inside the WebVTT file itself. What does the file need, before the first cue?`,
      ask: 'style',
      key: ['style', `A STYLE block with ::cue { color: ${colour}; }`],
      wrong: [
        [
          'htmlStyle',
          `A <style> element with cue { color: ${colour}; }`,
          'uses an HTML element, which WebVTT does not have',
        ],
        [
          'subtitlePseudo',
          `A STYLE block with ::subtitle { color: ${colour}; }`,
          'uses a ::subtitle pseudo-element CSS does not have',
        ],
        [
          'cueSetting',
          `A cue setting color:${colour} on every cue`,
          'uses a cue setting WebVTT does not define',
        ],
        [
          'note',
          `A NOTE block with ::cue { color: ${colour}; }`,
          'puts the CSS in a NOTE block, which players ignore',
        ],
      ],
    })
  }),
  family('ttml-clock-time-with-frames', (rng) => {
    const fps = rng.pick([24, 25])
    const s = rng.int(5, 3000)
    const f = rng.int(2, fps - 1)
    const label = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}:${String(f).padStart(2, '0')}`
    const secs = (v: number) => `${v.toFixed(3)} s`
    return worked(rng, {
      stem: `A TTML (IMSC) file for ${job(rng)} declares ttp:frameRate="${fps}" and a subtitle has begin="${label}". At how many seconds from the start does it appear?`,
      in: { s, f, fps },
      key: secs(s + f / fps),
      wrong: [
        ['framesAsCs', secs(s + f / 100), 'reads the frame field as hundredths of a second'],
        ['framesAsMs', secs(s + f / 1000), 'reads the frame field as milliseconds'],
        ['at30', secs(s + f / 30), 'counts the frames at 30 fps'],
        [
          'other',
          secs(s + f / (fps === 24 ? 25 : 24)),
          `counts the frames at ${fps === 24 ? 25 : 24} fps`,
        ],
      ],
    })
  }),
  family('ttml-offset-time-metrics', (rng) => {
    const fps = rng.pick([24, 25])
    const [value, metric] = rng.pick([
      [rng.int(30, 240), 'f'],
      [rng.int(2, 9) + 0.5, 'm'],
      [rng.int(1200, 9000), 'ms'],
    ] as const)
    const sec = (v: number) => `${+v.toFixed(4)} s`
    const key = metric === 'f' ? value / fps : metric === 'm' ? value * 60 : value / 1000
    return worked(rng, {
      stem: `In a TTML file with ttp:frameRate="${fps}", a subtitle has begin="${value}${metric}". How many seconds from the start is that?`,
      in: { value, metric, fps },
      key: sec(key),
      wrong: [
        ['asSeconds', sec(value), 'ignores the unit and reads the number as seconds'],
        [
          'mAsMs',
          sec(metric === 'm' ? value / 1000 : metric === 'ms' ? value * 60 : value / 30),
          metric === 'm'
            ? 'reads m as milliseconds; it means minutes'
            : metric === 'ms'
              ? 'reads ms as minutes'
              : 'counts the frames at 30 fps',
        ],
        [
          'other',
          sec(
            metric === 'f'
              ? value / (fps === 24 ? 25 : 24)
              : metric === 'm'
                ? Math.floor(value) * 60 + (value % 1) * 100
                : value / 100,
          ),
          metric === 'f'
            ? 'counts the frames at the other film rate'
            : metric === 'm'
              ? 'reads the decimal part of the minutes as seconds'
              : 'reads ms as hundredths of a second',
        ],
        [
          'asFrames',
          sec(metric === 'f' ? value / 1000 : value / fps),
          metric === 'f' ? 'reads f as milliseconds' : 'reads the number as frames',
        ],
      ],
    })
  }),
  family('srt-to-webvtt-what-must-change', (rng) => {
    const key = rng.pick([
      'Add a WEBVTT line at the top; use full stops in the times',
      'Start with WEBVTT and change each time’s comma to a full stop',
      'Put a WEBVTT header first and write times as 00:00:00.000',
    ])
    return statements(rng, {
      stem: `A client asks you to turn the SRT subtitles of ${job(rng)} into WebVTT for a web player. What must change for the file to be valid?`,
      ask: 'srt-to-vtt',
      key: ['key', key],
      wrong: [
        [
          'dropNumbers',
          'Delete the cue numbers, since WebVTT does not allow cue identifiers',
          'thinks cue numbers are invalid; WebVTT keeps them as cue identifiers',
        ],
        [
          'frames',
          'Convert every time to frames at the video’s frame rate',
          'thinks WebVTT counts frames; it uses milliseconds',
        ],
        [
          'style',
          'Add a STYLE block, without which a WebVTT file is invalid',
          'thinks a STYLE block is required; it is optional',
        ],
        [
          'blank',
          'Replace the blank lines between cues with NOTE lines',
          'thinks cues are separated by NOTE; a blank line separates them',
        ],
        [
          'hours',
          'Remove the hours from every time, which WebVTT does not allow',
          'thinks hours are not allowed; they are optional',
        ],
      ],
    })
  }),
]

import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { cap, client, count, family, secs, share } from './msppt-text.js'

// Animation timing in hundredths of a second. Each stem states PowerPoint's start options as the
// key uses them: On Click starts at a click; With Previous starts when the effect before it is
// triggered; After Previous starts when every effect already started for that click has ended; an
// effect's Delay counts from its own trigger, and it then plays Duration × Repeat.

type Start = 'click' | 'with' | 'after'
interface Effect {
  readonly start: Start
  readonly delay: number
  readonly dur: number
}

const RULE =
  'On Click starts at a click; With Previous is triggered when the effect before it is triggered; After Previous is triggered when every effect already started since the last click has ended; each Delay counts from the effect’s own trigger'

/** How a misreading plays a sequence: what each start option is taken to mean. */
type Reading = 'right' | 'with-as-after' | 'after-as-with' | 'no-delays' | 'after-waits-for-last'

/** Start and end of each effect after one click at time 0 (the first effect is On Click). */
function play(effects: readonly Effect[], reading: Reading): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let trigger = 0
  for (const [i, e] of effects.entries()) {
    const kind: Start =
      reading === 'with-as-after' && e.start === 'with'
        ? 'after'
        : reading === 'after-as-with' && e.start === 'after'
          ? 'with'
          : e.start
    if (i > 0 && kind === 'after')
      trigger =
        reading === 'after-waits-for-last' ? out[i - 1]!.end : Math.max(...out.map((x) => x.end))
    const start = trigger + (reading === 'no-delays' ? 0 : e.delay)
    out.push({ start, end: start + e.dur })
  }
  return out
}

const drawEffect = (rng: Rng, start: Start): Effect => ({
  start,
  delay: rng.pick([0, 25, 50, 75, 100, 150, 200]),
  dur: rng.pick([50, 75, 100, 125, 150, 200, 250, 300]),
})
const describe = (effects: readonly Effect[]): string =>
  effects
    .map(
      (e, i) =>
        `(${i + 1}) ${{ click: 'On Click', with: 'With Previous', after: 'After Previous' }[e.start]}, delay ${secs(e.delay)}, duration ${secs(e.dur)}`,
    )
    .join('; ')
const flat = (effects: readonly Effect[]) =>
  Object.fromEntries(
    effects.flatMap((e, i) => [
      [`s${i}`, e.start],
      [`d${i}`, e.delay],
      [`t${i}`, e.dur],
    ]),
  )
const last = (xs: readonly { end: number }[]) => Math.max(...xs.map((x) => x.end))

export const ANIMATION_FAMILIES = [
  family('after-previous-chain-end', (rng) => {
    const n = rng.int(3, 4)
    const fx = [
      drawEffect(rng, 'click'),
      ...Array.from({ length: n - 1 }, () => drawEffect(rng, 'after')),
    ]
    const sumD = fx.reduce((a, e) => a + e.delay, 0)
    const sumT = fx.reduce((a, e) => a + e.dur, 0)
    return {
      stem: `A designer builds a process diagram for ${client(rng)}: ${describe(fx)}. ${RULE}. How long after the click does the last effect finish?`,
      key: secs(sumD + sumT),
      wrong: [
        [secs(sumT), 'ignores the delays'],
        [secs(last(play(fx, 'after-as-with'))), 'reads After Previous as With Previous'],
        [secs(sumD + sumT - fx[0]!.delay), 'ignores the first effect’s delay'],
        [secs(fx[n - 1]!.delay + fx[n - 1]!.dur), 'times only the last effect'],
        [secs(sumD + sumT + fx[0]!.dur), 'counts the first effect twice'],
      ],
      figures: flat(fx),
    }
  }),
  family('with-previous-group-end', (rng) => {
    const fx = [drawEffect(rng, 'click'), drawEffect(rng, 'with'), drawEffect(rng, 'with')]
    return {
      stem: `Three photos on a title slide animate as one group: ${describe(fx)}. ${RULE}. How long after the click does the group finish?`,
      key: secs(last(play(fx, 'right'))),
      wrong: [
        [secs(last(play(fx, 'with-as-after'))), 'reads With Previous as After Previous'],
        [secs(Math.max(...fx.map((e) => e.dur))), 'ignores the delays'],
        [secs(fx[0]!.delay + fx[0]!.dur), 'times only the first effect'],
        [
          secs(fx.reduce((a, e) => a + e.delay, 0) + Math.max(...fx.map((e) => e.dur))),
          'adds the delays together',
        ],
        [secs(fx[2]!.delay + fx[2]!.dur), 'times only the last effect'],
      ],
      figures: flat(fx),
    }
  }),
  family('start-of-fourth-effect', (rng) => {
    const fx = [
      drawEffect(rng, 'click'),
      ...Array.from({ length: 3 }, () => drawEffect(rng, rng.pick(['with', 'after'] as const))),
    ]
    if (
      !fx.slice(1).some((e) => e.start === 'with') ||
      !fx.slice(1).some((e) => e.start === 'after')
    )
      throw new VariantError('needs both start options')
    const start = (r: Reading) => play(fx, r)[3]!.start
    return {
      stem: `A VA checks the Animation Pane of ${client(rng)}'s agenda slide, listed in order: ${describe(fx)}. ${RULE}. How long after the click does effect (4) start?`,
      key: secs(start('right')),
      wrong: [
        [secs(start('with-as-after')), 'reads With Previous as After Previous'],
        [secs(start('after-as-with')), 'reads After Previous as With Previous'],
        [secs(start('no-delays')), 'ignores the delays'],
        [secs(start('after-waits-for-last')), 'waits only for the effect just before'],
        [secs(fx.reduce((a, e) => a + e.delay, 0)), 'adds up the delays alone'],
      ],
      figures: flat(fx),
    }
  }),
  family('repeat-then-after-previous', (rng) => {
    const d = rng.pick([0, 25, 50, 100])
    const t = rng.pick([50, 75, 100, 150, 200])
    const r = rng.int(2, 5)
    const d2 = rng.pick([25, 50, 100, 150])
    return {
      stem: `A pulsing "Book now" button is set On Click, delay ${secs(d)}, duration ${secs(t)}, Repeat ${r} (it plays ${r} times in all, the delay once, before the first play). The next effect is After Previous with delay ${secs(d2)}. How long after the click does the next effect start?`,
      key: secs(d + r * t + d2),
      wrong: [
        [secs(d + t + d2), 'ignores the repeat'],
        [secs(r * (d + t) + d2), 'repeats the delay as well'],
        [secs(r * t + d2), 'ignores the first delay'],
        [secs(d + (r + 1) * t + d2), 'adds the repeats to a first play'],
        [secs(d + r * t), 'forgets the next effect’s own delay'],
        [secs(r * (d + t + d2)), 'repeats the whole chain'],
      ],
      figures: { d, t, r, d2 },
    }
  }),
  family('clicks-to-next-slide', (rng) => {
    const starts = Array.from({ length: rng.int(5, 8) }, () =>
      rng.pick(['click', 'click', 'with', 'after'] as const),
    )
    const trig = rng.int(1, 3)
    const c = starts.filter((s) => s === 'click').length
    const a = starts.filter((s) => s === 'after').length
    const names = { click: 'On Click', with: 'With Previous', after: 'After Previous' }
    return {
      stem: `A slide's main animation sequence, in order, is: ${starts.map((s) => names[s]).join(', ')}. It also has ${trig} trigger effect${trig > 1 ? 's' : ''} set to start on a click of a button shape, which the presenter will not use. The first effect starts on its own when the slide appears if it is not On Click. With the slide on screen and nothing played yet, how many clicks (or Space presses) does it take to reach the next slide?`,
      key: count(c + 1, 'clicks'),
      wrong: [
        [count(c, 'clicks'), 'forgets the click that advances the slide'],
        [count(starts.length + 1, 'clicks'), 'counts every effect as a click'],
        [count(c + a + 1, 'clicks'), 'counts After Previous effects as clicks'],
        [count(c + trig + 1, 'clicks'), 'counts the trigger effects in the sequence'],
        [count(c + trig + a + 1, 'clicks'), 'counts triggers and After Previous as clicks'],
      ],
      figures: { c, a, n: starts.length, trig },
    }
  }),
  family('after-previous-waits-for-group', (rng) => {
    const a = {
      start: 'click' as const,
      delay: rng.pick([0, 25, 50]),
      dur: rng.pick([200, 250, 300, 400]),
    }
    const b = { start: 'with' as const, delay: rng.pick([0, 25, 50]), dur: rng.pick([50, 75, 100]) }
    const c = drawEffect(rng, 'after')
    const fx = [a, b, c]
    const st = (r: Reading) => play(fx, r)[2]!.start
    return {
      stem: `On a timeline slide: ${describe(fx)}. ${RULE}. How long after the click does effect (3) start?`,
      key: secs(st('right')),
      wrong: [
        [secs(st('after-waits-for-last')), 'waits only for the effect just before'],
        [secs(st('with-as-after')), 'reads With Previous as After Previous'],
        [secs(Math.max(a.delay + a.dur, b.delay + b.dur)), 'forgets effect (3)’s delay'],
        [secs(a.dur + b.dur + c.delay), 'adds both durations and no other delay'],
        [secs(st('no-delays')), 'ignores the delays'],
      ],
      figures: flat(fx),
    }
  }),
  family('by-letter-total-time', (rng) => {
    const word = rng.pick(['Welcome', 'Results', 'Thank you', 'Growth', 'Roadmap', 'Questions'])
    const letters = word.replace(/ /g, '').length
    const t = rng.pick([50, 100, 150, 200])
    const p = rng.pick([5, 10, 15, 20, 25])
    return {
      stem: `A title "${word}" (count ${letters} letters; the space is not animated) has a Fly In effect of duration ${secs(t)}, Animate text: By letter, ${p}% delay between letters. Take it that letter n starts (n − 1) × ${p}% of the duration after the first, and each letter takes the full duration. How long does the whole title take?`,
      key: secs(t + share((letters - 1) * t, p, 100)),
      wrong: [
        [secs(t), 'ignores the delay between letters'],
        [secs(letters * t), 'plays the letters one after another'],
        [secs(t + share(letters * t, p, 100)), 'counts a delay before the first letter'],
        [secs(share((letters - 1) * t, p, 100)), 'forgets the last letter’s own duration'],
        [secs(t + (letters - 1) * p), 'reads the percentage as hundredths of a second'],
      ],
      figures: { letters, t, p },
    }
  }),
  family('by-paragraph-clicks', (rng) => {
    const a = rng.int(3, 6)
    const b = rng.int(2, 8)
    const level = rng.pick(['As One Object', 'By 1st Level Paragraphs', 'By 2nd Level Paragraphs'])
    const key = level === 'As One Object' ? 1 : level === 'By 1st Level Paragraphs' ? a : a + b
    return {
      stem: `A bulleted text box holds ${a} first-level bullets and ${b} second-level bullets under them. It gets one Wipe entrance, On Click, with Group Text set to ${level} (by first-level paragraphs, each first-level bullet arrives with the bullets under it). How many clicks does it take to show every bullet?`,
      key: count(key, 'clicks'),
      wrong: [
        [count(1, 'clicks'), 'treats the box as one object'],
        [count(a, 'clicks'), 'groups by first-level bullets'],
        [count(a + b, 'clicks'), 'counts every bullet'],
        [count(key + 1, 'clicks'), 'adds a click for the box itself'],
        [count(b, 'clicks'), 'counts only the second-level bullets'],
      ],
      figures: { a, b, level },
    }
  }),
  family('with-previous-delays-independent', (rng) => {
    const da = rng.pick([25, 50, 75, 100])
    const db = da + rng.pick([25, 50, 100, 150])
    const ta = rng.pick([50, 100, 150, 200])
    return {
      stem: `A caption is set On Click with delay ${secs(da)} and duration ${secs(ta)}; its photo is set With Previous with delay ${secs(db)}. ${RULE}. How long after the click does the photo start to appear?`,
      key: secs(db),
      wrong: [
        [secs(da + db), 'adds the caption’s delay to the photo’s'],
        [secs(da + ta + db), 'reads With Previous as After Previous'],
        [secs(da), 'starts it with the caption'],
        [secs(db - da), 'counts the photo’s delay from the caption’s start'],
        [secs(db + ta), 'waits for the caption’s duration'],
      ],
      figures: { da, db, ta },
    }
  }),
  family('stagger-delays-with-previous', (rng) => {
    const n = rng.int(5, 9)
    const k = rng.int(3, n)
    const g = rng.pick([25, 50, 75, 100])
    const t = rng.pick([50, 100, 150])
    return {
      stem: `${cap(client(rng))} wants ${n} logos to fade in one by one, each starting ${secs(g)} after the one before starts. The designer sets logo 1 On Click with no delay and every other logo With Previous (triggered with logo 1), each Fade lasting ${secs(t)}. What Delay should logo ${k} get?`,
      key: secs((k - 1) * g),
      wrong: [
        [secs(k * g), 'counts a stagger before logo 1'],
        [secs((k - 1) * (g + t)), 'adds each fade’s duration to the stagger'],
        [secs(g), 'gives every logo the same one-stagger delay'],
        [secs((k - 2) * g), 'counts from logo 2'],
        [secs((k - 1) * g + t), 'waits for a fade to end first'],
      ],
      figures: { n, k, g, t },
    }
  }),
  family('equal-delay-to-end-on-time', (rng) => {
    const n = rng.int(3, 6)
    const t = rng.pick([50, 75, 100, 125])
    const target = n * t + n * rng.pick([25, 50, 75, 100]) + rng.int(0, 20) * 5
    return {
      stem: `A narrated slide has ${n} effects: the first On Click, the rest After Previous, each ${secs(t)} long. The designer gives all ${n} the same delay so the last ends exactly ${secs(target)} after the click, to match the voice-over. What delay, to the hundredth of a second?`,
      key: secs(share(target - n * t, 1, n)),
      wrong: [
        [secs(share(target - n * t, 1, n - 1)), 'leaves the first effect without a delay'],
        [secs(share(target, 1, n)), 'ignores the durations'],
        [secs(share(target - t, 1, n)), 'takes off one duration only'],
        [secs(share(target - n * t, 1, n + 1)), 'counts a gap after the last effect'],
        [secs(target - n * t), 'puts the whole slack on one delay'],
      ],
      figures: { n, t, target },
    }
  }),
  family('last-effect-after-presenter-clicks', (rng) => {
    const c1 = rng.int(2, 8) * 100
    const c2 = c1 + rng.int(6, 15) * 100
    const g1 = [drawEffect(rng, 'click'), drawEffect(rng, 'after')]
    const g2 = [drawEffect(rng, 'click'), drawEffect(rng, 'after')]
    const len = (g: Effect[]) => last(play(g, 'right'))
    if (c2 - c1 < len(g1)) throw new VariantError('second click during the first build')
    return {
      stem: `On a slide the presenter clicks ${secs(c1)} after it appears and again ${secs(c2)} after it appears. First click: ${describe(g1)}. Second click: ${describe(g2).replace(/\((\d)\)/g, (_, d) => `(${Number(d) + 2})`)}. ${RULE}. How long after the slide appears does the last effect end?`,
      key: secs(c2 + len(g2)),
      wrong: [
        [secs(c1 + len(g1) + len(g2)), 'runs the second build straight after the first'],
        [secs(len(g1) + len(g2)), 'adds the builds and ignores the click times'],
        [secs(c2 + g2[0]!.delay + g2[0]!.dur), 'stops at the click’s first effect'],
        [secs(c1 + c2 + len(g2)), 'adds the two click times'],
        [secs(c2 + g2[0]!.dur + g2[1]!.dur), 'ignores the delays'],
      ],
      figures: { c1, c2, ...flat([...g1, ...g2]) },
    }
  }),
  family('automatic-build-after-transition', (rng) => {
    const tr = rng.pick([50, 75, 100, 125, 150, 200])
    const fx = [drawEffect(rng, 'after'), drawEffect(rng, 'after'), drawEffect(rng, 'click')]
    const auto = fx[0]!.delay + fx[0]!.dur + fx[1]!.delay + fx[1]!.dur
    return {
      stem: `A slide enters with a ${secs(tr)} Push transition. Its effects are: ${describe(fx)}. An After Previous effect that comes first starts when the transition has finished. How long after the transition begins does the automatic part of the build end (before anyone clicks)?`,
      key: secs(tr + auto),
      wrong: [
        [secs(auto), 'times from the end of the transition'],
        [secs(tr + auto + fx[2]!.delay + fx[2]!.dur), 'counts the On Click effect as automatic'],
        [secs(tr + fx[0]!.dur + fx[1]!.dur), 'ignores the delays'],
        [
          secs(tr + Math.max(fx[0]!.delay + fx[0]!.dur, fx[1]!.delay + fx[1]!.dur)),
          'reads After Previous as With Previous',
        ],
        [secs(tr + fx[0]!.delay + fx[0]!.dur), 'stops after the first effect'],
        [secs(2 * tr + auto), 'counts the transition twice'],
        [secs(tr + auto + fx[2]!.delay), 'adds the On Click effect’s delay'],
      ],
      figures: { tr, ...flat(fx) },
    }
  }),
  family('watching-time-over-clicks', (rng) => {
    const groups = Array.from({ length: 3 }, () => [
      drawEffect(rng, 'click'),
      drawEffect(rng, rng.pick(['with', 'after'] as const)),
    ])
    const len = (g: Effect[], r: Reading) => last(play(g, r))
    const total = (r: Reading) => groups.reduce((s, g) => s + len(g, r), 0)
    const all = groups.flat()
    return {
      stem: `A product slide has three clicks, each with two effects. Click 1: ${describe(groups[0]!)}. Click 2: ${describe(groups[1]!)}. Click 3: ${describe(groups[2]!)}. ${RULE}. Each click comes only after the previous build has ended. How many seconds of animation does the audience watch in all (from each click to the end of its build, added up)?`,
      key: secs(total('right')),
      wrong: [
        [secs(total('with-as-after')), 'reads With Previous as After Previous'],
        [secs(total('after-as-with')), 'reads After Previous as With Previous'],
        [secs(all.reduce((a, e) => a + e.dur, 0)), 'adds the durations and ignores the delays'],
        [secs(all.reduce((a, e) => a + e.dur + e.delay, 0)), 'adds every delay and duration'],
        [secs(len(groups[2]!, 'right')), 'times only the last click'],
      ],
      figures: flat(all),
    }
  }),
  family('stagger-delays-after-previous', (rng) => {
    const g = rng.pick([100, 125, 150, 200, 250])
    const t = rng.pick([25, 50, 75])
    const k = rng.int(3, 7)
    return {
      stem: `A designer wants ${k} icons to start appearing ${secs(g)} apart (each start ${secs(g)} after the one before starts). Icon 1 is On Click; icons 2 to ${k} are After Previous, each Zoom lasting ${secs(t)}. ${RULE}. What Delay should each of icons 2 to ${k} get?`,
      key: secs(g - t),
      wrong: [
        [secs(g), 'uses the stagger as the delay, right only for With Previous'],
        [secs(g + t), 'adds the duration instead of taking it off'],
        [secs((k - 1) * g), 'gives the last icon’s start'],
        [secs(t), 'gives the duration'],
        [secs(share(g - t, 1, k - 1)), 'spreads the gap over the icons'],
      ],
      figures: { g, t, k },
    }
  }),
]

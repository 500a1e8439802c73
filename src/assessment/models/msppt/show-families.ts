import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { cap, client, count, family, num, secs, share } from './msppt-text.js'

// Slide shows, transitions and slide numbers. Times are in hundredths of a second. Stems state the
// timing rule the key uses: a slide's transition plays as it comes in (the first slide's too,
// each time a loop comes round), its After timer starts when the transition ends, and hidden
// slides are skipped in the show but keep their place, and number, in the deck.

const TIMING =
  'Each slide’s transition plays as the slide comes in (the first slide’s too, each time the loop comes round) and its After timer starts when the transition has finished; hidden slides are skipped'

/** Distinct hidden slide positions among 2..n. */
function hiddenSet(rng: Rng, n: number, k: number): number[] {
  const pool = rng.shuffle(Array.from({ length: n - 1 }, (_, i) => i + 2))
  return pool.slice(0, k).sort((a, b) => a - b)
}
/** `slide 8` or `slides 2, 6 and 8`. */
const slides = (xs: readonly number[]) => `slide${xs.length === 1 ? '' : 's'} ${list(xs)}`
const list = (xs: readonly number[]) =>
  xs.length === 1 ? String(xs[0]) : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`

export const SHOW_FAMILIES = [
  family('kiosk-loop-length', (rng) => {
    const n = rng.int(6, 20)
    const a = rng.int(3, 12) * 100
    const t = rng.pick([50, 75, 100, 125, 150, 200])
    return {
      stem: `${cap(client(rng))} wants a reception-screen loop: ${n} slides, each set to Advance Slide After ${secs(a)}, each with a ${secs(t)} Fade transition, and Loop continuously until Esc. ${TIMING}. How long is one full loop?`,
      key: secs(n * (a + t)),
      wrong: [
        [secs(n * a), 'ignores the transition time'],
        [secs(n * a + (n - 1) * t), 'leaves out the transition into the first slide'],
        [secs(n * (a + 2 * t)), 'counts each transition twice, out and in'],
        [secs(n * a + t), 'counts one transition for the loop'],
        [secs((n - 1) * (a + t)), 'counts the gaps between slides, not the slides'],
        [secs((n + 1) * (a + t)), 'counts the return to the first slide as another slide'],
        [secs(n * (a + t) + t), 'adds a transition for the loop back'],
      ],
      figures: { n, a, t },
    }
  }),
  family('kiosk-loop-with-hidden-slides', (rng) => {
    const n = rng.int(8, 16)
    const hidden = hiddenSet(rng, n, rng.int(2, 4))
    const a = rng.int(4, 10) * 100
    const t = rng.pick([50, 100, 150, 200])
    const v = n - hidden.length
    return {
      stem: `A trade-show loop has ${n} slides; ${slides(hidden)} ${hidden.length === 1 ? 'is' : 'are'} hidden. Every slide has After ${secs(a)} and a ${secs(t)} transition. ${TIMING}. How long is one loop?`,
      key: secs(v * (a + t)),
      wrong: [
        [secs(n * (a + t)), 'counts the hidden slides'],
        [secs(v * a), 'ignores the transition time'],
        [secs(n * a), 'counts hidden slides and drops transitions'],
        [secs(v * a + (v - 1) * t), 'leaves out the transition into the first slide'],
        [secs((v - 1) * (a + t)), 'counts the gaps between slides, not the slides'],
      ],
      figures: { n, h: hidden.length, a, t },
    }
  }),
  family('complete-loops-in-event', (rng) => {
    const n = rng.int(5, 15)
    const a = rng.int(4, 12) * 100
    const t = rng.pick([50, 100, 150, 200])
    const mins = rng.int(20, 180)
    const loop = n * (a + t)
    if ((mins * 6000) % loop === 0) throw new VariantError('exact fit')
    return {
      stem: `A ${n}-slide loop (After ${secs(a)}, ${secs(t)} transition on every slide) starts when a ${mins}-minute networking event opens. ${TIMING}. How many complete loops play before the event ends?`,
      key: count(Math.floor((mins * 6000) / loop), 'loops'),
      wrong: [
        [count(Math.ceil((mins * 6000) / loop), 'loops'), 'counts the loop cut off at the end'],
        [count(Math.floor((mins * 6000) / (n * a)), 'loops'), 'ignores the transition time'],
        [count(Math.floor((mins * 6000) / (a + t)), 'loops'), 'counts slides shown, not loops'],
        [
          count(Math.floor((mins * 6000) / (n * (a + 2 * t))), 'loops'),
          'counts each transition twice',
        ],
      ],
      figures: { n, a, t, mins },
    }
  }),
  family('animations-hold-the-slide', (rng) => {
    const rows = Array.from({ length: 4 }, () => ({
      a: rng.int(3, 10) * 100,
      b: rng.int(1, 12) * 100,
    }))
    const t = rng.pick([50, 100, 150])
    if (!rows.some((r) => r.b > r.a) || rows.every((r) => r.b > r.a))
      throw new VariantError('needs both cases')
    const sum = (f: (r: { a: number; b: number }) => number) => rows.reduce((s, r) => s + f(r), 0)
    return {
      stem: `Four self-running slides each have a ${secs(t)} transition. Their After times and the length of their automatic animations (which start as the transition ends) are: ${rows.map((r, i) => `slide ${i + 1}: After ${secs(r.a)}, animations ${secs(r.b)}`).join('; ')}. The After timer also starts as the transition ends, and a slide whose animations outlast its After time advances as soon as they end. How long do the four slides take?`,
      key: secs(sum((r) => t + Math.max(r.a, r.b))),
      wrong: [
        [secs(sum((r) => t + r.a)), 'ignores animations that outlast the After time'],
        [secs(sum((r) => t + r.a + r.b)), 'adds the animations to the After time'],
        [secs(sum((r) => Math.max(r.a, r.b))), 'ignores the transition time'],
        [secs(sum((r) => t + Math.min(r.a, r.b))), 'lets the shorter of the two advance the slide'],
        [secs(sum((r) => t + r.b)), 'times the slides by their animations alone'],
        [secs(sum((r) => 2 * t + Math.max(r.a, r.b))), 'counts each transition twice'],
      ],
      figures: {
        t,
        ...Object.fromEntries(
          rows.flatMap((r, i) => [
            [`a${i}`, r.a],
            [`b${i}`, r.b],
          ]),
        ),
      },
    }
  }),
  family('number-on-slide-after-hidden', (rng) => {
    const n = rng.int(12, 25)
    const s = rng.pick([1, 1, 2, 5, 11])
    const hidden = hiddenSet(rng, n, rng.int(2, 4))
    const visible = Array.from({ length: n }, (_, i) => i + 1).filter((x) => !hidden.includes(x))
    const k = rng.int(hidden.length + 2, visible.length)
    const pos = visible[k - 1]!
    if (pos === k) throw new VariantError('no hidden slide before it')
    return {
      stem: `A ${n}-slide deck has ${slides(hidden)} hidden, "Number slides from" set to ${s}, and slide numbers on. Hidden slides keep their number. During the show, what number appears on the ${k}th slide the audience sees?`,
      key: num(s + pos - 1),
      wrong: [
        [num(s + k - 1), 'numbers only the slides shown'],
        [num(pos), 'ignores the starting number'],
        [num(k), 'ignores both the hidden slides and the start'],
        [num(s + pos), 'adds the start to the position'],
        [num(s + n - 1), 'gives the last slide’s number'],
      ],
      figures: { n, s, k, hidden: hidden.join(',') },
    }
  }),
  family('from-current-slide-time-left', (rng) => {
    const n = rng.int(10, 20)
    const hidden = hiddenSet(rng, n, rng.int(1, 3))
    const p = rng.int(2, n - 3)
    if (hidden.includes(p)) throw new VariantError('starts on a hidden slide')
    const a = rng.int(4, 10) * 100
    const t = rng.pick([50, 100, 150])
    const rest = Array.from({ length: n - p + 1 }, (_, i) => p + i)
    const shown = rest.filter((x) => !hidden.includes(x)).length
    return {
      stem: `A self-running ${n}-slide briefing (${slides(hidden)} hidden; After ${secs(a)} and a ${secs(t)} transition on every slide; no loop) is started with From Current Slide on slide ${p}. ${TIMING}. How long until the last slide's After time has run out?`,
      key: secs(shown * (a + t)),
      wrong: [
        [secs(rest.length * (a + t)), 'counts the hidden slides'],
        [secs((shown - 1) * (a + t)), 'starts counting after the current slide'],
        [secs(shown * a), 'ignores the transition time'],
        [secs((n - hidden.length) * (a + t)), 'times the whole show from the start'],
        [secs(shown * (a + t) - t), 'leaves out the current slide’s transition'],
      ],
      figures: { n, p, a, t, hidden: hidden.join(',') },
    }
  }),
  family('after-time-to-fit-a-slot', (rng) => {
    const n = rng.int(6, 15)
    const h = rng.int(1, 3)
    const t = rng.pick([50, 100, 150, 200])
    const v = n - h
    const slot = rng.int(1, 6) * 3000
    if (slot <= v * (t + 100)) throw new VariantError('too short')
    return {
      stem: `A ${n}-slide sponsor loop (${h} of them hidden) must last exactly ${secs(slot)} per loop. Every slide has a ${secs(t)} transition and the same After time. ${TIMING}. What After time, to the hundredth of a second?`,
      key: secs(share(slot - v * t, 1, v)),
      wrong: [
        [secs(share(slot, 1, v)), 'ignores the transition time'],
        [secs(share(slot - n * t, 1, n)), 'counts the hidden slides'],
        [secs(share(slot - (v - 1) * t, 1, v)), 'leaves out the transition into the first slide'],
        [secs(share(slot - v * t, 1, v - 1)), 'divides by the gaps, not the slides'],
        [secs(share(slot, 1, n)), 'counts hidden slides and drops transitions'],
      ],
      figures: { n, h, t, slot },
    }
  }),
  family('slide-on-screen-at-time', (rng) => {
    const n = rng.int(6, 12)
    const hidden = hiddenSet(rng, n, rng.int(1, 2))
    const visible = Array.from({ length: n }, (_, i) => i + 1).filter((x) => !hidden.includes(x))
    const a = rng.int(5, 12) * 100
    const t = rng.pick([100, 150, 200])
    const x = rng.int(1, Math.floor((2 * visible.length * (a + t)) / 100)) * 100 + rng.int(1, 99)
    const at = (slot: number, m: number) => Math.floor(x / slot) % m
    const key = visible[at(a + t, visible.length)]!
    return {
      stem: `A looping lobby show has ${n} slides, ${slides(hidden)} hidden, After ${secs(a)} and a ${secs(t)} transition on every slide. The show starts with slide 1's transition at 0 s. ${TIMING}; a slide counts as on screen from the start of its transition. Which slide number is on screen ${secs(x)} after the start?`,
      key: `slide ${key}`,
      wrong: [
        [`slide ${visible[at(a, visible.length)]}`, 'ignores the transition time'],
        [`slide ${at(a + t, n) + 1}`, 'counts the hidden slides'],
        [`slide ${at(a, n) + 1}`, 'counts hidden slides and drops transitions'],
        [
          `slide ${visible[(at(a + t, visible.length) + 1) % visible.length]}`,
          'rounds up to the next slide',
        ],
        [`slide ${Math.floor(x / (a + t)) + 1}`, 'forgets that the show loops'],
      ],
      figures: { n, a, t, x, hidden: hidden.join(',') },
    }
  }),
  family('show-range-slide-count', (rng) => {
    const n = rng.int(20, 40)
    const from = rng.int(2, 10)
    const to = rng.int(from + 6, n)
    const hidden = hiddenSet(rng, n, rng.int(3, 6))
    const inside = hidden.filter((x) => x >= from && x <= to).length
    if (inside === 0) throw new VariantError('no hidden slide in range')
    return {
      stem: `For a shortened talk a VA sets Set Up Slide Show > Show slides: From ${from} To ${to}, in a ${n}-slide deck with ${slides(hidden)} hidden. Hidden slides are skipped. How many slides will the audience see?`,
      key: count(to - from + 1 - inside, 'slides'),
      wrong: [
        [count(to - from + 1, 'slides'), 'counts the hidden slides'],
        [count(to - from - inside, 'slides'), 'subtracts the end points, not counting both'],
        [count(n - hidden.length, 'slides'), 'counts every visible slide in the deck'],
        [
          count(to - from + 1 - hidden.length, 'slides'),
          'takes off hidden slides outside the range',
        ],
        [count(to - inside, 'slides'), 'starts the range at slide 1'],
      ],
      figures: { n, from, to, hidden: hidden.join(',') },
    }
  }),
  family('numbers-seen-with-title-option', (rng) => {
    const n = rng.int(15, 40)
    const titles = rng.int(2, 5)
    const hidden = rng.int(1, 4)
    return {
      stem: `A ${n}-slide deck: ${titles} slides use the Title Slide layout and ${hidden} other slides are hidden. Header & Footer has Slide number ticked, Apply to All, with "Don't show on title slide" ticked (it hides the number on Title Slide layout slides). On how many slides the audience sees does a number appear?`,
      key: count(n - titles - hidden, 'slides'),
      wrong: [
        [count(n - titles, 'slides'), 'counts the hidden slides'],
        [count(n - hidden, 'slides'), 'shows numbers on title slides'],
        [count(n, 'slides'), 'counts every slide'],
        [count(n - titles - hidden - 1, 'slides'), 'also drops the first slide as a title'],
        [count(n - 1 - hidden, 'slides'), 'drops only the first slide'],
      ],
      figures: { n, titles, hidden },
    }
  }),
  family('custom-show-duration', (rng) => {
    const n = rng.int(8, 12)
    const picked = rng
      .shuffle(Array.from({ length: n }, (_, i) => i + 1))
      .slice(0, 4)
      .sort((x, y) => x - y)
    const times = Array.from({ length: n }, () => rng.int(3, 15) * 100)
    const t = rng.pick([50, 100, 150])
    const sum = (xs: number[]) => xs.reduce((s, x) => s + times[x - 1]! + t, 0)
    const span = Array.from({ length: picked[3]! - picked[0]! + 1 }, (_, i) => picked[0]! + i)
    return {
      stem: `A ${n}-slide deck has these After times, slide 1 to ${n}: ${times.map(secs).join(', ')}; every slide has a ${secs(t)} transition. A custom show "Short version" lists slides ${list(picked)} and plays only those, in that order. ${TIMING}. How long does the custom show run?`,
      key: secs(sum(picked)),
      wrong: [
        [secs(sum(span)), 'plays every slide from the first listed to the last'],
        [secs(sum(picked) - 4 * t), 'ignores the transition time'],
        [secs(sum(Array.from({ length: n }, (_, i) => i + 1))), 'times the whole deck'],
        [secs(sum([1, 2, 3, 4])), 'takes the first four slides'],
        [secs(sum(picked) - t), 'leaves out the first transition'],
      ],
      figures: { t, picked: picked.join(','), times: times.join(',') },
    }
  }),
  family('click-or-after-whichever-first', (rng) => {
    const t = rng.pick([50, 100, 150, 200])
    const a = rng.int(5, 20) * 100
    const c = rng.int(2, 25) * 100 + rng.pick([0, 50])
    if (c === a) throw new VariantError('tie')
    return {
      stem: `A slide has both "On Mouse Click" and "After ${secs(a)}" ticked and a ${secs(t)} transition. The slide then advances at the click or when the After time runs out, whichever comes first, the timer starting when the transition ends. The presenter clicks ${secs(c)} after the transition began. How long after its transition began does the slide advance?`,
      key: secs(Math.min(c, t + a)),
      wrong: [
        [secs(Math.max(c, t + a)), 'waits for whichever comes last'],
        [secs(t + a), 'ignores the click'],
        [secs(c + t), 'adds the transition to the click time'],
        [secs(Math.min(c, a)), 'starts the timer with the transition'],
        [secs(c), 'ignores the After time'],
        [secs(a), 'gives the After time without the transition'],
        ...(c > t ? ([[secs(c - t), 'takes the transition off the click time']] as const) : []),
      ],
      figures: { t, a, c },
    }
  }),
  family('start-time-of-a-slide', (rng) => {
    const n = rng.int(10, 20)
    const hidden = hiddenSet(rng, n, rng.int(1, 3))
    const p = rng.int(4, n)
    if (hidden.includes(p) || !hidden.some((h) => h < p))
      throw new VariantError('no hidden slide before')
    const a = rng.int(4, 10) * 100
    const t = rng.pick([50, 100, 150])
    const before = p - 1 - hidden.filter((h) => h < p).length
    return {
      stem: `A self-running show starts with slide 1's transition at 0 s. ${n} slides, ${slides(hidden)} hidden, every slide After ${secs(a)} with a ${secs(t)} transition. ${TIMING}. How long after the start does slide ${p}'s transition begin?`,
      key: secs(before * (a + t)),
      wrong: [
        [secs((p - 1) * (a + t)), 'counts the hidden slides'],
        [secs(before * a), 'ignores the transition time'],
        [secs(before * (a + t) + t), 'adds the slide’s own transition'],
        [secs((before + 1) * (a + t)), 'counts the slide itself'],
        [secs(before * a + (before - 1) * t), 'leaves out slide 1’s transition'],
      ],
      figures: { n, p, a, t, hidden: hidden.join(',') },
    }
  }),
  family('kiosk-mixed-transitions', (rng) => {
    const n = rng.int(4, 7)
    const a = rng.int(4, 10) * 100
    const ts = Array.from({ length: n }, () => rng.pick([0, 50, 100, 150, 200]))
    if (new Set(ts).size < 3) throw new VariantError('too alike')
    const st = ts.reduce((s, x) => s + x, 0)
    return {
      stem: `A ${n}-slide kiosk loop has every slide set to After ${secs(a)}; the transitions, slide 1 to ${n}, last ${ts.map(secs).join(', ')}. ${TIMING}. How long is one loop?`,
      key: secs(n * a + st),
      wrong: [
        [secs(n * a), 'ignores the transition time'],
        [secs(n * (a + ts[0]!)), 'uses slide 1’s transition for every slide'],
        [secs(n * (a + Math.max(...ts))), 'uses the longest transition for every slide'],
        [secs(n * a + st - ts[0]!), 'leaves out the transition into the first slide'],
        [secs(n * a + 2 * st), 'counts each transition twice'],
        [secs(n * (a + Math.min(...ts))), 'uses the shortest transition for every slide'],
        [secs(n * a + st + a), 'adds an After time for the loop back'],
      ],
      figures: { n, a, ts: ts.join(',') },
    }
  }),
  family('number-to-type-for-a-hidden-slide', (rng) => {
    const n = rng.int(15, 40)
    const s = rng.pick([2, 3, 5, 10, 11, 21, 100, 101])
    const hidden = hiddenSet(rng, n, rng.int(3, 5))
    const p = hidden[hidden.length - 1]!
    const hb = hidden.filter((x) => x < p).length
    if (p < 6) throw new VariantError('too near the start')
    const x = s + p - 1
    return {
      stem: `A ${n}-slide pitch deck has "Number slides from" set to ${s} and slide numbers on; slides ${list(hidden)} are hidden backups, and hidden slides keep their number. In Slide Show, typing a number and pressing Enter jumps to the slide at that position in the deck (the first slide is 1, hidden slides counted), whatever number the slide shows, and it will show a hidden slide. The presenter wants the backup slide that shows the number ${num(x)}. What should be typed before Enter?`,
      key: num(p),
      wrong: [
        [num(x), 'types the number the slide shows'],
        [num(x - s), 'takes off the start without adding one back'],
        [num(x + s - 1), 'adds the start instead of taking it off'],
        [num(p - hb), 'counts only the slides the audience sees'],
        [num(p - hb - 1), 'counts only the slides shown before it'],
        ...(hb !== s - 1
          ? ([[num(s + p - hb - 1), 'numbers only the slides shown, from the start']] as const)
          : []),
      ],
      figures: { n, s, x, hidden: hidden.join(',') },
    }
  }),
  family('slides-to-hide-for-a-shorter-loop', (rng) => {
    const n = rng.int(10, 30)
    const a = rng.int(4, 12) * 100
    const t = rng.pick([50, 100, 150, 200])
    const full = n * (a + t)
    const limit = rng.int(Math.ceil((2 * (a + t)) / 1000), Math.floor((full - 1) / 1000)) * 1000
    if (limit <= 0 || limit >= full || limit % (a + t) === 0) throw new VariantError('no cut')
    return {
      stem: `A ${n}-slide kiosk loop has every slide set to After ${secs(a)} with a ${secs(t)} transition. The venue now allows at most ${secs(limit)} per loop, so the VA will hide slides (every slide has the same timing). ${TIMING}. What is the fewest slides that must be hidden?`,
      key: count(n - Math.floor(limit / (a + t)), 'slides'),
      wrong: [
        ...(n - Math.floor(limit / a) > 0
          ? ([[count(n - Math.floor(limit / a), 'slides'), 'ignores the transition time']] as const)
          : []),
        [
          count(n - Math.ceil(limit / (a + t)), 'slides'),
          'rounds the slides kept up, so the loop runs over',
        ],
        [count(Math.floor(limit / (a + t)), 'slides'), 'gives the slides kept, not hidden'],
        [
          count(Math.ceil((full - limit) / a), 'slides'),
          'saves only the After time of each hidden slide',
        ],
        [
          count(Math.ceil((full - limit) / (a + 2 * t)), 'slides'),
          'counts two transitions saved per hidden slide',
        ],
      ],
      figures: { n, a, t, limit },
    }
  }),
]

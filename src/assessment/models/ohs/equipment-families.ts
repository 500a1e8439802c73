import type { Rng } from '../../rng.js'
import {
  addDays,
  cap,
  ceilDiv,
  family,
  floorDiv,
  hund,
  num,
  places,
  share,
  showDate,
  tenth,
} from './ohs-text.js'

// Access equipment, lifting gear, edge protection and isolation checked by stated rules: the
// 1-in-4 ladder rule, sling-angle factors, rail spacings, inspection intervals and clearances.

const mm = (n: number): string => num(n, 0, 'mm')
const kg = (n: number): string => num(n, 0, 'kg')
const m1 = (tenths: number): string => tenth(tenths, 'm')
const deg = Math.PI / 180
const plusMonths = (iso: string, m: number): string => {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number]
  const t = y * 12 + (mo - 1) + m
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
const dayUpTo28 = (rng: Rng): string => {
  const [y, m] = addDays('2026-01-01', rng.int(0, 540)).split('-')
  return `${y}-${m}-${String(rng.int(1, 28)).padStart(2, '0')}`
}

export const EQUIPMENT_FAMILIES = [
  family('ladder-foot-distance', (rng) => {
    const h = rng.int(80, 140) * 50
    const len = Math.round(Math.sqrt(h * h + (h / 4) ** 2) / 100) * 100 + 1000
    return {
      stem: `A ${num(len)} mm ladder is to rest against a gutter whose support point is ${num(h)} mm above the ground. The stated rule: one unit out at the foot for every four units up, measured as the vertical height to the top support point. How far from the wall should the foot be, in millimetres?`,
      key: mm(h / 4),
      wrong: [
        [mm(Math.round(len / 4)), 'quarters the ladder length'],
        [mm(Math.round(h / 3)), 'uses one in three'],
        [mm(h / 2), 'uses one in two'],
        [mm(Math.round((h + 1000) / 4)), 'adds the 1 m above the landing to the height'],
        [mm(h * 4), 'multiplies the height by four'],
        [mm(Math.round((h - 1000) / 4)), 'takes the 1 m extension off the height'],
      ],
      figures: { h, len },
    }
  }),
  family('ladder-angle-from-measurements', (rng) => {
    const h = rng.int(20, 80) * 100
    const b = Math.round(h / rng.pick([3, 3.5, 4.5, 5, 6]) / 10) * 10
    const a = (x: number) => `${tenth(places(x, 1))}°`
    return {
      stem: `An adviser finds a ladder resting on a wall at a support point ${num(h)} mm high with its foot ${num(b)} mm out. The 1-in-4 rule corresponds to about 75.5°. At what angle to the ground is the ladder, in degrees to one decimal place?`,
      key: a(Math.atan(h / b) / deg),
      wrong: [
        [a(Math.atan(b / h) / deg), 'gives the angle to the wall'],
        [a(Math.asin(b / h) / deg), 'takes the arcsine of foot over height'],
        [a((90 * h) / (h + b)), 'shares 90° by the lengths'],
        [a(Math.acos(b / h) / deg), 'takes the arccosine of foot over height'],
      ],
      figures: { h, b },
    }
  }),
  family('two-leg-sling-leg-tension', (rng) => {
    const W = rng.int(10, 80) * 50
    // No 60°: there cos is one half and the multiply-by-cosine answer falls on a rounding tie.
    const th = rng.pick([20, 30, 35, 40, 45, 50, 55])
    return {
      stem: `A ${kg(W)} machine is lifted on a two-leg sling with each leg at ${th}° to the vertical and the load shared equally. The stated rule: tension in each leg = load ÷ (2 × cos angle to vertical). What load does each leg carry, in kg to the nearest kilogram?`,
      key: kg(Math.round(W / (2 * Math.cos(th * deg)))),
      wrong: [
        [kg(W / 2), 'halves the load and ignores the angle'],
        [kg(Math.round(W / (2 * Math.sin(th * deg)))), 'uses the sine (the angle from horizontal)'],
        [kg(Math.round((W * Math.cos(th * deg)) / 2)), 'multiplies by the cosine'],
        [kg(Math.round(W / Math.cos(th * deg))), 'puts the whole load on each leg'],
        [
          kg(Math.round(W / (2 * Math.cos((th / 2) * deg)))),
          'reads the angle as the included angle between the legs',
        ],
      ],
      figures: { W, th },
    }
  }),
  family('sling-mode-factor-from-a-table', (rng) => {
    const wll = rng.int(10, 60) * 100
    const th = rng.int(10, 60)
    const f = th <= 45 ? 14 : 10
    return {
      stem: `A rigger's stated table for a two-leg chain sling: with the legs at 0–45° to the vertical the sling may lift 1.4 × the single-leg working load limit; at over 45° to 60°, 1.0 ×. Each leg is rated ${kg(wll)} and the legs will hang at ${th}° to the vertical. What is the most the sling may lift?`,
      key: kg(share(wll, f, 10)),
      wrong: [
        [kg(wll * 2), 'doubles the single-leg limit'],
        [kg(share(wll, f === 14 ? 10 : 14, 10)), 'reads the other angle band'],
        [kg(wll), 'takes the single-leg limit'],
        [kg(share(wll, 10, f)), 'divides by the factor'],
        [kg(share(wll, 2 * f, 10)), 'applies the factor to both legs'],
        [
          kg(Math.round(2 * wll * Math.cos(th * deg))),
          'works the trigonometric factor 2 × cos angle instead of the table',
        ],
      ],
      figures: { wll, th },
    }
  }),
  family('guardrail-intermediate-rails', (rng) => {
    const top = rng.int(950, 1500)
    const toe = rng.pick([150, 150, 200])
    const gap = rng.pick([250, 300, 350, 400, 470])
    return {
      stem: `A client's edge protection has a top rail ${mm(top)} above the platform and a toe board ${mm(toe)} high. The stated rule: no unprotected gap between rails, or between the toe board and the lowest rail, may exceed ${gap} mm. How many intermediate rails, evenly spaced, are needed at least?`,
      key: num(ceilDiv(top - toe, gap) - 1, 0, 'rails'),
      wrong: [
        [num(ceilDiv(top, gap) - 1, 0, 'rails'), 'ignores the toe board'],
        [num(ceilDiv(top - toe, gap), 0, 'rails'), 'counts the gaps, not the rails between them'],
        [num(floorDiv(top - toe, gap), 0, 'rails'), 'rounds down the gaps'],
        [num(ceilDiv(top - toe, gap) + 1, 0, 'rails'), 'counts the top rail and toe board as well'],
        [num(ceilDiv((top - toe) * 2, gap) - 1, 0, 'rails'), 'halves the allowed gap'],
        [
          num(Math.max(0, floorDiv(top - toe, gap) - 1), 0, 'rails'),
          'rounds the gaps down and drops a rail',
        ],
      ],
      figures: { top, toe, gap },
    }
  }),
  family('scaffold-inspection-due', (rng) => {
    const last = addDays('2026-01-05', rng.int(0, 500))
    const storm = addDays(last, rng.int(1, 6))
    return {
      stem: `A client's scaffold must be inspected at least every 7 days, and again before use after any event likely to affect its stability. It was inspected on ${showDate(last)}. A severe gale blew on ${showDate(storm)} (overnight, before work). By what date must the next inspection be done?`,
      key: showDate(storm),
      wrong: [
        [showDate(addDays(last, 7)), 'ignores the gale'],
        [showDate(addDays(storm, 7)), 'starts a new seven days from the gale'],
        [showDate(addDays(last, 14)), 'uses a fortnightly interval'],
        [showDate(addDays(storm, 1)), 'allows a day after the gale'],
      ],
      figures: { last, storm },
    }
  }),
  family('thorough-examination-interval', (rng) => {
    const last = dayUpTo28(rng)
    const people = rng.next() < 0.5
    const m = people ? 6 : 12
    const item = people
      ? 'a mobile elevating work platform (lifts people)'
      : 'a workshop goods hoist (lifts goods only)'
    return {
      stem: `A client's lifting equipment rules: equipment for lifting people and all lifting accessories are thoroughly examined at least every 6 months; other lifting equipment at least every 12 months. ${cap(item)} was last examined on ${showDate(last)}. By what date is its next thorough examination due?`,
      key: showDate(plusMonths(last, m)),
      wrong: [
        [showDate(plusMonths(last, people ? 12 : 6)), `uses the ${people ? 12 : 6}-month interval`],
        [showDate(addDays(last, m * 30)), `counts ${m * 30} days`],
        [showDate(plusMonths(last, m * 2)), 'doubles the interval'],
        [showDate(plusMonths(last, 3)), 'uses a three-monthly interval'],
      ],
      figures: { last, m },
    }
  }),
  family('fall-clearance-needed', (rng) => {
    const lan = rng.int(15, 20)
    const dec = rng.int(10, 18)
    const d = rng.int(12, 16)
    const s = rng.int(3, 10)
    const sf = rng.pick([5, 10])
    return {
      stem: `A roofer's lanyard is ${m1(lan)} long, anchored at the level of the harness D-ring. The stated clearance below the anchor: lanyard length + energy-absorber deployment ${m1(dec)} + D-ring to feet ${m1(d)} + harness stretch ${hund(s * 10, 'm')} + a safety margin of ${m1(sf)}. What clearance is needed below the anchor, in metres to two decimal places?`,
      key: hund((lan + dec + d + sf) * 10 + s * 10, 'm'),
      wrong: [
        [hund((lan + d + sf) * 10 + s * 10, 'm'), 'leaves out the energy absorber'],
        [hund((lan + dec + d) * 10 + s * 10, 'm'), 'leaves out the safety margin'],
        [hund((lan + dec + sf) * 10 + s * 10, 'm'), 'leaves out the worker below the D-ring'],
        [hund((2 * lan + dec + d + sf) * 10 + s * 10, 'm'), 'counts the lanyard twice'],
        [hund((lan + dec) * 10, 'm'), 'counts only the lanyard and absorber'],
      ],
      figures: { lan, dec, d, s, sf },
    }
  }),
  family('hoist-people-allowed', (rng) => {
    const swl = rng.int(10, 40) * 50
    const tools = rng.int(30, 400)
    const per = 80
    const p = (x: number) => num(x, 0, 'people')
    return {
      stem: `A construction hoist's car has a rated load of ${kg(swl)}. A crew will take ${kg(tools)} of tools and materials up in the same trip, and the stated allowance is ${per} kg per person. How many people may ride with the load at most?`,
      key: p(floorDiv(swl - tools, per)),
      wrong: [
        [p(floorDiv(swl, per)), 'forgets the tools and materials'],
        [p(ceilDiv(swl - tools, per)), 'rounds the number of people up'],
        [p(floorDiv(swl - tools, 100)), 'counts 100 kg a person'],
        [p(floorDiv(swl + tools, per)), 'adds the load to the rated load'],
        [p(floorDiv(swl - tools, 75)), 'counts 75 kg a person'],
      ],
      figures: { swl, tools, per },
    }
  }),
  family('working-load-limit-from-breaking-load', (rng) => {
    const mbl = rng.int(20, 300) * 100
    const sf = rng.pick([4, 5, 7])
    const kind =
      sf === 4 ? 'a chain sling' : sf === 5 ? 'a steel wire rope sling' : 'a webbing sling'
    return {
      stem: `A client's stated rule: the working load limit of ${kind} is its minimum breaking load divided by a safety factor of ${sf} (the other factors in the rule are 4 for chain, 5 for wire rope and 7 for webbing). The sling's minimum breaking load is ${kg(mbl)}. What is its working load limit, to the nearest kilogram?`,
      key: kg(share(mbl, 1, sf)),
      wrong: [
        [kg(mbl * sf), 'multiplies by the safety factor'],
        [
          kg(share(mbl, 1, sf === 7 ? 5 : 7)),
          `uses the factor for ${sf === 7 ? 'wire rope' : 'webbing'}`,
        ],
        [kg(mbl), 'takes the breaking load as the limit'],
        [kg(share(mbl, sf - 1, sf)), 'takes one factor’s share off the breaking load'],
        [
          kg(share(mbl, 1, sf === 4 ? 5 : 4)),
          `uses the factor for ${sf === 4 ? 'wire rope' : 'chain'}`,
        ],
      ],
      figures: { mbl, sf },
    }
  }),
  family('forklift-capacity-at-longer-load-centre', (rng) => {
    const rated = rng.int(10, 50) * 100
    const c = rng.int(55, 120) * 10
    return {
      stem: `A forklift's data plate gives ${kg(rated)} at a 500 mm load centre. A client wants to lift crates whose centre of gravity is ${mm(c)} from the fork face. Using the stated moment rule (capacity × load centre stays constant), what is the most it may lift, to the nearest kilogram?`,
      key: kg(share(rated, 500, c)),
      wrong: [
        [kg(rated), 'keeps the plate capacity'],
        [kg(share(rated, c, 500)), 'scales the capacity up'],
        [kg(rated - (c - 500)), 'takes the extra millimetres off as kilograms'],
        [kg(share(rated, 500, c + 500)), 'adds the load centres'],
        [kg(share(rated, 500 * 500, c * c)), 'scales by the square of the distance'],
      ],
      figures: { rated, c },
    }
  }),
  family('mobile-tower-height-limit', (rng) => {
    const out = rng.next() < 0.5
    const [a, b] = [rng.int(8, 14), rng.int(15, 30)]
    const r = out ? 30 : 35
    return {
      stem: `A client's mobile access tower has a base of ${m1(a)} by ${m1(b)}. Its stated rule: the platform height must not exceed 3.5 times the smallest base dimension indoors, or 3 times outdoors. It is to be used ${out ? 'outdoors' : 'indoors'}. What is the highest platform height allowed, in metres to one decimal place?`,
      key: m1(share(a, r, 10)),
      wrong: [
        [m1(share(a, out ? 35 : 30, 10)), `uses the ${out ? 'indoor' : 'outdoor'} ratio`],
        [m1(share(b, r, 10)), 'uses the longer base side'],
        [m1(share(a + b, r, 20)), 'averages the base sides'],
        [m1(share(a, 10, r)), 'divides by the ratio'],
      ],
      figures: { a, b, out: out ? 1 : 0 },
    }
  }),
  family('uneven-sling-leg-loads', (rng) => {
    const W = rng.int(10, 60) * 50
    const span = rng.int(20, 60) * 100
    const x = rng.int(3, Math.floor(span / 100 / 2) - 1) * 100
    return {
      stem: `A ${kg(W)} fabricated frame is lifted by two vertical slings ${mm(span)} apart; its centre of gravity is ${mm(x)} from sling A. By moments, the load on a sling is the weight × the distance from the centre of gravity to the other sling ÷ the span. What load does sling A carry, to the nearest kilogram?`,
      key: kg(share(W, span - x, span)),
      wrong: [
        [kg(W / 2), 'shares the load equally'],
        [kg(share(W, x, span)), 'uses its own distance (gives sling B’s load)'],
        [kg(W), 'puts the whole load on the nearer sling'],
        [kg(share(W, span, span - x)), 'divides by the far distance'],
        [
          kg(share(W, span + 2 * x, 2 * span)),
          'reads the distance as the offset from mid-span towards A (half plus W × x ÷ span)',
        ],
        [
          kg(share(W, span - 2 * x, 2 * span)),
          'reads the distance as the offset from mid-span away from A (half less W × x ÷ span)',
        ],
      ],
      figures: { W, span, x },
    }
  }),
  family('edge-protection-post-count', (rng) => {
    const L = rng.int(60, 400)
    const s = rng.pick([20, 24, 25, 30])
    const n = (x: number) => num(x, 0, 'posts')
    return {
      stem: `A flat roof edge ${m1(L)} long needs free-standing edge protection. The stated rule: posts at most ${m1(s)} apart, with a post at each end of the run. What is the fewest posts?`,
      key: n(ceilDiv(L, s) + 1),
      wrong: [
        [n(ceilDiv(L, s)), 'counts the gaps, not the posts'],
        [n(floorDiv(L, s) + 1), 'rounds the gaps down'],
        [n(ceilDiv(L, s) + 2), 'adds a post at each end again'],
        [n(ceilDiv(L * 2, s) + 1), 'halves the spacing'],
        [n(Math.max(2, floorDiv(L, s))), 'rounds the posts down and forgets the end post'],
        [n(ceilDiv(L, s * 2) + 1), 'doubles the spacing'],
      ],
      figures: { L, s },
    }
  }),
  family('group-lockout-padlocks', (rng) => {
    const pts = rng.int(2, 6)
    const w = rng.int(2, 7)
    const box = rng.next() < 0.5
    const n = (x: number) => num(x, 0, 'padlocks')
    return {
      stem: `Maintenance of a client's conveyor needs ${pts} isolation points locked off, with ${w} fitters working on it. ${box ? 'The stated group procedure: the supervisor locks each isolation point with one lock, puts the keys in a lockbox, and every fitter (the supervisor is not one of them) puts a personal lock on the lockbox.' : 'The stated procedure: every fitter puts their own personal lock on every isolation point.'} How many padlocks are used?`,
      key: n(box ? pts + w : pts * w),
      wrong: box
        ? [
            [n(pts * w), 'has every fitter lock every point'],
            [n(w), 'counts the fitters’ locks only'],
            [n(pts), 'counts the point locks only'],
            [n(pts + w + 1), 'adds a lock for the supervisor on the box'],
            [n(pts * (w + 1)), 'has the supervisor and every fitter lock every point'],
          ]
        : [
            [n(pts + w), 'uses one lock per point and one per fitter'],
            [n(w), 'gives each fitter one lock'],
            [n(pts), 'locks each point once'],
            [n(pts * (w + 1)), 'adds a supervisor’s lock on each point'],
          ],
      figures: { pts, w, box: box ? 1 : 0 },
    }
  }),
]

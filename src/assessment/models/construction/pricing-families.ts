import { down, family, metricMoney, near, pc, up, usd } from './cest-text.js'

// Labour, plant and unit-rate pricing. Every rate, productivity, burden, overtime rule and hire
// term is stated in the stem; money is held in integer cents and rounded half up to the cent.
// Conversions the stems state: 1 ft = 0.3048 m exactly, so 1 ft² = 0.09290304 m² and
// 1 yd³ = 0.764554857984 m³.

export const PRICING_FAMILIES = [
  family('labour-cost-from-crew-productivity', (rng) => {
    const [qty, p, n, c] = [
      rng.int(8, 80) * 50,
      rng.int(20, 80),
      rng.int(2, 5),
      rng.int(28, 55) * 100 + rng.pick([0, 25, 50, 75]),
    ]
    const m = usd
    return {
      stem: `A crew of ${n} hangs ${qty.toLocaleString('en-US')} ft² of drywall at a productivity of ${p} ft² per crew-hour. Each worker costs ${m(c)} an hour. Pricing the exact crew-hours, what is the labour cost, to the cent?`,
      key: m(near(qty * n * c, p)),
      wrong: [
        [m(near(qty * c, p)), 'prices one worker instead of the crew'],
        [m(up(qty, 8 * p) * 8 * n * c), 'rounds the crew-hours up to whole 8-hour days'],
        [m(near(qty * n * c, 8 * p)), 'reads the productivity as per crew-day'],
        [m(near(qty * n * n * c, p)), 'reads the productivity as per worker-hour'],
        [m(near(qty * c, p * n)), 'divides the hours among the crew and prices one rate'],
      ],
      figures: { qty, p, n, c },
    }
  }),
  family('crew-days-to-the-half-day', (rng) => {
    const [qty, o, d, k] = [
      rng.int(60, 900),
      rng.int(25, 90),
      rng.int(90, 260) * 1000,
      rng.int(3, 6),
    ]
    const m = metricMoney(rng)
    return {
      stem: `A ${k}-person paving crew lays ${o} m² a crew-day and costs ${m(d)} a crew-day, all in. The job is ${qty} m²; the crew is booked in half days, rounded up. What is the crew cost?`,
      key: m((up(2 * qty, o) * d) / 2),
      wrong: [
        [m(up(qty, o) * d), 'books whole days'],
        [m(near(qty * d, o)), 'prices the exact days without rounding to half days'],
        [m((down(2 * qty, o) * d) / 2), 'rounds the half days down'],
        [m((up(2 * qty, o) * d * k) / 2), 'multiplies the crew-day cost by the crew size'],
        [m((up(2 * qty, o * k) * d) / 2), 'divides the days by the crew size again'],
      ],
      figures: { qty, o, d, k },
    }
  }),
  family('labour-with-payroll-burden', (rng) => {
    const [qty, u, w, b, mat] = [
      rng.int(40, 400),
      rng.int(15, 90),
      rng.int(26, 48) * 100,
      rng.pick([25, 30, 35, 40]),
      rng.int(4, 30) * 100 + rng.int(0, 99),
    ]
    const m = usd
    const lab = (pct: number) => near(qty * u * w * pct, 100 * 100)
    return {
      stem: `An estimate item is ${qty} units at ${(u / 100).toFixed(2)} labour hours a unit and ${m(mat)} of material a unit. The wage is ${m(w)} an hour and payroll burden (taxes, insurance, benefits) adds ${pc(b)} to labour only. What is the item's cost, to the cent?`,
      key: m(lab(100 + b) + qty * mat),
      wrong: [
        [m(lab(100) + qty * mat), 'leaves out the burden'],
        [
          m(near((qty * u * w + qty * mat * 100) * (100 + b), 10000)),
          'adds the burden to the material too',
        ],
        [m(lab(100 + b)), 'leaves out the material'],
        [
          m(near(qty * w * (100 + b) * 100, u * 100) + qty * mat),
          'divides by the hours a unit instead of multiplying',
        ],
        [m(lab(100 - b) + qty * mat), 'takes the burden off the wage'],
      ],
      figures: { qty, u, w, b, mat },
    }
  }),
  family('overtime-week-time-and-a-half', (rng) => {
    const [n, h, c] = [rng.int(3, 8), rng.int(44, 60), rng.int(25, 50) * 100 + rng.pick([0, 50])]
    const m = usd
    const ot = h - 40
    return {
      stem: `To hold a schedule, a crew of ${n} works ${h} hours each this week. The base rate is ${m(c)} an hour, with time and a half for hours over 40 in the week. What is the week's labour cost?`,
      key: m(near(n * c * (80 + 3 * ot), 2)),
      wrong: [
        [m(n * h * c), 'pays every hour at straight time'],
        [m(n * c * (40 + 2 * ot)), 'pays the overtime at double time'],
        [m(near(n * h * c * 3, 2)), 'pays every hour at time and a half'],
        [m(near(c * (80 + 3 * ot), 2)), 'prices one worker'],
        [
          m(near(n * c * (80 + ot), 2)),
          'adds only the half-time premium to the overtime hours, not the hours themselves',
        ],
      ],
      figures: { n, h, c },
    }
  }),
  family('plant-hire-weeks-and-days', (rng) => {
    const [days, d, fee] = [rng.int(8, 33), rng.int(18, 45) * 1000, rng.int(6, 20) * 1000]
    const wk = d * rng.pick([3, 4]) - rng.int(0, 5) * 1000
    const m = metricMoney(rng)
    const rem = days % 7
    const key = Math.floor(days / 7) * wk + Math.min(rem * d, wk) + 2 * fee
    return {
      stem: `A mini excavator is hired for ${days} calendar days at ${m(d)} a day or ${m(wk)} a week. The hire firm charges whole weeks at the week rate and the remaining days at the day rate, but never more than one week's rate for those remaining days, plus ${m(fee)} each way for delivery and collection. What does the hire cost?`,
      key: m(key),
      wrong: [
        [m(days * d + 2 * fee), 'charges every day at the day rate'],
        [
          m(Math.floor(days / 7) * wk + rem * d + 2 * fee),
          'does not cap the remaining days at a week’s rate',
        ],
        [m(key - fee), 'charges delivery one way only'],
        [
          m(Math.floor(days / 5) * wk + Math.min((days % 5) * d, wk) + 2 * fee),
          'counts a week as five days',
        ],
        [m(up(days, 7) * wk + 2 * fee), 'rounds the hire up to whole weeks'],
        [m(key - 2 * fee), 'leaves out delivery and collection'],
      ],
      figures: { days, d, wk, fee },
    }
  }),
  family('unit-rate-build-up-metric', (rng) => {
    const [mat, waste, hrs, rate, plant, qty] = [
      rng.int(95, 160) * 100,
      rng.pick([3, 5, 8]),
      rng.int(6, 20),
      rng.int(22, 40) * 100,
      rng.int(3, 15) * 100,
      rng.int(12, 90),
    ]
    const m = metricMoney(rng)
    const unit = (w: number, h: number, pl: number) =>
      near(mat * (100 + w), 100) + near(h * rate, 10) + pl
    return {
      stem: `Build up a unit rate for placing concrete: ready-mix at ${m(mat)} a m³ plus ${pc(waste)} waste, ${(hrs / 10).toFixed(1)} labour hours a m³ at ${m(rate)} an hour, and ${m(plant)} a m³ for the vibrator and skip. Round the unit rate to the cent, then price ${qty} m³. What is the item total?`,
      key: m(qty * unit(waste, hrs, plant)),
      wrong: [
        [m(qty * unit(0, hrs, plant)), 'leaves out the waste'],
        [m(qty * unit(waste, hrs, 0)), 'leaves out the plant'],
        [m(qty * unit(waste, hrs * 10, plant)), 'reads the labour hours as whole hours'],
        [
          m(qty * near((mat + near(hrs * rate, 10) + plant) * (100 + waste), 100)),
          'adds the waste to the whole rate',
        ],
        [m(unit(waste, hrs, plant)), 'gives the unit rate, not the total'],
      ],
      figures: { mat, waste, hrs, rate, plant, qty },
    }
  }),
  family('composite-crew-hour-rate', (rng) => {
    const [a, b, c, s, k] = [
      rng.int(42, 60) * 100,
      rng.int(32, 44) * 100,
      rng.int(20, 30) * 100,
      rng.int(1, 3),
      rng.int(2, 4),
    ]
    const m = usd
    const key = a + s * b + k * c
    return {
      stem: `A concrete crew is 1 foreman at ${m(a)} an hour, ${s} finisher${s > 1 ? 's' : ''} at ${m(b)} and ${k} labourers at ${m(c)}. What does one crew-hour cost?`,
      key: m(key),
      wrong: [
        [
          m(near((a + b + c) * (1 + s + k), 3)),
          'multiplies the average of the three rates by the crew size',
        ],
        [m(s * b + k * c), 'leaves out the foreman'],
        [m(a + b + c), 'counts one of each trade'],
        [m(near(key, 1 + s + k)), 'gives the average rate per worker'],
        [m(a * (1 + s + k)), 'pays everyone the foreman’s rate'],
        [m(c * (1 + s + k)), 'pays everyone the labourer’s rate'],
      ],
      figures: { a, b, c, s, k },
    }
  }),
  family('crew-cost-from-worker-days', (rng) => {
    const [qty, p, n, d] = [
      rng.int(200, 2000),
      rng.int(8, 40),
      rng.int(2, 6),
      rng.int(260, 420) * 100,
    ]
    const m = usd
    return {
      stem: `A patio takes ${qty.toLocaleString('en-US')} pavers, and each worker lays ${p * 8} pavers a day. A crew of ${n} is booked in whole days at ${m(d)} a worker-day. What does the crew cost?`,
      key: m(up(qty, n * p * 8) * n * d),
      wrong: [
        [
          m(near(qty * d, p * 8)),
          'prices the exact worker-days without rounding the crew’s days up',
        ],
        [m(up(qty, p * 8) * d), 'books one worker for the whole job'],
        [m(up(qty, p * 8) * n * d), 'gives each worker the whole job'],
        [m(down(qty, n * p * 8) * n * d), 'rounds the crew’s days down'],
        [m(up(qty, n * p * 8) * d), 'prices each crew-day at one worker’s day rate'],
        [m(up(qty, n * p * 40) * 5 * n * d), 'books the crew in whole five-day weeks'],
      ],
      figures: { qty, p, n, d },
    }
  }),
  family('unit-price-per-ft2-to-per-m2', (rng) => {
    const c = rng.int(150, 2500)
    const m = usd
    return {
      stem: `A flooring subcontractor quotes ${m(c)} per ft² installed. The owner's bid form asks for a price per m². With 1 ft = 0.3048 m exactly (1 ft² = 0.09290304 m²), what is the price per m², to the cent?`,
      key: m(near(c * 100000000, 9290304)),
      wrong: [
        [m(near(c * 9290304, 100000000)), 'multiplies by 0.0929 instead of dividing'],
        [m(near(c * 10000, 3048)), 'converts with the linear factor 3.28'],
        [m(c * 9), 'converts as if to square yards'],
        [m(c * 10), 'rounds 10.764 ft² to 10'],
        [m(near(c * 1089, 100)), 'rounds 1 m to 3.3 ft before squaring'],
        [m(c * 11), 'rounds 10.764 ft² to 11'],
      ],
      figures: { c },
    }
  }),
  family('price-per-m3-to-per-yd3', (rng) => {
    const c = rng.int(9000, 24000)
    const m = usd
    return {
      stem: `A supplier prices concrete at ${m(c)} per m³, and your estimate is in cubic yards. With 1 yd = 0.9144 m exactly (1 yd³ = 0.764554857984 m³), what is the price per yd³, to the cent?`,
      key: m(near(c * 764554857984, 1e12)),
      wrong: [
        [m(near(c * 1e12, 764554857984)), 'divides by 0.7646 instead of multiplying'],
        [m(near(c * 9144, 10000)), 'converts with the linear factor 0.9144'],
        [m(near(c * 83612736, 100000000)), 'converts with the square factor 0.8361'],
        [m(near(c * 729, 1000)), 'rounds 1 yd to 0.9 m before cubing'],
        [m(near(c * 1e6, 35314667)), 'divides by the cubic feet in a cubic metre'],
        [m(near(c * 27000000, 35314667)), 'converts through cubic feet but inverts the factor'],
      ],
      figures: { c },
    }
  }),
  family('concrete-pump-minimum-hours', (rng) => {
    const [v, rate, hour, est] = [
      rng.int(12, 160),
      rng.pick([15, 20, 25, 30]),
      rng.int(14, 26) * 1000,
      rng.int(10, 30) * 1000,
    ]
    const m = metricMoney(rng)
    const halves = Math.max(8, up(2 * v, rate) + 2)
    return {
      stem: `A ${v} m³ pour is pumped at ${rate} m³ an hour. The pump is charged ${m(hour)} an hour for the pumping time plus 1 hour to set up and wash out, in half hours rounded up, with a 4-hour minimum, plus a ${m(est)} establishment fee. What does the pump cost?`,
      key: m((halves * hour) / 2 + est),
      wrong: [
        [m(((up(2 * v, rate) + 2) * hour) / 2 + est), 'ignores the 4-hour minimum'],
        [m((Math.max(8, up(2 * v, rate)) * hour) / 2 + est), 'leaves out the set-up hour'],
        [m((halves * hour) / 2), 'leaves out the establishment fee'],
        [m(Math.max(4, up(v, rate) + 1) * hour + est), 'rounds to whole hours'],
        [
          m(((Math.max(8, up(2 * v, rate)) + 8) * hour) / 2 + est),
          'adds the 4-hour minimum on top of the pumping time',
        ],
        [
          m((Math.max(8, up(2 * v, rate) + 4) * hour) / 2 + est),
          'charges set-up and wash-out as an hour each',
        ],
        [
          m(((Math.max(8, up(2 * v, rate)) + 2) * hour) / 2 + est),
          'applies the minimum to the pumping time, then adds the set-up hour',
        ],
      ],
      figures: { v, rate, hour, est },
    }
  }),
  family('productivity-factor-at-height', (rng) => {
    const [qty, p, f, c] = [
      rng.int(10, 80) * 10,
      rng.int(12, 40),
      rng.pick([10, 15, 20, 25, 30]),
      rng.int(30, 60) * 100,
    ]
    const m = usd
    return {
      stem: `A painter's standard output is ${p} m² an hour, but this ${qty} m² of ceiling is worked from a scaffold tower, which cuts output by ${pc(f)}. Labour costs ${m(c)} an hour. Pricing the exact hours, what is the labour cost, to the cent?`,
      key: m(near(qty * c * 100, p * (100 - f))),
      wrong: [
        [m(near(qty * c, p)), 'ignores the reduced output'],
        [m(near(qty * c * (100 - f), p * 100)), 'cuts the hours instead of the output'],
        [m(near(qty * c * 100, p * (100 + f))), 'raises the output instead of cutting it'],
        [m(near(qty * c * (100 + f), p * 100)), 'adds the percentage to the hours'],
        [m(near(qty * c * 100 * 100, p * (100 - f) * (100 - f))), 'applies the reduction twice'],
      ],
      figures: { qty, p, f, c },
    }
  }),
  family('materials-tax-delivery-labour', (rng) => {
    const [mat, t, del, lab] = [
      rng.int(800, 9000) * 100 + rng.int(0, 99),
      rng.pick([500, 625, 700, 825, 875]),
      rng.int(50, 250) * 100,
      rng.int(600, 6000) * 100,
    ]
    const m = usd
    const tax = near(mat * t, 10000)
    return {
      stem: `An item's materials cost ${m(mat)} before tax; sales tax of ${(t / 100).toFixed(2)}% applies to the materials only. Delivery is ${m(del)} and installation labour is ${m(lab)}, neither taxed. What is the item's cost, to the cent?`,
      key: m(mat + tax + del + lab),
      wrong: [
        [m(mat + del + lab), 'leaves out the sales tax'],
        [m(near((mat + del + lab) * (10000 + t), 10000)), 'taxes the delivery and labour too'],
        [m(near((mat + del) * (10000 + t), 10000) + lab), 'taxes the delivery too'],
        [m(mat + tax + lab), 'leaves out the delivery'],
        [m(mat - tax + del + lab), 'takes the tax off the materials'],
        [m(mat + near(mat * t, 1000) + del + lab), 'reads the tax rate ten times too high'],
      ],
      figures: { mat, t, del, lab },
    }
  }),
  family('haulage-per-tonne-km-with-minimum', (rng) => {
    const [cap, km, rate, min] = [
      rng.pick([20, 25, 30]),
      rng.int(15, 60),
      rng.int(20, 60),
      rng.int(60, 140) * 100,
    ]
    const tonnes = rng.int(2, 12) * cap + rng.int(1, 4)
    const m = metricMoney(rng)
    const loads = up(tonnes, cap)
    const full = Math.floor(tonnes / cap)
    const last = tonnes - full * cap
    const perLoad = (t: number) => Math.max(t * km * rate, min)
    const key = full * perLoad(cap) + (last ? perLoad(last) : 0)
    return {
      stem: `${tonnes} t of hardcore is hauled ${km} km in ${cap} t loads (full loads, the remainder on the last one). Haulage is ${m(rate)} a tonne-km, with a minimum charge of ${m(min)} a load. What does the haulage cost?`,
      key: m(key),
      wrong: [
        [m(tonnes * km * rate), 'ignores the minimum charge'],
        [m(loads * perLoad(cap)), 'charges the last load as a full one'],
        [m(2 * key), 'charges the return trip too'],
        [m(full * perLoad(cap) + min), 'charges the last load the minimum whatever its weight'],
        [m(loads * min), 'charges every load the minimum'],
        [m(loads * cap * km * rate), 'charges every load at the truck’s full capacity'],
        [
          m(full * perLoad(cap) + last * km * rate + min),
          'adds the minimum on top of the last load’s charge',
        ],
      ],
      figures: { tonnes, km, rate, cap, min },
    }
  }),
  family('weekly-site-preliminaries', (rng) => {
    const [n, o, t, k, sk, mob] = [
      rng.int(6, 40),
      rng.int(80, 250) * 100,
      rng.int(40, 120) * 100,
      rng.int(2, 3),
      rng.int(180, 420) * 100,
      rng.int(8, 30) * 10000,
    ]
    const m = metricMoney(rng)
    const week = o + t + k * sk
    return {
      stem: `A ${n}-week job's preliminaries: site office ${m(o)} a week, welfare unit ${m(t)} a week, ${k} skip exchanges a week at ${m(sk)} each, and a one-off charge of ${m(mob)} covering both mobilisation and demobilisation. What do the preliminaries cost?`,
      key: m(n * week + mob),
      wrong: [
        [m(n * (o + t + sk) + mob), 'prices one skip a week'],
        [m(n * week), 'leaves out mobilisation and demobilisation'],
        [m(n * week + 2 * mob), 'charges mobilisation and demobilisation separately'],
        [m(n * (o + t) + k * sk + mob), 'prices the skips once for the whole job'],
        [m(n * (week + mob)), 'charges the one-off cost every week'],
      ],
      figures: { n, o, t, k, sk, mob },
    }
  }),
  family('small-tools-and-consumables', (rng) => {
    const [lab, mat, tools, cons] = [
      rng.int(500, 9000) * 100,
      rng.int(500, 12000) * 100,
      rng.pick([2, 3, 4, 5]),
      rng.pick([1, 2, 3]),
    ]
    const m = usd
    const key = lab + mat + near(lab * tools, 100) + near(mat * cons, 100)
    return {
      stem: `A trade package has labour of ${m(lab)} and materials of ${m(mat)}. The estimator adds small tools at ${pc(tools)} of labour and consumables at ${pc(cons)} of materials. What is the package cost?`,
      key: m(key),
      wrong: [
        [
          m(lab + mat + near((lab + mat) * (tools + cons), 100)),
          'applies both percentages to labour and materials together',
        ],
        [
          m(lab + mat + near(mat * tools, 100) + near(lab * cons, 100)),
          'swaps the bases of the two allowances',
        ],
        [m(lab + mat + near(lab * tools, 100)), 'leaves out the consumables'],
        [m(lab + mat + near(mat * cons, 100)), 'leaves out the small tools'],
        [m(lab + mat + near(lab * (tools + cons), 100)), 'puts both allowances on labour'],
        [
          m(lab + mat + near((lab + mat) * tools, 100)),
          'puts the small tools on materials as well',
        ],
      ],
      figures: { lab, mat, tools, cons },
    }
  }),
]

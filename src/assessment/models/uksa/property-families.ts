import { BANDS, bandTax, frac, gb, mul, PA, PENNY, pound, sub, worked } from './uksa-text.js'

// Rental income on the SA105 pages for a landlord. The slips are mortgage interest or capital
// repayments deducted from the profit, a refundable deposit taken as rent, the finance-cost
// reduction given at 40% or without its limits, improvements claimed as repairs, initial
// furnishing or an upgrade claimed as a replacement, the property allowance or rent-a-room
// limit taken with the expenses or at the wrong size, a jointly owned profit split by the wrong
// share, rent counted when received instead of when due, and a lease premium not discounted.

const FINANCE =
  'Mortgage interest and other finance costs on a residential let are not deducted from the rental profit; instead they give a tax reduction of 20% of the lowest of the finance costs (plus any brought forward unrelieved), the property profit, and adjusted total income above the personal allowance.'

export const PROPERTY_FAMILIES = [
  worked('rental-profit-without-the-mortgage', (rng) => {
    const r = rng.int(130, 240) * 100
    const x = rng.int(15, 40) * 100
    const dep = rng.int(8, 20) * 100
    const m = rng.int(30, 80) * 100
    const i = Math.round((m * rng.int(55, 85)) / 100 / 10) * 10
    return {
      stem: `${FINANCE} In 2025/26 a landlord received rent of ${gb(r)} and a refundable tenancy deposit of ${gb(dep)}, held in a protection scheme. She paid agent’s fees, insurance and repairs of ${gb(x)} and mortgage payments of ${gb(m)}, of which ${gb(i)} was interest. What is her rental profit, ${PENNY}?`,
      show: pound,
      figures: { r, x, dep, m, i },
      key: frac(r - x),
      wrong: [
        [frac(r - x - i), 'deducts the mortgage interest'],
        [frac(r - x - m), 'deducts the whole mortgage payment'],
        [frac(r + dep - x), 'takes the deposit as rent'],
        [frac(r - x - (m - i)), 'deducts the capital repaid'],
        [frac(r), 'deducts nothing'],
      ],
    }
  }),
  worked('tax-with-the-finance-cost-reduction', (rng) => {
    const e = rng.int(400, 700) * 100
    const pp = rng.int(80, 200) * 100
    const f = rng.int(20, Math.floor(pp / 100) - 10) * 100
    const gross = bandTax(e + pp - PA)
    return {
      stem: `${BANDS} ${FINANCE} In 2025/26 a landlord has a salary of ${gb(e)} and a rental profit (before finance costs) of ${gb(pp)}; he paid mortgage interest of ${gb(f)} on the let property. What is his income tax liability for the year, ${PENNY}?`,
      show: pound,
      figures: { e, pp, f },
      key: sub(gross, frac(f * 20, 100)),
      wrong: [
        [bandTax(e + pp - f - PA), 'deducts the interest from the profit'],
        [gross, 'leaves out the reduction'],
        [
          sub(bandTax(e + pp - f - PA), frac(f * 20, 100)),
          'deducts the interest and gives the reduction too',
        ],
        [sub(gross, frac(pp * 20, 100)), 'takes 20% of the profit instead'],
      ],
    }
  }),
  worked('finance-cost-reduction-capped-by-profit', (rng) => {
    const f = rng.int(40, 120) * 100
    const u = rng.int(20, 60) * 100
    const pp = f + rng.int(5, Math.floor(u / 100) - 5) * 100
    return {
      stem: `${FINANCE} In 2025/26 a landlord’s property profit is ${gb(pp)}; she paid finance costs of ${gb(f)} and has ${gb(u)} of unrelieved finance costs brought forward. Her adjusted total income above the personal allowance is well above all of these. What is her finance-cost tax reduction, ${PENNY}?`,
      show: pound,
      figures: { f, u, pp },
      key: frac(pp * 20, 100),
      wrong: [
        [frac(f * 20, 100), 'leaves out the amount brought forward'],
        [frac((f + u) * 20, 100), 'ignores the profit limit'],
        [frac(pp * 40, 100), 'gives the reduction at 40%'],
        [frac(u * 20, 100), 'relieves only the amount brought forward'],
      ],
    }
  }),
  worked('unrelieved-finance-costs-carried-forward', (rng) => {
    const f = rng.int(40, 120) * 100
    const u = rng.int(20, 60) * 100
    const pp = f + rng.int(5, Math.floor(u / 100) - 5) * 100
    return {
      stem: `${FINANCE} Finance costs that get no reduction because of a limit are carried forward. In 2025/26 a landlord’s property profit is ${gb(pp)}, his finance costs ${gb(f)} and his unrelieved finance costs brought forward ${gb(u)}; his adjusted total income above the personal allowance is higher than all of these. How much is carried forward to 2026/27, ${PENNY}?`,
      show: pound,
      figures: { f, u, pp },
      key: frac(f + u - pp),
      wrong: [
        [frac(u), 'carries forward the old amount unchanged'],
        [frac(f + u), 'carries forward everything'],
        [frac(pp - f), 'carries forward the profit over this year’s costs'],
        [frac(f), 'carries forward this year’s costs'],
        [mul(f + u - pp, frac(80, 100)), 'carries forward the costs net of 20%'],
      ],
    }
  }),
  worked('replacement-of-domestic-items-with-an-upgrade', (rng) => {
    const w = rng.int(50, 90) * 10
    const m = rng.int(30, Math.floor(w / 10) - 5) * 10
    const s = rng.int(2, 10) * 10
    return {
      stem: `A landlord of a furnished let replaces a broken washing machine with a washer-dryer costing ${gb(w)}; a washing machine like the old one would have cost ${gb(m)}. He sells the old machine for ${gb(s)}. Replacement of domestic items relief gives the cost of a like-for-like replacement, less what is received for the old item; any improvement element is not allowed. What relief does he claim for 2025/26, ${PENNY}?`,
      show: pound,
      figures: { w, m, s },
      key: frac(m - s),
      wrong: [
        [frac(w - s), 'claims the cost of the upgrade'],
        [frac(w), 'claims the upgrade and ignores the sale'],
        [frac(m), 'ignores the sale proceeds'],
        [frac(w - m), 'claims the improvement element'],
        [frac(m + s), 'adds the sale proceeds'],
      ],
    }
  }),
  worked('initial-furnishing-is-not-a-replacement', (rng) => {
    const x = rng.int(20, 60) * 100
    const f1 = rng.int(20, 60) * 100
    const f2 = rng.int(4, 15) * 100
    const s = rng.int(5, 30) * 10
    const r = rng.int(150, 250) * 100
    return {
      stem: `In 2025/26 a landlord receives rent of ${gb(r)} from two furnished flats and pays other allowable expenses of ${gb(x)}. She furnishes the second flat for the first time at a cost of ${gb(f1)} and replaces a worn-out sofa in the first flat with a similar one for ${gb(f2)}, selling the old sofa for ${gb(s)}. Replacement of domestic items relief covers only replacements, not the first furnishing, and is the cost of the new item less what the old one was sold for. What is her rental profit, ${PENNY}?`,
      show: pound,
      figures: { x, f1, f2, s, r },
      key: frac(r - x - f2 + s),
      wrong: [
        [frac(r - x - f1 - f2 + s), 'claims the first furnishing too'],
        [frac(r - x - f2), 'ignores what the old sofa sold for'],
        [frac(r - x - f1), 'claims the first furnishing instead of the replacement'],
        [frac(r - x), 'claims neither'],
        [frac(r - x - f2 + f1), 'adds the furnishing to the rent'],
        [frac(r - x + s), 'taxes the sale of the old sofa as rent and claims nothing'],
      ],
    }
  }),
  worked('rent-a-room-relief-or-expenses', (rng) => {
    const g = rng.int(120, 200) * 100
    const e = rng.int(10, 40) * 100
    return {
      stem: `A self-employed nurse lets a furnished room in her own home to a lodger and is the only person receiving rent from it. Rent-a-room relief makes the first £7,500 of receipts tax-free; with gross receipts above £7,500 she may instead either be taxed on receipts less £7,500 or on receipts less actual expenses, whichever is lower. Her 2025/26 receipts were ${gb(g)} and her expenses ${gb(e)}. What is her taxable rent, ${PENNY}?`,
      show: pound,
      figures: { g, e },
      key: frac(g - Math.max(7500, e)),
      wrong: [
        [frac(g - e), 'deducts the actual expenses'],
        [frac(Math.max(0, g - 7500 - e)), 'deducts the relief and the expenses'],
        [frac(g - 3750), 'uses the halved £3,750 limit'],
        [frac(g), 'deducts nothing'],
      ],
    }
  }),
  worked('rent-a-room-limit-shared', (rng) => {
    const g = rng.int(90, 140) * 100
    const s = rng.int(10, 25) * 100
    const e = rng.int(10, 50) * 100
    return {
      stem: `A couple let a room in their home to a lodger and each receives half of what the lodger pays. Rent-a-room relief makes the first £7,500 of receipts tax-free, but the limit is halved to £3,750 for each person when someone else also receives rent from the same property; receipts include what a lodger pays for meals and laundry; above the limit each may be taxed on receipts less the limit or on receipts less actual expenses, whichever is lower. One partner’s 2025/26 share of the rent is ${gb(g)}, his share of the charges for meals and laundry ${gb(s)} and his share of the expenses ${gb(e)}. What is his taxable rent, ${PENNY}?`,
      show: pound,
      figures: { g, s, e },
      key: frac(g + s - Math.max(3750, e)),
      wrong: [
        [frac(g + s - 7500), 'uses the full £7,500 limit'],
        [frac(g + s - 3750 - e), 'deducts the limit and the expenses'],
        [frac(g - Math.max(3750, e)), 'leaves out the meals and laundry'],
        [frac(g + s - Math.min(3750, e)), 'takes the smaller deduction'],
        [frac(g + s), 'deducts nothing'],
        [frac(g + s - 1875), 'shares one £3,750 limit between the two of them'],
      ],
    }
  }),
  worked('repairs-against-improvements', (rng) => {
    const r = rng.int(250, 400) * 100
    const o = rng.int(15, 40) * 100
    const w = rng.int(30, 80) * 100
    const k = rng.int(40, 100) * 100
    return {
      stem: `In 2025/26 a landlord receives rent of ${gb(r)} and pays other allowable expenses of ${gb(o)}. He replaces the rotten single-glazed windows with double glazing for ${gb(w)} (the modern like-for-like equivalent, a repair) and builds a rear extension for ${gb(k)} (capital, not deductible). What is his rental profit, ${PENNY}?`,
      show: pound,
      figures: { r, o, w, k },
      key: frac(r - o - w),
      wrong: [
        [frac(r - o), 'treats the double glazing as an improvement'],
        [frac(r - o - w - k), 'deducts the extension too'],
        [frac(r - o - k), 'deducts the extension instead of the windows'],
        [frac(r - w), 'leaves out the other expenses'],
      ],
    }
  }),
  worked('jointly-owned-let-of-a-married-couple', (rng) => {
    const r = rng.int(120, 260) * 100
    const x = rng.int(20, 55) * 100
    const b = rng.pick([60, 65, 70, 75, 80])
    return {
      stem: `A married couple own a let house in unequal shares: she owns ${b}% and he owns ${100 - b}%, but they have never made a joint declaration (Form 17), so the income is split equally between them. The house’s 2025/26 rents are ${gb(r)} and allowable expenses ${gb(x)}; the £1,000 property allowance cannot be taken as well as expenses. What rental profit goes on her return, ${PENNY}?`,
      show: pound,
      figures: { r, x, b },
      key: frac(r - x, 2),
      wrong: [
        [mul(r - x, frac(b, 100)), 'splits by ownership without a declaration'],
        [mul(r - x, frac(100 - b, 100)), 'takes her husband’s ownership share'],
        [frac(r - x), 'puts the whole profit on her return'],
        [frac(r - 2 * x, 2), 'halves the rent but takes all the expenses'],
        [frac(r, 2), 'reports her half of the rents with no expenses deducted'],
        [frac(r - x - 2000, 2), 'takes the £1,000 property allowance as well as the expenses'],
      ],
    }
  }),
  worked('rent-on-the-accruals-basis', (rng) => {
    const m = rng.int(8, 20) * 50
    const k = 4
    const [a, v] = rng.pick([
      [1, 2],
      [2, 1],
      [2, 3],
      [3, 2],
    ] as const)
    const cash = 24 * m + a * m + v * m - k * m
    const s = (n: number) => (n > 1 ? 's' : '')
    return {
      stem: `A landlord has opted out of the cash basis and reports rent on the accruals basis (rent for the tax year, whenever paid). She lets two flats all through 2025/26, each at ${gb(m)} a month, due on the 6th. The first flat’s tenant owed ${a} month${s(a)} of 2024/25 rent at the start of the year, which he paid in 2025/26, and at the end of the year he owed ${k} months of 2025/26 rent. The second flat’s tenant paid every month on time and, in March 2026, paid ${v} month${s(v)} of 2026/27 rent in advance. Cash received in the year was ${gb(cash)}. What rent goes on the 2025/26 return, ${PENNY}?`,
      show: pound,
      figures: { m, a, v, k },
      key: frac(24 * m),
      wrong: [
        [frac(cash), 'reports the cash received'],
        [frac(24 * m - k * m), 'leaves out the rent still owed'],
        [frac(24 * m + v * m - k * m), 'takes the arrears out of the cash but not the advance'],
        [frac(24 * m + a * m - k * m), 'takes the advance out of the cash but not the arrears'],
        [frac(24 * m + v * m), 'includes the rent paid in advance'],
        [frac(24 * m + a * m), 'includes the arrears from last year'],
        [frac(24 * m + a * m + v * m), 'includes the arrears and the rent paid in advance'],
      ],
    }
  }),
  worked('void-months-and-the-agent-fee', (rng) => {
    const m = rng.int(12, 20) * 50
    const v = rng.int(1, 3)
    const f = rng.pick([8, 10, 12, 15])
    const o = rng.int(10, 20) * 100
    const let_ = 12 - v
    return {
      stem: `A flat is let at ${gb(m)} a month but stood empty for ${v} month${v > 1 ? 's' : ''} of 2025/26 between tenants. The letting agent charges ${f}% of the rent it collects; other allowable costs (insurance, safety certificates, repairs) were ${gb(o)}. What is the 2025/26 rental profit, ${PENNY}?`,
      show: pound,
      figures: { m, v, f, o },
      key: sub(mul(let_ * m, frac(100 - f, 100)), o),
      wrong: [
        [sub(mul(12 * m, frac(100 - f, 100)), o), 'counts rent for the empty months'],
        [sub(sub(let_ * m, mul(12 * m, frac(f, 100))), o), 'takes the fee on a full year’s rent'],
        [frac(let_ * m - o), 'leaves out the agent’s fee'],
        [mul(let_ * m - o, frac(100 - f, 100)), 'takes the fee after the other costs'],
        [
          sub(sub(mul(let_ * m, frac(100 - f, 100)), o), v * m),
          'deducts the lost rent of the empty months',
        ],
      ],
    }
  }),
  worked('finance-cost-reduction-capped-by-adjusted-total-income', (rng) => {
    const pp = rng.int(160, 300) * 100
    const f = pp - PA + rng.int(5, 80) * 100
    return {
      stem: `${FINANCE} A landlord’s only income in 2025/26 is a property profit (before finance costs) of ${gb(pp)}; her finance costs were ${gb(f)}, with nothing brought forward; the personal allowance is £12,570. What is her finance-cost tax reduction, ${PENNY}?`,
      show: pound,
      figures: { pp, f },
      key: frac((pp - PA) * 20, 100),
      wrong: [
        [frac(f * 20, 100), 'leaves out the limits'],
        [frac(pp * 20, 100), 'limits it to the property profit only'],
        [frac((pp - PA) * 40, 100), 'gives the reduction at 40%'],
        [
          frac((pp - PA - 1000) * 20, 100),
          'also takes the £1,000 property allowance off the profit',
        ],
      ],
    }
  }),
  worked('lease-premium-taxed-as-rent', (rng) => {
    const p = rng.int(20, 100) * 1000
    const n = rng.int(5, 20)
    return {
      stem: `A landlord grants a ${n}-year lease of a shop for a premium of ${gb(p)} in 2025/26. For a lease of 50 years or less, part of the premium is taxed as property income: the premium less 2% of it for each complete year of the lease after the first. How much of the premium is property income, ${PENNY}?`,
      show: pound,
      figures: { p, n },
      key: mul(p, frac(51 - n, 50)),
      wrong: [
        [mul(p, frac(50 - n, 50)), 'takes 2% for every year, the first included'],
        [mul(p, frac(n - 1, 50)), 'takes the discount as the taxable part'],
        [frac(p), 'taxes the whole premium'],
        [mul(p, frac(n, 50)), 'takes 2% for each year as the taxable part'],
      ],
    }
  }),
  worked('spouses-share-of-the-finance-cost-reduction', (rng) => {
    const r = rng.int(200, 300) * 100
    const x = rng.int(30, 70) * 100
    const f = rng.int(40, 100) * 100
    const u = rng.int(5, 20) * 100
    const b = rng.pick([60, 65, 70, 75, 80])
    return {
      stem: `${FINANCE} A married couple jointly own a let flat in unequal shares, ${b}% hers and ${100 - b}% his, and have made a joint declaration (Form 17), so its income and costs are split in those shares. Its 2025/26 rents are ${gb(r)}, allowable expenses ${gb(x)} and mortgage interest ${gb(f)}, and the couple have unrelieved finance costs of ${gb(u)} brought forward from 2024/25, split the same way. Each has other income well above the personal allowance. What finance-cost tax reduction does she claim, ${PENNY}?`,
      show: pound,
      figures: { r, x, f, u, b },
      key: frac((f + u) * b * 20, 10000),
      wrong: [
        [frac((f + u) * 20, 200), 'splits the costs equally despite the declaration'],
        [frac((f + u) * (100 - b) * 20, 10000), 'takes her husband’s share'],
        [frac(f * b * 20, 10000), 'leaves out the costs brought forward'],
        [frac((f + u) * 20, 100), 'gives her the whole reduction'],
        [frac((f + u) * b, 100), 'deducts her share of the costs in full'],
        [frac((r - x) * b * 20, 10000), 'takes 20% of her profit share'],
      ],
    }
  }),
]

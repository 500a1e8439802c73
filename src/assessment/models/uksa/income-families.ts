import {
  ART,
  add,
  allowance,
  BANDS,
  BRB,
  bandTax,
  DIVIDENDS,
  frac,
  gb,
  layer,
  mul,
  PA,
  PENNY,
  pound,
  SAVINGS,
  sub,
  TAPER,
  worked,
} from './uksa-text.js'

// The income tax computation on an SA100. The slips are the allowance left untapered or tapered
// pound for pound, the bands taken on income instead of taxable income, dividends or savings
// taxed before non-savings income, a savings or dividend allowance left out or given the wrong
// size, the starting rate for savings not reduced by non-savings income, and Gift Aid or pension
// contributions not grossed up or not used to extend the basic rate band.

const SAV_RULES =
  'Income is taxed in the order non-savings, savings, dividends. The £5,000 starting rate for savings (0%) is reduced by taxable non-savings income; the personal savings allowance is £1,000 for a basic-rate taxpayer, £500 for a higher-rate taxpayer and £0 for an additional-rate taxpayer; savings above them are taxed at 20/40/45%.'
const DIV_RULES =
  'Dividends are taxed last, after non-savings and savings income: the first £500 at 0% (the dividend allowance, which still uses up the band), then 8.75% in the basic rate band, 33.75% in the higher rate band and 39.35% above £125,140.'
const fifth = (x: number): number => x * 0.2

export const INCOME_FAMILIES = [
  worked('income-tax-on-a-higher-rate-profit', (rng) => {
    const p = rng.int(550, 950) * 100
    const t = p - PA
    return {
      stem: `${BANDS} A sole trader’s only income in 2025/26 is a trading profit of ${gb(p)}. What is his income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: bandTax(t),
      wrong: [
        [bandTax(p), 'leaves out the personal allowance'],
        [frac(t * 20, 100), 'taxes all the taxable income at 20%'],
        [
          frac((BRB - PA) * 20 + (p - BRB) * 40, 100),
          'starts the higher rate at £37,700 of income',
        ],
        [frac(t * 40, 100), 'taxes all the taxable income at 40%'],
        [bandTax(t, BRB + PA), 'widens the basic rate band by the allowance'],
      ],
    }
  }),
  worked('personal-allowance-taper', (rng) => {
    const p = rng.int(5010, 6200) * 20
    const pa = allowance(p)
    return {
      stem: `${BANDS} ${TAPER} A consultant’s only income in 2025/26 is a trading profit of ${gb(p)}, which is also her adjusted net income. What is her income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: bandTax(p - pa),
      wrong: [
        [bandTax(p - PA), 'forgets the taper'],
        [bandTax(p - Math.max(0, PA - (p - 100000))), 'tapers £1 for every £1 over £100,000'],
        [bandTax(p), 'takes away the whole allowance'],
        [frac((p - pa) * 20, 100), 'taxes all the taxable income at 20%'],
      ],
    }
  }),
  worked('additional-rate-profit', (rng) => {
    const p = rng.int(1520, 2200) * 100
    return {
      stem: `${BANDS} ${TAPER} A sole trader’s only income in 2025/26 is a trading profit of ${gb(p)}. What is his income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: bandTax(p),
      wrong: [
        [bandTax(p - PA), 'keeps the personal allowance'],
        [bandTax(p, BRB, 150000), 'starts the additional rate at £150,000'],
        [bandTax(p, BRB, 1e12), 'leaves out the additional rate'],
        [frac(BRB * 20 + (p - BRB) * 45, 100), 'taxes everything above the basic band at 45%'],
        [bandTax(p, BRB + PA), 'starts the higher rate at £50,270'],
        [frac(p * 45, 100), 'taxes the whole profit at 45%'],
      ],
    }
  }),
  worked('starting-rate-for-savings', (rng) => {
    const nst = rng.int(1, 40) * 100
    const sr = 5000 - nst
    const s = sr + 1000 + rng.int(5, 40) * 100
    const ns = PA + nst
    const key = add(frac(nst * 20, 100), frac((s - sr - 1000) * 20, 100))
    return {
      stem: `${BANDS} ${SAV_RULES} In 2025/26 a part-time sole trader has a trading profit of ${gb(ns)} and bank interest of ${gb(s)}; she is a basic-rate taxpayer. What is her income tax liability, ${PENNY}?`,
      show: pound,
      figures: { nst, s },
      key,
      wrong: [
        [
          add(frac(nst * 20, 100), frac((s - 1000) * 20, 100)),
          'leaves out the starting rate for savings',
        ],
        [
          add(frac(nst * 20, 100), frac((s - sr) * 20, 100)),
          'leaves out the personal savings allowance',
        ],
        [
          add(frac(nst * 20, 100), frac(Math.max(0, s - 6000) * 20, 100)),
          'keeps the full £5,000 starting rate',
        ],
        [frac((nst + s) * 20, 100), 'taxes all the interest at 20%'],
      ],
    }
  }),
  worked('savings-allowance-of-a-higher-rate-taxpayer', (rng) => {
    const p = rng.int(550, 850) * 100
    const s = rng.int(15, 80) * 100
    return {
      stem: `${BANDS} ${SAV_RULES} A sole trader with no other income has a 2025/26 trading profit of ${gb(p)} and savings interest of ${gb(s)}. How much income tax is due on the interest, ${PENNY}?`,
      show: pound,
      figures: { p, s },
      key: frac((s - 500) * 40, 100),
      wrong: [
        [frac((s - 1000) * 40, 100), 'gives the basic-rate £1,000 allowance'],
        [frac((s - 500) * 20, 100), 'taxes the interest at 20%'],
        [frac(s * 40, 100), 'leaves out the savings allowance'],
        [frac((s - 1000) * 20, 100), 'treats him as a basic-rate taxpayer'],
        [frac(s * 45, 100), 'taxes the interest at 45%'],
        [
          frac(((s * 5) / 4 - 500) * 40, 100),
          'grosses the interest up for 20% tax as before April 2016',
        ],
      ],
    }
  }),
  worked('dividends-straddling-the-basic-rate-band', (rng) => {
    const p = rng.int(300, 450) * 100
    const t = p - PA
    const room = BRB - t
    const d = room + rng.int(10, 150) * 100
    const key = add(bandTax(t), layer(t, d, 500, DIVIDENDS))
    return {
      stem: `${BANDS} ${DIV_RULES} In 2025/26 a sole trader has a trading profit of ${gb(p)} and dividends of ${gb(d)} from shares she holds. What is her income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p, d },
      key,
      wrong: [
        [
          add(layer(0, d, 500, DIVIDENDS), bandTax(t + d), mul(-1, bandTax(d))),
          'taxes the dividends before the trading profit',
        ],
        [add(bandTax(t), layer(t, d, 0, DIVIDENDS)), 'leaves out the dividend allowance'],
        [
          add(bandTax(t), layer(t, d - 500, 0, DIVIDENDS)),
          'lets the allowance sit outside the band',
        ],
        [add(bandTax(t), frac((d - 500) * 875, 10000)), 'taxes all the dividends at 8.75%'],
        [bandTax(t + d - 500), 'taxes the dividends at 20% and 40%'],
      ],
    }
  }),
  worked('dividends-of-a-higher-rate-taxpayer', (rng) => {
    const p = rng.int(550, 800) * 100
    const d = rng.int(25, 150) * 100
    return {
      stem: `${BANDS} ${DIV_RULES} A sole trader with a 2025/26 trading profit of ${gb(p)} also receives dividends of ${gb(d)}. How much income tax is due on the dividends, ${PENNY}?`,
      show: pound,
      figures: { p, d },
      key: frac((d - 500) * 3375, 10000),
      wrong: [
        [frac((d - 500) * 875, 10000), 'uses the basic dividend rate'],
        [frac(d * 3375, 10000), 'leaves out the dividend allowance'],
        [frac((d - 500) * 40, 100), 'uses the 40% higher rate for other income'],
        [frac((d - 2000) * 3375, 10000), 'uses a £2,000 dividend allowance'],
        [frac((d - 500) * 3935, 10000), 'uses the additional dividend rate'],
      ],
    }
  }),
  worked('savings-and-dividends-in-order', (rng) => {
    const p = rng.int(400, 440) * 100
    const t = p - PA
    const s = rng.int(20, 50) * 100
    const d = rng.int(90, 200) * 100
    const key = add(bandTax(t), layer(t, s, 500, SAVINGS), layer(t + s, d, 500, DIVIDENDS))
    return {
      stem: `${BANDS} ${SAV_RULES} ${DIV_RULES} In 2025/26 a sole trader has a trading profit of ${gb(p)}, bank interest of ${gb(s)} and dividends of ${gb(d)}. His income reaches the higher rate band, so his personal savings allowance is £500. What is his income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p, s, d },
      key,
      wrong: [
        [
          add(bandTax(t), layer(t, d, 500, DIVIDENDS), layer(t + d, s, 500, SAVINGS)),
          'taxes the dividends before the savings',
        ],
        [
          add(bandTax(t), layer(t, s, 0, SAVINGS), layer(t + s, d, 0, DIVIDENDS)),
          'leaves out both allowances',
        ],
        [
          add(bandTax(t), layer(t, s, 1000, SAVINGS), layer(t + s, d, 500, DIVIDENDS)),
          'gives the £1,000 savings allowance',
        ],
        [
          add(bandTax(t), frac((s - 500) * 20, 100), frac((d - 500) * 875, 10000)),
          'keeps all the savings and dividends at basic rates',
        ],
      ],
    }
  }),
  worked('higher-rate-relief-on-pension-contributions', (rng) => {
    const p = rng.int(600, 900) * 100
    const c = rng.int(10, 70) * 100
    const gross = (c * 100) / 80
    return {
      stem: `${BANDS} A self-employed architect with a 2025/26 trading profit of ${gb(p)} paid ${gb(c)} into a personal pension. The provider added 20% basic-rate relief at source (the payment is net of 20%); extending her basic rate band by the gross contribution gives her the rest of the relief through her return. How much does the extension cut her income tax, ${PENNY}?`,
      show: pound,
      figures: { p, c },
      key: frac(gross * 20, 100),
      wrong: [
        [frac(gross * 40, 100), 'takes 40% of the gross contribution'],
        [frac(c * 20, 100), 'extends the band by the net payment'],
        [frac(c * 40, 100), 'takes 40% of the net payment'],
        [frac(gross, 1), 'treats the gross contribution as a tax credit'],
      ],
    }
  }),
  worked('marriage-allowance-for-the-recipient', (rng) => {
    const p = rng.int(260, 480) * 100
    const t = p - PA
    return {
      stem: `${BANDS} A self-employed hairdresser with a 2025/26 trading profit of ${gb(p)} receives the marriage allowance from her husband, who uses little of his personal allowance: £1,260 is transferred to her, and she gets a tax reduction of 20% of £1,260. What is her income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: sub(bandTax(t), 252),
      wrong: [
        [bandTax(t), 'leaves out the transfer'],
        [sub(bandTax(t), 1260), 'takes the £1,260 off the tax'],
        [sub(bandTax(t), fifth(PA)), 'takes 20% of the whole personal allowance'],
        [bandTax(t + 1260), 'reduces her own allowance as if she were giving it'],
      ],
    }
  }),
  worked('tax-still-due-after-paye', (rng) => {
    const e = rng.int(250, 450) * 100
    const p = BRB - (e - PA) + rng.int(20, 150) * 100
    const paye = bandTax(e - PA)
    return {
      stem: `${BANDS} In 2025/26 a nurse earns a salary of ${gb(e)}, on which her employer deducted ${pound(paye)} of tax under PAYE (her allowance was given there), and she has a trading profit of ${gb(p)} from private work. How much income tax does her return show still to pay for the year, ${PENNY}?`,
      show: pound,
      figures: { e, p },
      key: sub(bandTax(e + p - PA), paye),
      wrong: [
        [frac(p * 20, 100), 'taxes the profit at 20% only'],
        [bandTax(e + p - PA), 'forgets the tax paid under PAYE'],
        [
          sub(frac((BRB - PA) * 20 + (e + p - BRB) * 40, 100), paye),
          'starts the higher rate at £37,700 of income',
        ],
        [frac(p * 40, 100), 'taxes the profit at 40%'],
      ],
    }
  }),
  worked('high-income-child-benefit-charge', (rng) => {
    const ani = 60000 + rng.int(5, 99) * 200 + rng.int(1, 199)
    const k = rng.int(2, 3)
    const cb = (2605 + (k - 1) * 1725) * 52
    const pct = Math.floor((ani - 60000) / 200)
    return {
      stem: `A sole trader’s partner claims Child Benefit for their ${k} children in 2025/26: £26.05 a week for the eldest and £17.25 a week for each other child, for 52 weeks. His adjusted net income is ${gb(ani)}, the higher of the two. The high income child benefit charge is 1% of the benefit for every £200 of adjusted net income over £60,000 (whole £200 steps only), up to 100%. What is the charge on his return, ${PENNY}?`,
      show: pound,
      figures: { ani, k },
      key: frac(cb * pct, 10000),
      wrong: [
        [frac(cb, 100), 'charges the whole benefit'],
        [
          frac(cb * Math.min(100, Math.floor((ani - 60000) / 100)), 10000),
          'charges 1% for every £100 over £60,000',
        ],
        [frac(2605 * 52 * k * pct, 10000), 'takes the eldest child’s rate for every child'],
        [frac(2605 * 52 * pct, 10000), 'charges only the eldest child’s benefit'],
      ],
    }
  }),
  worked('gift-aid-restores-a-tapered-allowance', (rng) => {
    const p = rng.int(5300, 6000) * 20
    const g = rng.int(20, 100) * 40
    const gross = (g * 100) / 80
    const pa = allowance(p - gross)
    return {
      stem: `${BANDS} ${TAPER} In 2025/26 a sole trader has a trading profit of ${gb(p)} and no other income, and gives ${gb(g)} to charity under Gift Aid. The gross donation (the payment grossed up at 20%) is deducted in arriving at adjusted net income and also extends the basic rate band and the additional-rate threshold. What is his income tax liability, ${PENNY}?`,
      show: pound,
      figures: { p, g },
      key: bandTax(p - pa, BRB + gross, ART + gross),
      wrong: [
        [
          bandTax(p - allowance(p), BRB + gross, ART + gross),
          'tapers on income before the donation',
        ],
        [
          bandTax(p - allowance(p - g), BRB + gross, ART + gross),
          'deducts the net payment for the taper',
        ],
        [bandTax(p - pa), 'does not extend the band'],
        [bandTax(p - PA, BRB + gross, ART + gross), 'forgets the taper'],
        [bandTax(p - pa, BRB + g, ART + g), 'extends the band by the net payment'],
        [
          bandTax(p - gross - pa),
          'deducts the gross donation from income instead of extending the band',
        ],
        [
          bandTax(p - gross - pa, BRB + gross, ART + gross),
          'deducts the gross donation from income as well as extending the band',
        ],
        [
          bandTax(p - Math.max(0, PA - (p - gross - 100000)), BRB + gross, ART + gross),
          'tapers the allowance pound for pound',
        ],
      ],
    }
  }),
  worked('savings-that-push-into-the-higher-rate', (rng) => {
    const t = BRB - rng.int(10, 30) * 100
    const p = t + PA
    const s = BRB - t + rng.int(10, 40) * 100
    return {
      stem: `${BANDS} ${SAV_RULES} A sole trader has a 2025/26 trading profit of ${gb(p)} and bank interest of ${gb(s)}; with the interest, part of her income falls in the higher rate band, so her savings allowance is £500. How much income tax is due on the interest, ${PENNY}?`,
      show: pound,
      figures: { p, s },
      key: layer(t, s, 500, SAVINGS),
      wrong: [
        [layer(t, s, 1000, SAVINGS), 'gives the basic-rate £1,000 allowance'],
        [frac((s - 500) * 20, 100), 'taxes all the interest at 20%'],
        [frac((s - 500) * 40, 100), 'taxes all the interest at 40%'],
        [layer(t, s, 0, SAVINGS), 'leaves out the savings allowance'],
        [layer(t, s - 500, 0, SAVINGS), 'lets the allowance sit outside the band'],
        [
          layer(t, (s * 5) / 4, 500, SAVINGS),
          'grosses the interest up for 20% tax as before April 2016',
        ],
      ],
    }
  }),
  worked('unused-allowance-against-savings', (rng) => {
    const ns = rng.int(60, 120) * 100
    const left = PA - ns
    const s = left + 6000 + rng.int(15, 50) * 100
    return {
      stem: `${BANDS} ${SAV_RULES} The personal allowance is set against non-savings income first and any unused part against savings. In 2025/26 a retired bookseller with a small trade has a trading profit of ${gb(ns)} and bank interest of ${gb(s)}, and is a basic-rate taxpayer. What is her income tax liability, ${PENNY}?`,
      show: pound,
      figures: { ns, s },
      key: frac((s - left - 6000) * 20, 100),
      wrong: [
        [frac((s - 6000) * 20, 100), 'lets the unused allowance go'],
        [frac((s - left - 1000) * 20, 100), 'leaves out the starting rate for savings'],
        [frac((s - left - 5000) * 20, 100), 'leaves out the savings allowance'],
        [frac((s - left) * 20, 100), 'leaves out both savings nil rates'],
        [
          frac((s - left - 6500) * 20, 100),
          'takes the £500 dividend allowance off the interest too',
        ],
        [
          frac((s - left - 7000) * 20, 100),
          'takes the £1,000 trading allowance off the profit as well',
        ],
      ],
    }
  }),
]

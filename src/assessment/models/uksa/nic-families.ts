import {
  add,
  BANDS,
  bandTax,
  CLASS4,
  class4,
  frac,
  gb,
  LPL,
  loan,
  PA,
  PENNY,
  pound,
  sub,
  UPL,
  worked,
} from './uksa-text.js'

// Class 4 National Insurance and student loan repayments on a self-employed return. The slips
// are Class 4 charged on the whole profit or all at 6%, the limits applied to each trade or to
// taxable income, a carried-back or sideways loss left out of the Class 4 profit, pension
// contributions wrongly taken off it, the wrong plan threshold, the threshold applied to the
// profit alone, unearned income counted or left out against the £2,000 rule, and repayments
// already made through payroll forgotten.

const PLANS =
  'For 2025/26 student loan repayments are 9% of income above the plan threshold (Plan 1 £26,065, Plan 2 £28,470, Plan 4 £32,745) and 6% above £21,000 for a postgraduate loan.'
const UNEARNED =
  'On a return, unearned income (interest, dividends, rent) counts towards income for student loan repayments in full if it is more than £2,000, and not at all if it is £2,000 or less.'
const P1 = 26065
const P2 = 28470
const P4 = 32745
const PG = 21000
// The 2024/25 Plan 1 and Plan 2 thresholds, which a preparer carrying last year's figures uses.
const P1_OLD = 24990
const P2_OLD = 27295
// The Class 2 small profits threshold, which a preparer mixing the two thresholds starts Class 4
// from; every profit it is used on is above the lower profits limit.
const SPT = 6845
const fromSpt = (p: number) => add(class4(p), frac((LPL - SPT) * 6, 100))
const SPT_SLIP = 'starts Class 4 at the £6,845 small profits threshold, not the lower profits limit'

export const NIC_FAMILIES = [
  worked('class-4-after-capital-allowances', (rng) => {
    const a = rng.int(590, 900) * 100
    const c = rng.int(10, 80) * 100
    return {
      stem: `${CLASS4} Class 4 is worked on the taxable trading profit, after capital allowances. A joiner’s 2025/26 adjusted profit before capital allowances is ${gb(a)} and his capital allowances are ${gb(c)}. What is his Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { a, c },
      key: class4(a - c),
      wrong: [
        [class4(a), 'works on the profit before capital allowances'],
        [frac((a - c) * 6, 100), 'charges 6% on the whole profit'],
        [class4(a - c, 2, 2), 'charges 2% throughout'],
        [add(class4(a - c), frac(182)), 'adds Class 2 at £3.50 a week, no longer payable'],
        [class4(a - c, 6, 6), 'charges 6% on all the profit above the lower limit'],
        [class4(a - c, 6, 0), 'charges nothing above the upper limit'],
        [class4(a - c - PA), 'takes the personal allowance off the profit as well'],
      ],
    }
  }),
  worked('class-4-above-the-upper-limit', (rng) => {
    const p = rng.int(550, 1200) * 100
    return {
      stem: `${CLASS4} A web developer’s 2025/26 trading profit is ${gb(p)}. What is her Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: class4(p),
      wrong: [
        [class4(p, 6, 6), 'charges 6% on all the profit above the lower limit'],
        [class4(p, 2, 2), 'charges 2% on all the profit above the lower limit'],
        [class4(p, 6, 0), 'charges nothing above the upper limit'],
        [frac(p * 6, 100), 'charges 6% on the whole profit'],
        [add(class4(p, 6, 0), frac(p * 2, 100)), 'charges 2% on the whole profit as well'],
        [class4(p - PA), 'takes the personal allowance off the profit as well'],
      ],
    }
  }),
  worked('class-4-after-a-sideways-loss', (rng) => {
    const l = rng.int(30, 100) * 100
    const p = l + rng.int(520, 900) * 100
    return {
      stem: `${CLASS4} In 2024/25 a photographer made a trading loss of ${gb(l)}, which was set against her salary for income tax. A loss relieved against other income is not used for Class 4: it is carried forward and set against her next trading profits for Class 4. Her 2025/26 trading profit is ${gb(p)}. What is her 2025/26 Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { l, p },
      key: class4(p - l),
      wrong: [
        [class4(p), 'ignores the loss because income tax relief was given'],
        [frac((p - l) * 6, 100), 'charges 6% on the whole reduced profit'],
        [add(class4(p - l), frac(182)), 'adds Class 2 at £3.50 a week, no longer payable'],
        [class4(p - l, 2, 2), 'charges 2% throughout'],
        [class4(p - l, 6, 0), 'charges nothing above the upper limit'],
        [class4(p - l - PA), 'takes the personal allowance off the profit as well'],
      ],
    }
  }),
  worked('class-4-on-two-trades-together', (rng) => {
    const a = rng.int(130, 300) * 100
    const b = rng.int(130, 250) * 100
    return {
      stem: `${CLASS4} Class 4 is worked on the total profits of all a person’s trades, with one set of limits. A self-employed musician has a 2025/26 profit of ${gb(a)} from performing and ${gb(b)} from teaching. What is his Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { a, b },
      key: class4(a + b),
      wrong: [
        [add(class4(a), class4(b)), 'gives each trade its own limits'],
        [class4(Math.max(a, b)), 'charges only the larger trade'],
        [frac((a + b) * 6, 100), 'charges 6% on the whole profit'],
        [add(class4(a + b), frac(182)), 'adds Class 2 at £3.50 a week, no longer payable'],
        [fromSpt(a + b), SPT_SLIP],
        [class4(a + b - PA), 'takes the personal allowance off the profit as well'],
        [class4(a + b, 2, 2), 'charges 2% throughout'],
      ],
    }
  }),
  worked('income-tax-and-class-4-together', (rng) => {
    const p = rng.int(520, 950) * 100
    return {
      stem: `${BANDS} ${CLASS4} A sole trader’s only income in 2025/26 is a trading profit of ${gb(p)}. What is her total of income tax and Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: add(bandTax(p - PA), class4(p)),
      wrong: [
        [add(bandTax(p - PA), class4(p - PA)), 'works Class 4 on the profit after the allowance'],
        [bandTax(p - PA), 'leaves out Class 4'],
        [add(bandTax(p - PA), class4(p, 6, 6)), 'charges Class 4 at 6% throughout'],
        [add(bandTax(p - PA), frac(p * 6, 100)), 'charges Class 4 on the whole profit'],
        [add(bandTax(p - PA), class4(p, 6, 0)), 'charges no Class 4 above the upper limit'],
        [
          add(bandTax(p - PA), class4(p), frac(182)),
          'adds Class 2 at £3.50 a week, no longer payable',
        ],
        [add(bandTax(p - PA), fromSpt(p)), SPT_SLIP],
      ],
    }
  }),
  worked('plan-2-repayment-on-a-profit', (rng) => {
    const p = rng.int(450, 700) * 100
    return {
      stem: `${PLANS} A graphic designer with a Plan 2 loan has a 2025/26 trading profit of ${gb(p)} and no other income; nothing was repaid through payroll. What student loan repayment does her return show, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: loan(p, P2),
      wrong: [
        [loan(p, P1), 'uses the Plan 1 threshold'],
        [frac(p * 9, 100), 'takes 9% of the whole profit'],
        [loan(p, P2, 6), 'takes 6%, the postgraduate rate'],
        [loan(p - PA, P2), 'works on income after the personal allowance'],
        [loan(p, P4), 'uses the Plan 4 threshold'],
        [loan(p, PG), 'uses the £21,000 postgraduate threshold'],
      ],
    }
  }),
  worked('plan-1-on-salary-and-profit', (rng) => {
    const e = rng.int(150, 250) * 100
    const p = rng.int(270, 400) * 100
    return {
      stem: `${PLANS} A care worker with a Plan 1 loan earned a salary of ${gb(e)} in 2025/26, too little for any repayment through payroll, and made a trading profit of ${gb(p)}. Repayment on the return is worked on the salary and the profit together. What student loan repayment does the return show, ${PENNY}?`,
      show: pound,
      figures: { e, p },
      key: loan(e + p, P1),
      wrong: [
        [frac(p * 9, 100), 'takes 9% of the profit with no threshold'],
        [loan(p, P1), 'applies the threshold to the profit alone'],
        [loan(e + p, P2), 'uses the Plan 2 threshold'],
        [frac((e + p) * 9, 100), 'takes 9% of all the income'],
        [loan(e + p, P4), 'uses the Plan 4 threshold'],
        [loan(e + p, PG), 'uses the £21,000 postgraduate threshold'],
        [loan(e + p, P1_OLD), 'uses the 2024/25 Plan 1 threshold of £24,990'],
      ],
    }
  }),
  worked('unearned-income-over-two-thousand', (rng) => {
    const p = rng.int(320, 600) * 100
    const u = rng.int(21, 80) * 100
    return {
      stem: `${PLANS} ${UNEARNED} A sole trader with a Plan 2 loan has a 2025/26 trading profit of ${gb(p)} and bank interest of ${gb(u)}, and nothing was repaid through payroll. What student loan repayment does the return show, ${PENNY}?`,
      show: pound,
      figures: { p, u },
      key: loan(p + u, P2),
      wrong: [
        [loan(p, P2), 'leaves the interest out'],
        [loan(p + u - 2000, P2), 'counts only the interest above £2,000'],
        [frac((p + u) * 9, 100), 'takes 9% of all the income'],
        [loan(p + u, P1), 'uses the Plan 1 threshold'],
        [loan(p + u, P4), 'uses the Plan 4 threshold'],
        [loan(p + u, P2_OLD), 'uses the 2024/25 Plan 2 threshold of £27,295'],
        [loan(p + u, PG), 'uses the £21,000 postgraduate threshold'],
      ],
    }
  }),
  worked('unearned-income-under-two-thousand', (rng) => {
    const p = rng.int(480, 700) * 100
    const u = rng.int(5, 20) * 100
    return {
      stem: `${PLANS} ${UNEARNED} A Scottish sole trader with a Plan 4 loan has a 2025/26 trading profit of ${gb(p)} and dividends of ${gb(u)}; nothing was repaid through payroll. What student loan repayment does the return show, ${PENNY}?`,
      show: pound,
      figures: { p, u },
      key: loan(p, P4),
      wrong: [
        [loan(p + u, P4), 'counts the dividends'],
        [loan(p, P2), 'uses the Plan 2 threshold'],
        [loan(p, P1), 'uses the Plan 1 threshold'],
        [frac(p * 9, 100), 'takes 9% of the whole profit'],
        [loan(p, P4, 6), 'takes 6%, the postgraduate rate'],
        [loan(p - PA, P4), 'works on income after the personal allowance'],
      ],
    }
  }),
  worked('plan-2-and-postgraduate-loans', (rng) => {
    const p = rng.int(320, 650) * 100
    return {
      stem: `${PLANS} Someone with both loans repays each at its own rate above its own threshold. An illustrator with a Plan 2 loan and a postgraduate loan has a 2025/26 trading profit of ${gb(p)} and no other income. What is her total student loan repayment, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: add(loan(p, P2), loan(p, PG, 6)),
      wrong: [
        [loan(p, P2), 'leaves out the postgraduate loan'],
        [add(loan(p, P2), loan(p, PG, 9)), 'charges the postgraduate loan at 9%'],
        [add(loan(p, PG), loan(p, PG, 6)), 'takes both from £21,000'],
        [add(loan(p, P2), loan(p, P2, 6)), 'takes both from the Plan 2 threshold'],
        [loan(p, PG, 6), 'leaves out the Plan 2 loan'],
        [add(loan(p, P2_OLD), loan(p, PG, 6)), 'uses the 2024/25 Plan 2 threshold of £27,295'],
      ],
    }
  }),
  worked('balance-of-tax-nic-and-student-loan', (rng) => {
    const p = rng.int(320, 600) * 100
    return {
      stem: `${BANDS} ${CLASS4} ${PLANS} A sole trader with a Plan 2 loan has a 2025/26 trading profit of ${gb(p)} and no other income. What is the total of income tax, Class 4 and student loan repayment on his return, ${PENNY}?`,
      show: pound,
      figures: { p },
      key: add(bandTax(p - PA), class4(p), loan(p, P2)),
      wrong: [
        [add(bandTax(p - PA), class4(p)), 'leaves out the student loan'],
        [
          add(bandTax(p - PA), class4(p), loan(p - PA, P2)),
          'works the loan on income after the allowance',
        ],
        [
          add(bandTax(p - PA), frac(p * 6, 100), loan(p, P2)),
          'charges Class 4 on the whole profit',
        ],
        [add(bandTax(p - PA), class4(p), frac(p * 9, 100)), 'takes 9% of the whole profit'],
      ],
    }
  }),
  worked('class-4-on-a-partnership-share', (rng) => {
    const q = rng.int(600, 1400) * 100
    const s = rng.pick([30, 40, 60, 70])
    const share = (q * s) / 100
    return {
      stem: `${CLASS4} Each partner pays Class 4 on their own share of the partnership’s profit. A two-partner firm’s 2025/26 taxable profit is ${gb(q)}; one partner takes ${s}%. What is that partner’s Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { q, s },
      key: class4(share),
      wrong: [
        [class4(q / 2), 'splits the profit equally instead of by the agreed shares'],
        [class4(q), 'charges Class 4 on the whole firm’s profit'],
        [class4(q - share), 'takes the other partner’s share'],
        [frac(share * 6, 100), 'charges 6% on the whole share'],
      ],
    }
  }),
  worked('marginal-cost-of-extra-profit', (rng) => {
    const p = rng.int(400, 495) * 100
    const x = (Math.ceil((UPL - p) / 100) + rng.int(10, 60)) * 100
    const tax = sub(bandTax(p + x - PA), bandTax(p - PA))
    const nic = sub(class4(p + x), class4(p))
    const key = add(tax, nic, sub(loan(p + x, P2), loan(p, P2)))
    return {
      stem: `${BANDS} ${CLASS4} ${PLANS} A sole trader with a Plan 2 loan expects a 2025/26 trading profit of ${gb(p)} and no other income. A late contract would add ${gb(x)} of profit. How much more income tax, Class 4 and student loan repayment would she pay, ${PENNY}?`,
      show: pound,
      figures: { p, x },
      key,
      wrong: [
        [
          frac(x * 35, 100),
          'prices all the extra at the rates on her present profit (20%, 6%, 9%)',
        ],
        [frac(x * 51, 100), 'prices all the extra at the higher-rate figures (40%, 2%, 9%)'],
        [add(tax, nic), 'leaves out the student loan'],
        [add(key, sub(frac(x * 6, 100), nic)), 'charges Class 4 at 6% on all the extra'],
        [tax, 'counts the income tax only'],
      ],
    }
  }),
  worked('class-4-ignores-pension-contributions', (rng) => {
    const p = rng.int(550, 1000) * 100
    const c = rng.int(20, 80) * 100
    const gross = (c * 100) / 80
    return {
      stem: `${CLASS4} Personal pension contributions give income tax relief but do not reduce profits for Class 4. A self-employed electrician has a 2025/26 trading profit of ${gb(p)} and paid ${gb(c)} net (${gb(gross)} gross) into a personal pension. What is his Class 4 National Insurance, ${PENNY}?`,
      show: pound,
      figures: { p, c },
      key: class4(p),
      wrong: [
        [class4(p - gross), 'takes the gross contribution off the profit'],
        [class4(p - c), 'takes the net contribution off the profit'],
        [class4(p, 6, 6), 'charges 6% on all the profit above the lower limit'],
        [frac(p * 6, 100), 'charges 6% on the whole profit'],
        [class4(p, 6, 0), 'charges nothing above the upper limit'],
        [add(class4(p), frac(182)), 'adds Class 2 at £3.50 a week, no longer payable'],
        [fromSpt(p), SPT_SLIP],
      ],
    }
  }),
  worked('student-loan-balance-after-payroll-deductions', (rng) => {
    const e = rng.int(300, 500) * 100
    const p = rng.int(300, 450) * 100
    const ded = loan(e, P2)
    return {
      stem: `${PLANS} A teacher with a Plan 2 loan earned a salary of ${gb(e)} in 2025/26, from which her employer deducted ${pound(ded)} in student loan repayments, and she made a trading profit of ${gb(p)} from tutoring. The return works the repayment on the salary and profit together and gives credit for what payroll took. What further repayment does the return show, ${PENNY}?`,
      show: pound,
      figures: { e, p },
      key: sub(loan(e + p, P2), ded),
      wrong: [
        [loan(e + p, P2), 'forgets the payroll deductions'],
        [loan(p, P2), 'applies the threshold to the profit again'],
        [frac(p * 6, 100), 'takes 6% of the profit'],
        [sub(frac((e + p) * 9, 100), ded), 'takes 9% of all the income before the credit'],
        [
          sub(loan(e + p, P2_OLD), ded),
          'uses the 2024/25 Plan 2 threshold of £27,295 on the return',
        ],
        [sub(loan(e + p - PA, P2), ded), 'works on income after the personal allowance'],
      ],
    }
  }),
]

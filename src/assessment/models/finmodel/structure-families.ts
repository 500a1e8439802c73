import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  across,
  Client,
  client,
  col,
  drawn,
  family,
  figure,
  formulas,
  pc,
  purse,
  rateOf,
  words,
} from './model-text.js'

const SHEET = 'In a spreadsheet model (Excel or Google Sheets)'

/**
 * How a model is laid out and kept honest: timing flags, escalation, corkscrews, sign
 * conventions, hard-codes, and the circularity that interest on average balances creates.
 */
export const STRUCTURE_FAMILIES: readonly ScenarioFamily[] = [
  family('operating-period-flag', (rng) => {
    const start = rng.int(2, 4)
    const end = rng.int(start + 2, 8)
    const periods = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    const cells = { C2: start, C3: end, ...across(4, periods) }
    return formulas(rng, {
      stem: `${SHEET}, row 4 numbers the periods 1 to 9 from column E, C2 holds the first operating period and C3 the last. A flag in E6, filled right to M6, must show 1 in every operating period (both ends included) and 0 otherwise. Which formula belongs in E6?`,
      // Either way of writing the flag is right; the draw picks one so the key is not always
      // the centre of mistakes written around it.
      key: rng.pick(['=AND(E$4>=$C$2,E$4<=$C$3)*1', '=(E$4>=$C$2)*(E$4<=$C$3)']),
      wrong: [
        [
          '=AND(E4>=C2,E4<=C3)*1',
          'leaves the input cells relative, so they slide right on filling',
        ],
        [
          '=AND(E$4>$C$2,E$4<=$C$3)*1',
          'uses a strict greater-than and drops the first operating period',
        ],
        [
          '=AND(E$4>=$C$2,E$4<$C$3)*1',
          'uses a strict less-than and drops the last operating period',
        ],
        ['=(E$4>=$C$2)*1', 'tests only the start, so the flag never switches off'],
        ['=OR(E$4>=$C$2,E$4<=$C$3)*1', 'joins the two tests with OR, so every period is flagged'],
        [
          '=AND(E$4>=$C$2,E$4<=$C$2+$C$3)*1',
          'reads the last operating period as a count of periods after the first',
        ],
        ['=IF(AND(E$4>=$C$2,E$4<=$C$3),0,1)', 'returns 0 in operating periods and 1 outside them'],
        ['=AND(E$4>$C$2,E$4<$C$3)*1', 'uses strict tests at both ends and drops both end periods'],
        ['=AND(E4>C2,E4<=C3)*1', 'leaves the inputs relative and drops the first operating period'],
        ['=OR(E$4>$C$2,E$4<$C$3)*1', 'joins strict tests with OR, flagging every period'],
        ['=AND(E4>=C2,E4<C3)*1', 'leaves the inputs relative and drops the last operating period'],
        ['=(E4>=C2)*1', 'tests only the start and leaves it relative'],
        [
          '=(E$4>$C$2)*(E$4<=$C$3)',
          'uses a strict greater-than and drops the first operating period',
        ],
        ['=(E4>=C2)*(E4<=C3)', 'leaves the input cells relative, so they slide right on filling'],
        [
          '=(E$4>=$C$2)+(E$4<=$C$3)',
          'adds the two tests, so the flag shows 2 in operating periods',
        ],
      ],
      sheet: {
        cells,
        at: 'E6',
        copies: periods.map((p, i) => [`${col(i)}6`, p >= start && p <= end ? 1 : 0] as const),
      },
    })
  }),
  family('compound-escalation-from-first-period', (rng) => {
    const base = drawn(rng, 20, 400)
    const g = rateOf(rng, 2, 9)
    const periods = [1, 2, 3, 4, 5, 6]
    const cells = { C2: base, C3: g, ...across(4, periods) }
    return formulas(rng, {
      stem: `${SHEET}, C2 holds the unit price in year 1 and C3 the annual price growth rate; row 4 numbers the years 1 to 6 from column E. The price line in row 8 starts in E8 and is filled right to J8. Which formula escalates the price correctly?`,
      key: rng.pick(['=$C$2*(1+$C$3)^(E$4-1)', '=$C$2*POWER(1+$C$3,E$4-1)']),
      wrong: [
        ['=$C$2*(1+$C$3)^E$4', 'escalates the first year too, so every year is one step high'],
        ['=$C$2*(1+$C$3*(E$4-1))', 'grows the price by simple rather than compound growth'],
        ['=C2*(1+C3)^(E4-1)', 'leaves the inputs relative, so they slide right on filling'],
        ['=$C$2*$C$3^(E$4-1)', 'raises the growth rate itself instead of one plus the rate'],
        ['=$C$2*(1+$C$3/12)^(E$4-1)', 'applies a monthly growth rate in an annual model'],
        ['=C2*(1+C3)^E4', 'leaves the inputs relative and escalates the first year too'],
        ['=$C$2*(1+$C$3/12)^E$4', 'applies a monthly rate and escalates the first year too'],
        ['=$C$2*(1+$C$3*E$4)', 'grows by simple growth and escalates the first year too'],
        ['=C2*(1+C3*(E4-1))', 'leaves the inputs relative and grows by simple growth'],
        ['=C2*C3^(E4-1)', 'leaves the inputs relative and raises the rate without one plus'],
        ['=$C$2*POWER(1+$C$3,E$4)', 'escalates the first year too, so every year is one step high'],
        ['=C2*POWER(1+C3,E4-1)', 'leaves the inputs relative, so they slide right on filling'],
        ['=$C$2*POWER($C$3,E$4-1)', 'raises the growth rate itself instead of one plus the rate'],
      ],
      sheet: {
        cells,
        at: 'E8',
        copies: periods.map((p, i) => [`${col(i)}8`, base * (1 + g) ** (p - 1)] as const),
      },
    })
  }),
  family('corkscrew-opening-balance', (rng) => {
    const closing = Array.from({ length: 6 }, () => drawn(rng, 100, 900))
    const opening = closing.map((c) => c - drawn(rng, 10, 90))
    const cells = { ...across(9, opening), ...across(12, closing) }
    return formulas(rng, {
      stem: `${SHEET}, a fixed-asset corkscrew has opening balance in row 9, additions in row 10, depreciation in row 11 and closing balance in row 12, one column per year from E. The opening balance in F9 is filled right to J9. Which formula belongs in F9?`,
      key: '=E12',
      wrong: [
        ['=$E$12', 'anchors the first closing balance, so every year opens on it'],
        ['=E9', 'carries the prior opening balance forward instead of the prior closing'],
        ['=F12', 'takes the same year’s closing balance, a circular reference in a live model'],
        ['=$E12', 'pins the column, so every year opens on the first year’s closing balance'],
      ],
      sheet: {
        cells,
        at: 'F9',
        copies: closing.slice(0, 5).map((c, i) => [`${col(i + 1)}9`, c] as const),
      },
    })
  }),
  family('costs-stored-negative', (rng) => {
    const revenue = drawn(rng, 400, 2000, 10)
    const costs = [drawn(rng, 40, 300), drawn(rng, 20, 200), drawn(rng, 10, 100)]
    const cells = { E5: revenue, E6: -costs[0]!, E7: -costs[1]!, E8: -costs[2]! }
    return formulas(rng, {
      stem: `${SHEET}, the model’s sign convention keeps revenue positive and every cost negative. E5 holds revenue and E6:E8 the three operating cost lines for the year. Which formula in E10 gives EBITDA?`,
      key: '=SUM(E5:E8)',
      wrong: [
        ['=E5-SUM(E6:E8)', 'subtracts costs that are already negative, so they are added back'],
        ['=SUM(E6:E8)', 'leaves revenue out of the sum'],
        ['=E5+ABS(SUM(E6:E8))', 'takes the costs’ size and adds it to revenue'],
        ['=E5-E6', 'subtracts only the first cost line, and with its sign flipped'],
      ],
      sheet: { cells, at: 'E10', copies: [['E10', revenue - costs[0]! - costs[1]! - costs[2]!]] },
    })
  }),
  family('interest-on-average-balance', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 200, 2000, 10) * 1000
    const repay = drawn(rng, 20, 150, 5) * 1000
    const r = rateOf(rng, 4, 11, 0.25)
    const close = open - repay
    const key = (r * (open + close)) / 2
    return figure(rng, m, {
      stem: `${Client(rng)}’s term loan opens the year at ${m(open)} and ${m(repay)} is repaid during it. The model charges interest at ${pc(r)} a year on the average of the opening and closing balances. What is the year’s interest?`,
      key,
      wrong: [
        [r * open, 'charges interest on the opening balance only'],
        [r * close, 'charges interest on the closing balance only'],
        [r * (open + close), 'adds the two balances without halving them'],
        [
          r * (open + repay),
          'charges the closing balance with the repayment added instead of deducted',
        ],
      ],
      formula: '=B3*(B1+(B1-B2))/2',
      cells: { B1: open, B2: repay, B3: r },
    })
  }),
  family('average-balance-circularity', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s model sweeps spare cash into repaying a revolving loan, and charges interest on the average of the loan’s opening and closing balances. The spreadsheet now warns of a circular reference. Why?`,
      key: 'Interest depends on the closing balance, which depends on cash after interest',
      wrong: [
        [
          'The opening balance links to the prior year’s closing balance',
          'blames the corkscrew link, which looks only backwards and is never circular',
        ],
        [
          'Interest is worked from an annual rate inside a monthly model',
          'confuses a rate-period mismatch with a circular reference',
        ],
        [
          'The balance sheet check compares total assets with total liabilities and equity',
          'blames the check row, which only reads the balance sheet',
        ],
        [
          'The sweep repays debt out of the prior year’s closing cash',
          'blames a sweep that looks only backwards and so cannot loop',
        ],
      ],
    }),
  ),
  family('circularity-breaker', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s model charges interest on average debt, with iterative calculation switched on. A modeller adds a circularity switch in the inputs that, when set, makes interest use the opening balance instead. What is the switch for?`,
      key: 'Breaking the loop so that errors stuck in it can clear',
      wrong: [
        [
          'Making the model calculate faster by leaving interest out',
          'thinks the switch drops interest rather than changing its base',
        ],
        [
          'Turning iterative calculation off for the whole workbook',
          'confuses a model switch with the application’s calculation setting',
        ],
        [
          'Forcing the balance sheet to balance by plugging cash',
          'mistakes a loop breaker for a balancing plug',
        ],
        [
          'Testing the model against the lender’s own interest figures',
          'treats the switch as a reconciliation to a third party',
        ],
      ],
    }),
  ),
  family('opening-balance-interest-no-loop', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s lender charges interest on the loan balance at the start of each quarter, and the model’s quarterly interest line uses exactly that. The loan is also repaid from a cash sweep. Does this interest line create a circular reference?`,
      key: 'No: the opening balance is known before the quarter starts',
      wrong: [
        [
          'Yes: any cash sweep makes interest circular',
          'thinks a sweep alone loops, whatever balance interest is charged on',
        ],
        [
          'Yes: the opening balance links to the prior closing balance',
          'reads a backward corkscrew link as a loop',
        ],
        [
          'No, but only once iterative calculation is switched on',
          'thinks iteration removes a circularity rather than tolerating it',
        ],
        [
          'Yes: interest reduces cash, which reduces the opening balance',
          'has the opening balance depend on the same quarter’s cash',
        ],
      ],
    }),
  ),
  family('hard-coded-assumption', (rng) => {
    const g = rng.pick(['1.035', '1.04', '1.025', '1.05'])
    return words(rng, {
      stem: `${SHEET}, the inputs sheet holds every assumption. Auditing ${client(rng)}’s revenue sheet, which formula breaks the rule that no assumption is typed into a calculation?`,
      key: `=E10*${g}`,
      wrong: [
        ['=E10*(1+Inputs!$C$5)', 'flags a formula that takes its growth rate from the inputs'],
        ['=E12/12', 'treats months in a year, a fixed fact, as a typed-in assumption'],
        ['=E14*Inputs!$C$7', 'flags a formula that takes its rate from the inputs'],
        ['=SUM(E15:E18)', 'flags a plain total that holds no assumption'],
      ],
      code: true,
    })
  }),
  family('nominal-from-real-and-inflation', (rng) => {
    const real = rateOf(rng, 2, 8)
    const inf = rateOf(rng, 2, 6)
    const key = (1 + real) * (1 + inf) - 1
    return figure(rng, (v) => pc(v), {
      stem: `${Client(rng)}’s model forecasts in nominal terms. The client gives a real discount rate of ${pc(real, 1)} and expected inflation of ${pc(inf, 1)}. By the exact Fisher relation, what nominal rate should the model use?`,
      key,
      wrong: [
        [real + inf, 'adds the two rates, dropping their cross term'],
        [
          (1 + real) / (1 + inf) - 1,
          'divides by inflation, which turns a nominal rate into a real one',
        ],
        [real - inf, 'deducts inflation instead of adding it'],
        [real * (1 + inf), 'inflates the real rate itself'],
      ],
      formula: '=(1+B1)*(1+B2)-1',
      cells: { B1: real, B2: inf },
    })
  }),
  family('first-year-part-period', (rng) => {
    const m = purse(rng)
    const annual = drawn(rng, 120, 960, 12) * 1000
    const month = rng.int(3, 10)
    const names = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    const months = 12 - month + 1
    const key = (annual * months) / 12
    return figure(rng, m, {
      stem: `${Client(rng)} opens a new site on 1 ${names[month - 1]}; its first financial year runs January to December. At full run rate the site earns ${m(annual)} a year, earned evenly by month. What revenue should the model show for the first year?`,
      key,
      wrong: [
        [annual, 'books a full year in the opening year'],
        [(annual * (months - 1)) / 12, 'leaves out the opening month'],
        [(annual * (month - 1)) / 12, 'counts the months before the opening instead of after'],
        [annual / 2, 'applies a half-year convention that the facts do not call for'],
      ],
      formula: '=B1*(12-B2+1)/12',
      cells: { B1: annual, B2: month },
    })
  }),
  family('units-thousands-mismatch', (rng) => {
    const units = drawn(rng, 12, 90) * 1000
    const price = drawn(rng, 8, 60)
    const key = (units * price) / 1000
    const m = purse(rng)
    return figure(rng, (v) => `${Math.round(v).toLocaleString('en-US')}`, {
      stem: `${Client(rng)}’s model shows every money line in thousands (000s). Volume is an input of ${units.toLocaleString('en-US')} units a year and the price an input of ${m(price)} a unit. What number should the revenue line show?`,
      key,
      wrong: [
        [units * price, 'shows revenue in single units on a line labelled in thousands'],
        [(units * price) / 1e6, 'divides by a million, reading 000s as millions'],
        [units / price, 'divides volume by price instead of multiplying, and does not scale'],
        [(units * price) / 100, 'divides by a hundred instead of a thousand'],
      ],
      formula: '=B1*B2/1000',
      cells: { B1: units, B2: price },
    })
  }),
  family('inputs-calculations-outputs', (rng) =>
    words(rng, {
      stem: `${Client(rng)} asks a modeller to tidy a model whose corporate tax rate is typed into formulas on three sheets. Under an inputs, calculations and outputs layout, where should the rate live?`,
      key: 'Once on the inputs sheet, where every formula finds it',
      wrong: [
        [
          'On each calculation sheet, next to the formulas that use it',
          'repeats an input in several places, so a change can miss one',
        ],
        [
          'On the outputs sheet, beside the summary figures, so that readers of the summary can see it',
          'puts an input where readers look rather than where inputs belong',
        ],
        [
          'Inside each formula, as before, with a comment naming the rate',
          'keeps hard-codes and relies on notes to find them',
        ],
        [
          'In a named constant defined by each sheet separately',
          'gives one input several sources again under different names',
        ],
        [
          'On a hidden sheet, out of users’ way',
          'hides an input that reviewers and users must be able to see and change',
        ],
      ],
    }),
  ),
  family('one-formula-per-row', (rng) =>
    words(rng, {
      stem: `${SHEET}, ${client(rng)}’s cost row should hold one formula filled across all forecast years. Auditing the row, which finding breaks that rule?`,
      key: 'Year 4 holds a typed number where the other years hold the formula',
      wrong: [
        [
          'Every year refers to the same growth input with an absolute reference',
          'flags the anchoring that lets one formula fill across',
        ],
        [
          'Each year multiplies the prior year’s cost by one plus growth',
          'flags a consistent formula that refers to the prior column',
        ],
        [
          'The first forecast year refers to the last actual year in the column before it',
          'flags a consistent link that every year makes to its prior column',
        ],
        [
          'The row total sums all forecast years',
          'flags a total column that is outside the time series',
        ],
      ],
    }),
  ),
  family('periodic-rate-from-annual', (rng) => {
    const a = rateOf(rng, 4, 14)
    const key = (1 + a) ** (1 / 4) - 1
    return figure(rng, (v) => pc(v, 3), {
      stem: `${Client(rng)}’s quarterly model must discount at a quarterly rate equivalent to an effective annual rate of ${pc(a, 1)}. What quarterly rate gives the same annual result when compounded?`,
      key,
      wrong: [
        [a / 4, 'divides the annual rate by four, which compounds to more than the annual rate'],
        [a / 12, 'divides by twelve, as if the model were monthly'],
        [(1 + a / 4) ** 4 - 1, 'compounds the quarter of the annual rate back to a year'],
        [(1 + a) ** (1 / 12) - 1, 'takes the monthly root instead of the quarterly one'],
      ],
      formula: '=(1+B1)^(1/4)-1',
      cells: { B1: a },
    })
  }),
  family('counter-from-dates', (rng) => {
    const first = rng.int(2025, 2028)
    const years = [0, 1, 2, 3, 4, 5].map((i) => first + i)
    const cells = { C2: first, ...across(3, years) }
    return formulas(rng, {
      stem: `${SHEET}, row 3 holds the financial years from column E and C2 holds the first forecast year. A period counter in row 4, written in E4 and filled right to J4, must show 1 in the first forecast year, 2 in the next and so on. Which formula belongs in E4?`,
      key: '=E$3-$C$2+1',
      wrong: [
        ['=E$3-$C$2', 'starts the count at zero'],
        ['=E3-C2+1', 'leaves the first-year cell relative, so it slides right on filling'],
        ['=$E$3-$C$2+1', 'anchors the year cell, so every column shows 1'],
        ['=E$3-2000', 'counts from a typed-in base year instead of the input'],
        ['=E3-C2', 'starts at zero and leaves the first-year cell relative'],
        ['=E$3-$C$2-1', 'takes one off instead of adding it'],
        ['=$C$2-E$3+1', 'subtracts the wrong way round, so the counter runs down'],
        ['=E3-C2-1', 'takes one off and leaves the first-year cell relative'],
        ['=$E$3-$C$2', 'anchors the year cell and starts at zero'],
      ],
      sheet: { cells, at: 'E4', copies: years.map((_, i) => [`${col(i)}4`, i + 1] as const) },
    })
  }),
  family('debt-repayment-capped-at-balance', (rng) => {
    const open = [drawn(rng, 100, 400), drawn(rng, 60, 200), drawn(rng, 10, 60)]
    const sched = drawn(rng, 40, 90)
    const cells = { C2: sched, ...across(9, open) }
    return formulas(rng, {
      stem: `${SHEET}, C2 holds the scheduled annual repayment and row 9 the loan’s opening balance each year from column E. The repayment in E10, filled right to G10, must never repay more than is owed. Which formula belongs in E10?`,
      key: '=MIN($C$2,E9)',
      wrong: [
        ['=MAX($C$2,E9)', 'takes the larger of the two, repaying the whole loan at once'],
        ['=$C$2', 'repays the schedule even when less is owed, driving the balance negative'],
        ['=MIN(C2,E9)', 'leaves the schedule input relative, so it slides right on filling'],
        ['=MIN($C$2,E$10)', 'caps at its own cell, a circular reference'],
        ['=E9-$C$2', 'gives the balance after the repayment instead of the repayment'],
        ['=MIN($C$2,$E$9)', 'anchors the first year’s balance, so later years cap at it'],
        ['=MAX(C2,E9)', 'takes the larger of the two and leaves the schedule relative'],
        ['=MAX($C$2,$E$9)', 'takes the larger and anchors the first year’s balance'],
        ['=$C$2-E9', 'deducts the balance from the schedule'],
      ],
      sheet: {
        cells,
        at: 'E10',
        copies: open.map((o, i) => [`${col(i)}10`, Math.min(sched, o)] as const),
      },
    })
  }),
  family('annual-roll-up-of-quarters', (rng) => {
    const first = rng.int(2026, 2028)
    const years = [first, first, first, first, first + 1, first + 1, first + 1, first + 1]
    const revenue = years.map(() => drawn(rng, 40, 400))
    const cells = { C9: first, D9: first + 1, ...across(3, years), ...across(20, revenue) }
    const total = (y: number) => revenue.reduce((s, r, i) => s + (years[i] === y ? r : 0), 0)
    return formulas(rng, {
      stem: `${SHEET}, a quarterly model has its financial year in row 3 and revenue in row 20, quarters in E to L. The annual summary has the years in C9:D9; the annual revenue in C10 is filled right to D10. Which formula belongs in C10?`,
      key: '=SUMIF($E$3:$L$3,C$9,$E$20:$L$20)',
      wrong: [
        ['=SUMIF(E3:L3,C9,E20:L20)', 'leaves the ranges relative, so they slide right on filling'],
        ['=SUM($E$20:$L$20)', 'adds every quarter into each year'],
        ['=SUMIF($E$20:$L$20,C$9,$E$3:$L$3)', 'swaps the criteria range and the sum range'],
        [
          '=SUMIF($E$3:$L$3,$C$9,$E$20:$L$20)',
          'anchors the year label, so every column sums the first year',
        ],
        ['=SUM($E$20:$H$20)', 'sums the first year’s quarters in every column'],
        [
          '=SUMIF(E3:L3,C$9,E20:L20)',
          'leaves the ranges relative though the year label row is anchored',
        ],
        ['=SUMIF($E$20:$L$20,$C$9,$E$3:$L$3)', 'swaps the ranges and anchors the year label'],
        ['=SUM(E20:H20)', 'sums the first four quarters, a window that slides right on filling'],
      ],
      sheet: {
        cells,
        at: 'C10',
        copies: [
          ['C10', total(first)],
          ['D10', total(first + 1)],
        ],
      },
    })
  }),
]

import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  across,
  Client,
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
 * The links that tie the income statement, balance sheet and cash flow together: depreciation,
 * working-capital days, cash from changes in balances, debt and equity roll-forwards, and the
 * balance check.
 */
export const STATEMENT_FAMILIES: readonly ScenarioFamily[] = [
  family('straight-line-with-residual', (rng) => {
    const m = purse(rng)
    const cost = drawn(rng, 40, 400, 5) * 1000
    const res = drawn(rng, 2, 30) * 1000
    const life = rng.int(4, 10)
    const key = (cost - res) / life
    return figure(rng, m, {
      stem: `${Client(rng)} buys equipment for ${m(cost)} at the start of the year, with a residual value of ${m(res)} after ${life} years, depreciated straight-line over that life. What annual depreciation should the model charge?`,
      key,
      wrong: [
        [cost / life, 'ignores the residual value'],
        [(cost + res) / life, 'adds the residual value to the cost'],
        [(cost - res) / (life - 1), 'spreads the charge over one year fewer than the life'],
        [res / life, 'depreciates the residual value instead of the cost less residual'],
      ],
      formula: '=SLN(B1,B2,B3)',
      cells: { B1: cost, B2: res, B3: life },
    })
  }),
  family('depreciation-of-capex-waterfall', (rng) => {
    const m = purse(rng)
    const life = rng.int(3, 6)
    const capex = [drawn(rng, 20, 120), drawn(rng, 20, 120), drawn(rng, 20, 120)].map(
      (c) => c * 1000,
    )
    const key = (capex[0]! + capex[1]! + capex[2]!) / life
    return figure(rng, m, {
      stem: `${Client(rng)}’s model spends capex of ${capex.map(m).join(', ')} at the start of years 1, 2 and 3, each year’s spend depreciated straight-line over ${life} years from the year it is spent, no residual value. What is the depreciation charge in year 3?`,
      key,
      wrong: [
        [capex[2]! / life, 'depreciates only the year’s own capex'],
        [capex[0]! / life, 'depreciates only the first year’s spend, leaving out later capex'],
        [(capex[0]! + capex[1]!) / life, 'starts depreciating each spend a year late'],
        [
          (capex[0]! + capex[1]!) / life + capex[2]! / life / 2,
          'gives the year’s own spend a half-year charge the stem does not call for',
        ],
        [
          (3 * capex[0]! + 2 * capex[1]! + capex[2]!) / life,
          'gives accumulated depreciation to date instead of the year’s charge',
        ],
      ],
      formula: '=(B1+B2+B3)/B4',
      cells: { B1: capex[0]!, B2: capex[1]!, B3: capex[2]!, B4: life },
    })
  }),
  family('receivables-from-debtor-days', (rng) => {
    const m = purse(rng)
    const rev = drawn(rng, 500, 6000, 10) * 1000
    const cogs = Math.round(rev * rng.pick([0.4, 0.5, 0.55, 0.6, 0.65]))
    const days = rng.pick([30, 45, 60, 38, 52])
    const key = (rev * days) / 365
    return figure(rng, m, {
      stem: `${Client(rng)}’s forecast year has revenue of ${m(rev)} and cost of sales of ${m(cogs)}, all on credit. Receivable days are ${days} on a 365-day year. What closing trade receivables should the balance sheet show?`,
      key,
      wrong: [
        [(cogs * days) / 365, 'drives receivables from cost of sales'],
        [(rev * days) / 12, 'divides by months instead of days'],
        [(rev * 365) / days, 'inverts the days ratio'],
        [(rev * days) / 360, 'uses a 360-day year the stem does not give'],
        [rev / days, 'divides revenue by the days'],
      ],
      formula: '=B1*B3/365',
      cells: { B1: rev, B2: cogs, B3: days },
    })
  }),
  family('inventory-from-stock-days', (rng) => {
    const m = purse(rng)
    const rev = drawn(rng, 800, 6000, 10) * 1000
    const cogs = Math.round(rev * rng.pick([0.45, 0.5, 0.6, 0.65, 0.7]))
    const days = rng.pick([40, 55, 70, 90, 62])
    const key = (cogs * days) / 365
    return figure(rng, m, {
      stem: `${Client(rng)}’s forecast has revenue of ${m(rev)} and cost of sales of ${m(cogs)}. Inventory days are ${days}, measured on cost of sales over a 365-day year. What closing inventory should the model show?`,
      key,
      wrong: [
        [(rev * days) / 365, 'drives inventory from revenue'],
        [(cogs * 365) / days, 'inverts the days ratio'],
        [(cogs * days) / 12, 'divides by months instead of days'],
        [((rev - cogs) * days) / 365, 'drives inventory from gross profit'],
        [(cogs * days) / 360, 'uses a 360-day year the stem does not give'],
        [cogs / days, 'divides cost of sales by the days'],
      ],
      formula: '=B2*B3/365',
      cells: { B1: rev, B2: cogs, B3: days },
    })
  }),
  family('payables-from-creditor-days', (rng) => {
    const m = purse(rng)
    const purchases = drawn(rng, 300, 4000, 10) * 1000
    const rev = Math.round(purchases * rng.pick([1.6, 1.8, 2, 2.5]))
    const days = rng.pick([30, 45, 60, 35, 50])
    const key = (purchases * days) / 365
    return figure(rng, m, {
      stem: `${Client(rng)} buys ${m(purchases)} of goods a year on credit and sells ${m(rev)}. Payable days are ${days}, measured on purchases over a 365-day year. What closing trade payables should the model show?`,
      key,
      wrong: [
        [(rev * days) / 365, 'drives payables from revenue'],
        [(purchases * 365) / days, 'inverts the days ratio'],
        [(purchases * days) / 360, 'uses a 360-day year the stem does not give'],
        [(purchases * days) / 12, 'divides by months instead of days'],
        [purchases / days, 'divides purchases by the days'],
      ],
      formula: '=B1*B3/365',
      cells: { B1: purchases, B2: rev, B3: days },
    })
  }),
  family('cash-effect-of-receivables-change', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 100, 800) * 1000
    // Receivables rise, so the line is an outflow: a fall's positive key would stand apart from
    // the balances offered as mistakes.
    const close = open + drawn(rng, 20, 200) * 1000
    const key = open - close
    return figure(rng, m, {
      stem: `${Client(rng)}’s trade receivables go from ${m(open)} at the start of the year to ${m(close)} at the end. In the indirect cash flow, what is the working-capital line for receivables (cash in positive, cash out negative)?`,
      key,
      wrong: [
        [close - open, 'adds an increase in receivables to cash, flipping the sign'],
        [-close, 'deducts the whole closing balance'],
        [open, 'takes the opening balance as the movement'],
        [close, 'takes the closing balance as the movement'],
      ],
      formula: '=B1-B2',
      cells: { B1: open, B2: close },
    })
  }),
  family('net-working-capital-movement', (rng) => {
    const m = purse(rng)
    const ar = [drawn(rng, 100, 500), drawn(rng, 100, 500)].map((v) => v * 1000)
    const inv = [drawn(rng, 50, 300), drawn(rng, 50, 300)].map((v) => v * 1000)
    const ap = [drawn(rng, 60, 300), drawn(rng, 60, 300)].map((v) => v * 1000)
    const key = ar[0]! - ar[1]! + (inv[0]! - inv[1]!) + (ap[1]! - ap[0]!)
    return figure(rng, m, {
      stem: `${Client(rng)}’s balance sheet shows receivables ${m(ar[0]!)} → ${m(ar[1]!)}, inventory ${m(inv[0]!)} → ${m(inv[1]!)} and payables ${m(ap[0]!)} → ${m(ap[1]!)} (opening → closing). What is the cash flow from the change in working capital (cash in positive)?`,
      key,
      wrong: [
        [
          ar[0]! - ar[1]! + (inv[0]! - inv[1]!) - (ap[1]! - ap[0]!),
          'reverses the sign of the payables movement',
        ],
        [-key, 'flips the sign of every movement'],
        [ar[0]! - ar[1]! + (inv[0]! - inv[1]!), 'leaves payables out'],
        [ar[1]! + inv[1]! - ap[1]!, 'takes closing working capital instead of its change'],
      ],
      formula: '=(B1-C1)+(B2-C2)-(B3-C3)',
      cells: { B1: ar[0]!, C1: ar[1]!, B2: inv[0]!, C2: inv[1]!, B3: ap[0]!, C3: ap[1]! },
    })
  }),
  family('operating-cash-flow-indirect', (rng) => {
    const m = purse(rng)
    const ni = drawn(rng, 100, 900) * 1000
    const dep = drawn(rng, 30, 200) * 1000
    const wc = drawn(rng, 10, 150) * 1000
    const key = ni + dep - wc
    return figure(rng, m, {
      stem: `${Client(rng)}’s year shows net income of ${m(ni)}, depreciation of ${m(dep)}, and working capital (receivables plus inventory less payables) up by ${m(wc)}. What is cash flow from operations by the indirect method?`,
      key,
      wrong: [
        [ni - dep - wc, 'deducts depreciation a second time instead of adding it back'],
        [ni + dep + wc, 'adds the rise in working capital to cash'],
        [ni - wc, 'leaves out the depreciation add-back'],
        [ni + dep, 'leaves out the working-capital movement'],
      ],
      formula: '=B1+B2-B3',
      cells: { B1: ni, B2: dep, B3: wc },
    })
  }),
  family('fixed-asset-roll-forward', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 300, 2000) * 1000
    const capex = drawn(rng, 40, 400) * 1000
    const dep = drawn(rng, 30, 250) * 1000
    const disp = drawn(rng, 5, 60) * 1000
    const key = open + capex - dep - disp
    return figure(rng, m, {
      stem: `${Client(rng)}’s net fixed assets open at ${m(open)}. In the year it spends ${m(capex)} on capex, charges depreciation of ${m(dep)} and disposes of assets with a net book value of ${m(disp)}. What is the closing net book value?`,
      key,
      wrong: [
        [open + capex - dep, 'leaves out the disposal'],
        [open - capex - dep - disp, 'deducts the capex instead of adding it'],
        [open + capex + dep - disp, 'adds depreciation back as if in a cash flow'],
        [open + capex - disp, 'leaves out depreciation'],
      ],
      formula: '=B1+B2-B3-B4',
      cells: { B1: open, B2: capex, B3: dep, B4: disp },
    })
  }),
  family('retained-earnings-roll-forward', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 200, 3000) * 1000
    const ni = drawn(rng, 50, 600) * 1000
    const payout = rng.pick([0.25, 0.3, 0.4, 0.5])
    const key = open + ni * (1 - payout)
    return figure(rng, m, {
      stem: `${Client(rng)}’s retained earnings open at ${m(open)}. Net income for the year is ${m(ni)} and the policy pays out ${pc(payout, 0)} of it as dividends within the year. What are closing retained earnings?`,
      key,
      wrong: [
        [open + ni, 'leaves out the dividend'],
        [open + ni * payout, 'adds the dividend instead of the profit kept'],
        [open - ni * payout, 'deducts the dividend but leaves out the income'],
        [ni * (1 - payout), 'shows the year’s retained profit without the opening balance'],
      ],
      formula: '=B1+B2*(1-B3)',
      cells: { B1: open, B2: ni, B3: payout },
    })
  }),
  family('tax-payable-balance', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 20, 200) * 1000
    const charge = drawn(rng, 50, 300) * 1000
    const paid = drawn(rng, 40, 260) * 1000
    const key = open + charge - paid
    return figure(rng, m, {
      stem: `${Client(rng)}’s corporation tax payable opens at ${m(open)}. The year’s tax charge is ${m(charge)} and ${m(paid)} is paid to the tax authority in the year. What tax payable closes the year?`,
      key,
      wrong: [
        [charge, 'takes the year’s charge as the balance'],
        [open + charge + paid, 'adds the payment instead of deducting it'],
        [charge - paid, 'leaves out the opening balance'],
        [open - charge + paid, 'reverses the direction of charge and payment'],
      ],
      formula: '=B1+B2-B3',
      cells: { B1: open, B2: charge, B3: paid },
    })
  }),
  family('cost-of-sales-from-margin', (rng) => {
    const m = purse(rng)
    const rev = drawn(rng, 200, 5000) * 1000
    const gm = rng.pick([0.35, 0.4, 0.45, 0.55, 0.62, 0.7])
    const key = rev * (1 - gm)
    return figure(rng, m, {
      stem: `${Client(rng)} forecasts revenue of ${m(rev)} at a gross margin of ${pc(gm, 0)}. What cost of sales should the income statement show?`,
      key,
      wrong: [
        [rev * gm, 'gives gross profit instead of cost of sales'],
        [rev / (1 + gm), 'treats the margin as a mark-up on cost'],
        [rev - rev / (1 - gm), 'grosses revenue up by the margin'],
        [rev * (1 + gm), 'adds the margin to revenue'],
      ],
      formula: '=B1*(1-B2)',
      cells: { B1: rev, B2: gm },
    })
  }),
  family('cash-from-cash-flow-not-plug', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s three-statement model does not balance. The previous modeller set balance-sheet cash as total liabilities and equity minus all other assets. Where should closing cash come from?`,
      key: 'Opening cash plus the cash flow statement’s net flow',
      wrong: [
        [
          'The existing formula, since it makes the balance check pass',
          'accepts a cash plug that hides every linking error',
        ],
        [
          'Revenue less expenses for the year, added to opening cash',
          'takes profit as the cash movement',
        ],
        ['A typed-in figure from the bank statement each year', 'hard-codes a forecast balance'],
        [
          'The prior year’s closing cash, carried forward unchanged into every later year',
          'leaves the year’s cash flow out of the balance',
        ],
      ],
    }),
  ),
  family('cash-sweep-repayment', (rng) => {
    const avail = [drawn(rng, 40, 300), drawn(rng, 40, 300), drawn(rng, 40, 300)]
    const debt = [drawn(rng, 150, 500), drawn(rng, 20, 200), drawn(rng, 10, 120)]
    const cells = { ...across(20, avail), ...across(21, debt) }
    return formulas(rng, {
      stem: `${SHEET}, row 20 holds the cash available for debt repayment each year (from column E, never negative) and row 21 the debt balance before repayment. A full cash sweep in E22, filled right to G22, repays as much as it can. Which formula belongs in E22?`,
      key: '=MIN(E20,E21)',
      wrong: [
        ['=MAX(E20,E21)', 'repays the larger amount, more than is owed or more than the cash'],
        ['=E20', 'sweeps all cash even after the debt is gone'],
        ['=E21', 'repays the whole balance whether or not the cash is there'],
        ['=MIN($E$20,$E$21)', 'anchors the first year, so every year repays that amount'],
        ['=E21-E20', 'gives the debt left after sweeping instead of the repayment'],
        ['=MIN(E20,E21,0)', 'adds zero to the MIN, so nothing is ever repaid'],
        ['=MIN(E20,$E$21)', 'anchors the first year’s debt balance'],
        ['=MAX($E$20,$E$21)', 'anchors the first year and repays the larger amount'],
        ['=E21-$E$20', 'anchors the first year’s cash and gives the debt left'],
      ],
      sheet: {
        cells,
        at: 'E22',
        copies: avail.map((a, i) => [`${col(i)}22`, Math.min(a, debt[i]!)] as const),
      },
    })
  }),
  family('revolver-draw-to-minimum-cash', (rng) => {
    const before = [drawn(rng, -120, 200), drawn(rng, -120, 200), drawn(rng, -120, 200)]
    const min = drawn(rng, 20, 60)
    const cells = { C2: min, ...across(30, before) }
    return formulas(rng, {
      stem: `${SHEET}, C2 holds the minimum cash balance and row 30 the cash balance before any revolver draw, one column per year from E. The revolver draw in E31, filled right to G31, tops cash up to the minimum and is never negative. Which formula belongs in E31?`,
      key: rng.pick(['=MAX(0,$C$2-E30)', '=IF(E30<$C$2,$C$2-E30,0)', '=MAX($C$2-E30,0)']),
      wrong: [
        ['=$C$2-E30', 'lets the draw go negative when cash is above the minimum'],
        ['=MAX(0,E30-$C$2)', 'draws on the surplus instead of the shortfall'],
        ['=MAX(0,-E30)', 'tops up to zero, ignoring the minimum balance'],
        ['=MIN(0,$C$2-E30)', 'takes the smaller of zero and the shortfall, never drawing'],
        ['=MAX(0,C2-E30)', 'leaves the minimum-cash input relative, so it slides right'],
        ['=MAX($C$2,-E30)', 'draws the larger of the minimum and the overdraft instead of the gap'],
        ['=MAX(0,$C$2+E30)', 'adds cash to the minimum instead of taking it off'],
        ['=MAX(0,E30-C2)', 'draws on the surplus and leaves the minimum relative'],
        ['=MIN(0,E30-$C$2)', 'takes the smaller of zero and the surplus, never drawing'],
        ['=C2-E30', 'leaves the minimum relative and lets the draw go negative'],
        ['=MAX(0,C2+E30)', 'leaves the minimum relative and adds cash to it'],
        [
          '=IF(E30<$C$2,E30-$C$2,0)',
          'draws a negative amount, the shortfall with its sign flipped',
        ],
        ['=IF(E30<0,-E30,0)', 'tops up to zero, ignoring the minimum balance'],
        ['=IF(E30<C2,C2-E30,0)', 'leaves the minimum-cash input relative, so it slides right'],
      ],
      sheet: {
        cells,
        at: 'E31',
        copies: before.map((b, i) => [`${col(i)}31`, Math.max(0, min - b)] as const),
      },
    })
  }),
  family('balance-check-formula', (rng) => {
    const assets = drawn(rng, 500, 3000)
    const off = rng.pick([0, 0, 3, -2])
    const cells = { E40: assets, E60: assets + off }
    return formulas(rng, {
      stem: `${SHEET}, E40 holds total assets and E60 total liabilities plus equity, both in thousands. A check in E62 must show 0 when the balance sheet balances and 1 when it does not, ignoring differences under 0.001 left by floating-point arithmetic. Which formula belongs in E62?`,
      // Three equally correct ways to write the flag; the draw shows one.
      key: rng.pick([
        '=IF(ABS(E40-E60)>0.001,1,0)',
        '=(ABS(E40-E60)>0.001)*1',
        '=IF(ABS(E40-E60)<=0.001,0,1)',
      ]),
      wrong: [
        ['=IF(E40-E60>0.001,1,0)', 'misses a balance sheet where liabilities exceed assets'],
        ['=IF(E40=E60,1,0)', 'flags a balanced sheet and passes one that fails'],
        ['=E40-E60', 'shows the difference, not a 0 or 1 flag'],
        ['=IF(ABS(E40-E60)>0.001,0,1)', 'swaps the flag values'],
        [
          '=IF(ABS(E40)-ABS(E60)>0.001,1,0)',
          'compares the totals’ sizes, missing liabilities above assets',
        ],
        [
          '=IF(ROUND(E40-E60,0)<>0,1,0)',
          'rounds to whole thousands, passing differences under 500',
        ],
        ['=IF(E40-E60>0.001,0,1)', 'tests one direction only and swaps the flag values'],
        ['=IF(E40<>E60,0,1)', 'tests exact equality and swaps the flag values'],
        [
          '=IF(ABS(E40-E60)>0.001*E40,1,0)',
          'scales the tolerance by total assets, so real differences pass',
        ],
      ],
      sheet: { cells, at: 'E62', copies: [['E62', off === 0 ? 0 : 1]] },
    })
  }),
  family('debt-closing-balance', (rng) => {
    const m = purse(rng)
    const open = drawn(rng, 200, 2000) * 1000
    const draw = drawn(rng, 20, 300) * 1000
    const repay = drawn(rng, 30, 250) * 1000
    const r = rateOf(rng, 5, 10)
    const key = open + draw - repay
    return figure(rng, m, {
      stem: `${Client(rng)}’s loan opens at ${m(open)}. In the year it draws ${m(draw)}, repays ${m(repay)} and pays interest of ${pc(r, 1)} on the opening balance in cash. What is the closing loan balance?`,
      key,
      wrong: [
        [open + draw - repay + open * r, 'adds the paid interest to the balance'],
        [open - draw - repay, 'deducts the new draw'],
        [open + draw - repay - open * r, 'deducts interest as if it repaid principal'],
        [open - repay, 'leaves out the draw'],
      ],
      formula: '=B1+B2-B3',
      cells: { B1: open, B2: draw, B3: repay, B4: r },
    })
  }),
  family('deferred-revenue-balance', (rng) => {
    const m = purse(rng)
    const fee = drawn(rng, 12, 120) * 1200
    const month = rng.int(2, 11)
    const key = (fee * (month - 1)) / 12
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
    return figure(rng, m, {
      stem: `${Client(rng)} bills and collects a ${m(fee)} annual subscription on 1 ${names[month - 1]}, earned evenly by month over the next twelve months. At its 31 December year end, what deferred revenue should the balance sheet show?`,
      key,
      wrong: [
        [
          (fee * (12 - month + 1)) / 12,
          'gives the revenue earned to date instead of what is still owed',
        ],
        [fee, 'defers the whole subscription'],
        [(fee * month) / 12, 'counts one more month unearned than remain'],
        [0, 'recognises the cash as revenue when collected'],
      ],
      formula: '=B1*(B2-1)/12',
      cells: { B1: fee, B2: month },
    })
  }),
  family('cash-flow-capex-sign', (rng) => {
    const m = purse(rng)
    const cfo = drawn(rng, 300, 1500) * 1000
    const capex = drawn(rng, 50, 400) * 1000
    const proceeds = drawn(rng, 5, 80) * 1000
    const divs = drawn(rng, 10, 150) * 1000
    const key = cfo - capex + proceeds - divs
    return figure(rng, m, {
      stem: `${Client(rng)}’s year has cash from operations of ${m(cfo)}, capex of ${m(capex)}, proceeds from an asset sale of ${m(proceeds)} and dividends paid of ${m(divs)}; nothing else moves cash. What is the year’s net change in cash?`,
      key,
      wrong: [
        [cfo + capex + proceeds - divs, 'adds capex instead of deducting it'],
        [cfo - capex - proceeds - divs, 'deducts the sale proceeds'],
        [cfo - capex + proceeds, 'leaves out the dividends'],
        [cfo - capex + proceeds + divs, 'adds dividends paid'],
      ],
      formula: '=B1-B2+B3-B4',
      cells: { B1: cfo, B2: capex, B3: proceeds, B4: divs },
    })
  }),
  family('reducing-balance-second-year', (rng) => {
    const m = purse(rng)
    const cost = drawn(rng, 20, 300, 5) * 1000
    const rate = rng.pick([0.2, 0.25, 0.3, 0.4])
    const key = cost * (1 - rate) * rate
    return figure(rng, m, {
      stem: `${Client(rng)} buys a van for ${m(cost)} at the start of year 1 and depreciates it at ${pc(rate, 0)} a year on the reducing balance, a full year’s charge in year 1. What is the depreciation charge in year 2?`,
      key,
      wrong: [
        [cost * rate, 'charges the rate on cost again, as straight-line'],
        [cost * (1 - rate) ** 2, 'gives the closing book value instead of the charge'],
        [cost * rate * 2, 'adds up two years of charges'],
        [cost * (1 - rate), 'gives the opening book value instead of the charge'],
        [cost * rate * rate, 'applies the rate to the year-1 charge instead of the book value'],
        [
          cost * (1 - rate) ** 2 * rate,
          'charges the rate on the year-2 closing value, a year late',
        ],
      ],
      formula: '=B1*(1-B2)*B2',
      cells: { B1: cost, B2: rate },
    })
  }),
  family('share-issue-net-proceeds', (rng) => {
    const m = purse(rng)
    const shares = drawn(rng, 100, 900) * 1000
    const price = drawn(rng, 2, 20, 0.5)
    const fees = rng.pick([0.03, 0.04, 0.05, 0.06])
    const gross = shares * price
    const key = gross * (1 - fees)
    const symbol = m(0).slice(0, -1)
    return figure(rng, m, {
      stem: `${Client(rng)} raises equity by issuing ${shares.toLocaleString('en-US')} new shares at a price of ${symbol}${price.toFixed(2)} a share; the placing fees, paid in cash at completion, are ${pc(fees, 0)} of the amount raised. What cash inflow does the financing section of the cash flow show for the raise?`,
      key,
      wrong: [
        [gross, 'leaves the fees in the financing inflow'],
        [gross * fees, 'shows the fees instead of the net proceeds'],
        [gross * (1 + fees), 'adds the fees to the amount raised'],
        [gross / (1 + fees), 'divides by one plus the fee rate instead of taking the fees off'],
      ],
      formula: '=B1*B2*(1-B3)',
      cells: { B1: shares, B2: price, B3: fees },
    })
  }),
]

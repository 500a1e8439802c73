/**
 * A second implementation of the statement-analysis answers, written apart from the item
 * families: each case's figures are posted to a small ledger of named balances and flows, and
 * every ratio is read off it through a handful of analyst's operations (average a balance, turn
 * a balance into days of a flow, grow one period on another), so a slip in either version shows
 * as a disagreement. Keyed by family, then by slip (`key` for the right answer).
 */
type In = Readonly<Record<string, number>>
type Twin = (x: In) => number
export type Twins = Readonly<Record<string, Readonly<Record<string, Twin>>>>

/** Mean of an opening and a closing balance. */
const mean = (open: number, close: number) => (open + close) / 2
/** A balance expressed in days of an annual (or period) flow. */
const daysOf = (balance: number, flow: number, basis: number) => (balance * basis) / flow
/** Relative change of `now` on `base`. */
const grow = (base: number, now: number) => now / base - 1
const sum = (...xs: number[]) => xs.reduce((s, v) => s + v, 0)
/** Working back a cash flow from a flow and a balance roll: flow + opening − closing. */
const settled = (flow: number, open: number, close: number) => flow - (close - open)

const LIQUIDITY: Twins = {
  'current-ratio': {
    key: (x) => sum(x.cash!, x.ar!, x.inv!) / x.cl!,
    quick: (x) => sum(x.cash!, x.ar!) / x.cl!,
    allLiab: (x) => sum(x.cash!, x.ar!, x.inv!) / sum(x.cl!, x.ltd!),
    inverse: (x) => x.cl! / sum(x.cash!, x.ar!, x.inv!),
    allAssets: (x) => sum(x.cash!, x.ar!, x.inv!, x.ncl!) / x.cl!,
  },
  'quick-ratio-excludes-inventory-and-prepayments': {
    key: (x) => sum(x.cash!, x.ar!) / x.cl!,
    withPre: (x) => sum(x.cash!, x.ar!, x.pre!) / x.cl!,
    current: (x) => sum(x.cash!, x.ar!, x.inv!, x.pre!) / x.cl!,
    cashOnly: (x) => x.cash! / x.cl!,
    withInv: (x) => sum(x.cash!, x.ar!, x.inv!) / x.cl!,
  },
  'cash-ratio': {
    key: (x) => sum(x.cash!, x.mkt!) / x.cl!,
    cashOnly: (x) => x.cash! / x.cl!,
    quick: (x) => sum(x.cash!, x.mkt!, x.ar!) / x.cl!,
    inverse: (x) => x.cl! / sum(x.cash!, x.mkt!),
  },
  'debt-to-equity-interest-bearing': {
    key: (x) => sum(x.std!, x.ltd!) / x.eq!,
    withAp: (x) => sum(x.std!, x.ltd!, x.ap!) / x.eq!,
    longOnly: (x) => x.ltd! / x.eq!,
    capital: (x) => sum(x.std!, x.ltd!) / sum(x.std!, x.ltd!, x.eq!),
    inverse: (x) => x.eq! / sum(x.std!, x.ltd!),
  },
  'gearing-debt-to-capital': {
    key: (x) => x.debt! / sum(x.debt!, x.eq!),
    de: (x) => x.debt! / x.eq!,
    net: (x) => (x.debt! - x.cash!) / sum(x.debt! - x.cash!, x.eq!),
    eqShare: (x) => x.eq! / sum(x.debt!, x.eq!),
  },
  'debt-ratio-total-liabilities': {
    key: (x) => sum(x.cl!, x.ncl!) / sum(x.cl!, x.ncl!, x.eq!),
    ncl: (x) => x.ncl! / sum(x.cl!, x.ncl!, x.eq!),
    overEq: (x) => sum(x.cl!, x.ncl!) / x.eq!,
    equity: (x) => x.eq! / sum(x.cl!, x.ncl!, x.eq!),
  },
  'net-debt-to-ebitda': {
    key: (x) => (x.debt! - x.cash!) / sum(x.ebit!, x.da!),
    gross: (x) => x.debt! / sum(x.ebit!, x.da!),
    ebit: (x) => (x.debt! - x.cash!) / x.ebit!,
    addCash: (x) => sum(x.debt!, x.cash!) / sum(x.ebit!, x.da!),
    grossEbit: (x) => x.debt! / x.ebit!,
  },
  'interest-coverage-ebit': {
    key: (x) => x.ebit! / x.int!,
    pbt: (x) => x.ebit! / x.int! - 1,
    net: (x) => (x.ebit! - x.int! - x.tax!) / x.int!,
    inverse: (x) => x.int! / x.ebit!,
  },
  'fixed-charge-coverage-with-lease-cost': {
    key: (x) => sum(x.ebit!, x.lease!) / sum(x.int!, x.lease!),
    tie: (x) => x.ebit! / x.int!,
    noAddBack: (x) => x.ebit! / sum(x.int!, x.lease!),
    topOnly: (x) => sum(x.ebit!, x.lease!) / x.int!,
  },
  'debt-service-coverage': {
    key: (x) => (x.ebitda! - x.tax!) / sum(x.int!, x.prin!),
    intOnly: (x) => (x.ebitda! - x.tax!) / x.int!,
    preTax: (x) => x.ebitda! / sum(x.int!, x.prin!),
    prinOnly: (x) => (x.ebitda! - x.tax!) / x.prin!,
  },
  'cash-interest-coverage-ebitda': {
    key: (x) => sum(x.ebit!, x.da!) / x.int!,
    ebit: (x) => x.ebit! / x.int!,
    minus: (x) => (x.ebit! - x.da!) / x.int!,
    pbt: (x) => sum(x.ebit!, x.da!) / x.int! - 1,
  },
  'working-capital-amount': {
    key: (x) => sum(x.cash!, x.ar!, x.inv!) - sum(x.ap!, x.cpd!),
    noCpd: (x) => sum(x.cash!, x.ar!, x.inv!) - x.ap!,
    allDebt: (x) => sum(x.cash!, x.ar!, x.inv!) - sum(x.ap!, x.cpd!, x.ltd!),
    operating: (x) => sum(x.ar!, x.inv!) - x.ap!,
  },
  'current-ratio-after-paying-suppliers': {
    key: (x) => sum(x.ca!, x.pay!) / sum(x.cl!, x.pay!),
    asIs: (x) => x.ca! / x.cl!,
    liabOnly: (x) => x.ca! / sum(x.cl!, x.pay!),
    reversed: (x) => (x.ca! - x.pay!) / (x.cl! - x.pay!),
  },
  'defensive-interval-days': {
    key: (x) => daysOf(sum(x.cash!, x.mkt!, x.ar!), x.opex! - x.da!, 365),
    withDa: (x) => daysOf(sum(x.cash!, x.mkt!, x.ar!), x.opex!, 365),
    cashOnly: (x) => daysOf(x.cash!, x.opex! - x.da!, 365),
    y360: (x) => daysOf(sum(x.cash!, x.mkt!, x.ar!), x.opex! - x.da!, 360),
  },
  'times-interest-earned-with-capitalised-interest': {
    key: (x) => x.ebit! / sum(x.exp!, x.cap!),
    expensed: (x) => x.ebit! / x.exp!,
    capOnly: (x) => x.ebit! / x.cap!,
    addBack: (x) => sum(x.ebit!, x.cap!) / sum(x.exp!, x.cap!),
  },
  'net-debt-amount-with-leases': {
    key: (x) => sum(x.loans!, x.lease!) - x.cash!,
    noLease: (x) => x.loans! - x.cash!,
    gross: (x) => sum(x.loans!, x.lease!),
    withAp: (x) => sum(x.loans!, x.lease!, x.ap!) - x.cash!,
    addCash: (x) => sum(x.loans!, x.lease!, x.cash!),
  },
}

const PROFITABILITY: Twins = {
  'gross-margin-from-income-statement': {
    key: (x) => 1 - x.cogs! / x.rev!,
    markup: (x) => x.rev! / x.cogs! - 1,
    operating: (x) => 1 - sum(x.cogs!, x.opex!) / x.rev!,
    costShare: (x) => x.cogs! / x.rev!,
    gpOverCosts: (x) => (x.rev! - x.cogs!) / sum(x.cogs!, x.opex!),
  },
  'operating-margin': {
    key: (x) => x.gp! / x.rev! - x.opex! / x.rev!,
    gross: (x) => x.gp! / x.rev!,
    afterInt: (x) => (x.gp! - sum(x.opex!, x.int!)) / x.rev!,
    overGp: (x) => 1 - x.opex! / x.gp!,
  },
  'net-margin-after-tax': {
    key: (x) => x.ebt! / x.rev! - x.tax! / x.rev!,
    preTax: (x) => x.ebt! / x.rev!,
    taxRate: (x) => x.tax! / x.ebt!,
    overEbt: (x) => 1 - x.tax! / x.ebt!,
    taxShare: (x) => x.tax! / x.rev!,
    plusTax: (x) => sum(x.ebt!, x.tax!) / x.rev!,
  },
  'return-on-average-assets': {
    key: (x) => x.ni! / mean(x.open!, x.close!),
    closing: (x) => x.ni! / x.close!,
    opening: (x) => x.ni! / x.open!,
    noHalf: (x) => x.ni! / sum(x.open!, x.close!),
  },
  'return-on-average-equity': {
    key: (x) => x.ni! / mean(x.open!, x.open! + x.ni! - x.div!),
    opening: (x) => x.ni! / x.open!,
    closing: (x) => x.ni! / (x.open! + x.ni! - x.div!),
    retained: (x) => (x.ni! - x.div!) / mean(x.open!, x.open! + x.ni! - x.div!),
    noDiv: (x) => x.ni! / mean(x.open!, x.open! + x.ni!),
  },
  'dupont-three-step-roe': {
    // Rebuilt from a notional company with revenue 1,000: income, assets and equity.
    key: (x) => (1000 * x.margin!) / (1000 / x.turn! / x.mult!),
    roa: (x) => (1000 * x.margin!) / (1000 / x.turn!),
    divide: (x) => (1000 * x.margin!) / (1000 / x.turn!) / x.mult!,
    deRatio: (x) => ((1000 * x.margin!) / (1000 / x.turn!)) * (x.mult! - 1),
    noTurnover: (x) => x.margin! * x.mult!,
  },
  'dupont-equity-multiplier-from-debt-ratio': {
    key: (x) => 100 / (100 - 100 * x.d!),
    de: (x) => (100 * x.d!) / (100 - 100 * x.d!),
    debtInv: (x) => 100 / (100 * x.d!),
    onePlus: (x) => 1 + x.d!,
    equityShare: (x) => (100 - 100 * x.d!) / 100,
  },
  'dupont-five-step-tax-burden': {
    key: (x) => 1 - x.tax! / (x.ebit! - x.int!),
    rate: (x) => x.tax! / (x.ebit! - x.int!),
    interest: (x) => 1 - x.int! / x.ebit!,
    overEbit: (x) => (x.ebit! - x.int! - x.tax!) / x.ebit!,
    taxOverNi: (x) => x.tax! / (x.ebit! - x.int! - x.tax!),
    ebitBase: (x) => (x.ebit! - x.tax!) / x.ebit!,
  },
  'dupont-five-step-interest-burden': {
    key: (x) => 1 - x.int! / x.ebit!,
    share: (x) => x.int! / x.ebit!,
    overPbt: (x) => 1 / (1 - x.int! / x.ebit!),
    overInt: (x) => x.int! / (x.ebit! - x.int!),
    plus: (x) => 1 + x.int! / x.ebit!,
    cover: (x) => x.ebit! / x.int!,
  },
  'roce-capital-employed': {
    key: (x) => x.ebit! / (x.ta! - x.cl!),
    assets: (x) => x.ebit! / x.ta!,
    netIncome: (x) => x.ni! / (x.ta! - x.cl!),
    addCl: (x) => x.ebit! / sum(x.ta!, x.cl!),
  },
  'basic-eps-preference-dividends': {
    key: (x) => (x.ni! - x.pref!) / x.sh!,
    noPref: (x) => x.ni! / x.sh!,
    bothDiv: (x) => (x.ni! - x.pref! - x.ord!) / x.sh!,
    addPref: (x) => sum(x.ni!, x.pref!) / x.sh!,
  },
  'weighted-average-shares-issue': {
    // Month by month: the shares in issue in each of the twelve months, averaged.
    key: (x) => monthly(x, x.outstanding!),
    closing: (x) => x.open! + x.issue!,
    opening: (x) => x.open!,
    elapsed: (x) => monthly(x, 12 - x.outstanding!),
    half: (x) => monthly(x, 6),
    lateStart: (x) => monthly(x, x.outstanding! - 1),
  },
  'effective-tax-rate': {
    key: (x) => x.tax! / x.ebt!,
    overNet: (x) => x.tax! / (x.ebt! - x.tax!),
    overRev: (x) => x.tax! / x.rev!,
    burden: (x) => 1 - x.tax! / x.ebt!,
  },
  'roic-from-nopat': {
    key: (x) => (x.ebit! - x.ebit! * x.t!) / (x.debt! + x.eq! - x.cash!),
    preTax: (x) => x.ebit! / (x.debt! + x.eq! - x.cash!),
    withCash: (x) => (x.ebit! - x.ebit! * x.t!) / sum(x.debt!, x.eq!),
    equityOnly: (x) => (x.ebit! - x.ebit! * x.t!) / x.eq!,
  },
  'margin-change-in-percentage-points': {
    key: (x) => x.p1! / x.r1! - x.p0! / x.r0!,
    relative: (x) => grow(x.p0! / x.r0!, x.p1! / x.r1!),
    profitGrowth: (x) => grow(x.p0!, x.p1!),
    gap: (x) => (x.p1! - x.p0!) / x.r1!,
    lastRevenue: (x) => (x.p1! - x.p0!) / x.r0!,
    avgRevenue: (x) => (x.p1! - x.p0!) / mean(x.r0!, x.r1!),
  },
  'return-on-equity-with-preference-shares': {
    key: (x) => (x.ni! - x.pdiv!) / x.ord!,
    total: (x) => x.ni! / sum(x.pref!, x.ord!),
    noPdiv: (x) => x.ni! / x.ord!,
    totalEq: (x) => (x.ni! - x.pdiv!) / sum(x.pref!, x.ord!),
    pdivAdded: (x) => sum(x.ni!, x.pdiv!) / x.ord!,
    prefOnly: (x) => x.pdiv! / x.pref!,
  },
}

/** Shares in issue month by month when `after` months follow the issue, averaged over twelve. */
function monthly(x: In, after: number): number {
  let total = 0
  for (let month = 1; month <= 12; month++) total += x.open! + (month > 12 - after ? x.issue! : 0)
  return total / 12
}

const EFFICIENCY: Twins = {
  'dso-on-average-receivables': {
    key: (x) => daysOf(mean(x.open!, x.close!), x.sales!, 365),
    closing: (x) => daysOf(x.close!, x.sales!, 365),
    y360: (x) => daysOf(mean(x.open!, x.close!), x.sales!, 360),
    noHalf: (x) => daysOf(sum(x.open!, x.close!), x.sales!, 365),
    opening: (x) => daysOf(x.open!, x.sales!, 365),
  },
  'dso-credit-sales-only-360': {
    key: (x) => daysOf(x.ar!, x.total! - x.cashSales!, 360),
    allSales: (x) => daysOf(x.ar!, x.total!, 360),
    y365: (x) => daysOf(x.ar!, x.total! - x.cashSales!, 365),
    cashSales: (x) => daysOf(x.ar!, x.cashSales!, 360),
  },
  'dio-on-cost-of-sales': {
    key: (x) => daysOf(mean(x.open!, x.close!), x.cogs!, 365),
    revenue: (x) => daysOf(mean(x.open!, x.close!), x.rev!, 365),
    closing: (x) => daysOf(x.close!, x.cogs!, 365),
    opening: (x) => daysOf(x.open!, x.cogs!, 365),
    y360: (x) => daysOf(mean(x.open!, x.close!), x.cogs!, 360),
    noHalf: (x) => daysOf(sum(x.open!, x.close!), x.cogs!, 365),
  },
  'dpo-on-purchases': {
    // Purchases from the inventory roll: closing = opening + purchases − cost of sales.
    key: (x) => daysOf(x.ap!, x.inv1! - x.inv0! + x.cogs!, 365),
    cogs: (x) => daysOf(x.ap!, x.cogs!, 365),
    signFlip: (x) => daysOf(x.ap!, x.cogs! - (x.inv1! - x.inv0!), 365),
    y360: (x) => daysOf(x.ap!, x.inv1! - x.inv0! + x.cogs!, 360),
  },
  'cash-conversion-cycle': {
    key: (x) => x.dso! + x.dio! - x.dpo!,
    addAll: (x) => sum(x.dso!, x.dio!, x.dpo!),
    operating: (x) => sum(x.dso!, x.dio!),
    wrongSign: (x) => x.dio! + x.dpo! - x.dso!,
    dsoOut: (x) => x.dso! - x.dio! + x.dpo!,
  },
  'cash-conversion-cycle-from-statements': {
    key: (x) =>
      daysOf(x.ar!, x.rev!, 365) + daysOf(x.inv!, x.cogs!, 365) - daysOf(x.ap!, x.cogs!, 365),
    allRevenue: (x) => daysOf(x.ar! + x.inv! - x.ap!, x.rev!, 365),
    addDpo: (x) => daysOf(x.ar!, x.rev!, 365) + daysOf(x.inv! + x.ap!, x.cogs!, 365),
    noDpo: (x) => daysOf(x.ar!, x.rev!, 365) + daysOf(x.inv!, x.cogs!, 365),
  },
  'cash-released-by-faster-collection': {
    key: (x) => daysOf(x.d0!, 365, x.sales!) - daysOf(x.d1!, 365, x.sales!),
    y360: (x) => ((x.d0! - x.d1!) * x.sales!) / 360,
    newBalance: (x) => (x.d1! * x.sales!) / 365,
    ratio: (x) => (x.sales! * (x.d0! - x.d1!)) / x.d0!,
  },
  'receivables-turnover': {
    key: (x) => x.sales! / mean(x.open!, x.close!),
    closing: (x) => x.sales! / x.close!,
    noHalf: (x) => x.sales! / sum(x.open!, x.close!),
    inverse: (x) => mean(x.open!, x.close!) / x.sales!,
  },
  'total-asset-turnover': {
    key: (x) => x.rev! / mean(x.open!, x.close!),
    closing: (x) => x.rev! / x.close!,
    roa: (x) => x.ni! / mean(x.open!, x.close!),
    inverse: (x) => mean(x.open!, x.close!) / x.rev!,
  },
  'fixed-asset-turnover-net': {
    key: (x) => x.rev! / (x.gross! - x.dep!),
    gross: (x) => x.rev! / x.gross!,
    dep: (x) => x.rev! / x.dep!,
    addDep: (x) => x.rev! / sum(x.gross!, x.dep!),
  },
  'dso-change-from-receivables-growth': {
    key: (x) => daysOf(x.a1!, x.s1!, 365) - daysOf(x.a0!, x.s0!, 365),
    oldSales: (x) => daysOf(x.a1!, x.s0!, 365) - daysOf(x.a0!, x.s0!, 365),
    level: (x) => daysOf(x.a1!, x.s1!, 365),
    y360: (x) => daysOf(x.a1!, x.s1!, 360) - daysOf(x.a0!, x.s0!, 360),
    lastYear: (x) => daysOf(x.a0!, x.s0!, 365),
    oldReceivables: (x) => daysOf(x.a1! - x.a0!, x.s1!, 365),
  },
  'working-capital-turnover': {
    key: (x) => x.rev! / (x.ca! - x.cl!),
    ca: (x) => x.rev! / x.ca!,
    sum: (x) => x.rev! / sum(x.ca!, x.cl!),
    inverse: (x) => (x.ca! - x.cl!) / x.rev!,
  },
  'payables-days-on-cost-of-sales-average': {
    key: (x) => daysOf(mean(x.open!, x.close!), x.cogs!, 365),
    revenue: (x) => daysOf(mean(x.open!, x.close!), x.rev!, 365),
    closing: (x) => daysOf(x.close!, x.cogs!, 365),
    y360: (x) => daysOf(mean(x.open!, x.close!), x.cogs!, 360),
  },
  'ccc-change-driver': {
    key: (x) => x.dso1! - x.dso0! + (x.dio1! - x.dio0!) - (x.dpo1! - x.dpo0!),
    addDpo: (x) => x.dso1! - x.dso0! + (x.dio1! - x.dio0!) + (x.dpo1! - x.dpo0!),
    noDpo: (x) => x.dso1! - x.dso0! + (x.dio1! - x.dio0!),
    reversed: (x) => x.dso0! - x.dso1! + (x.dio0! - x.dio1!) - (x.dpo0! - x.dpo1!),
    dsoOnly: (x) => x.dso1! - x.dso0!,
  },
}

const TREND: Twins = {
  'common-size-income-line': {
    key: (x) => x.sga! / x.rev!,
    assets: (x) => x.sga! / x.ta!,
    gp: (x) => x.sga! / (x.rev! - x.cogs!),
    costs: (x) => x.sga! / sum(x.cogs!, x.sga!),
  },
  'common-size-balance-sheet-line': {
    key: (x) => x.inv! / sum(x.ca!, x.nca!),
    current: (x) => x.inv! / x.ca!,
    revenue: (x) => x.inv! / x.rev!,
    nonCurrent: (x) => x.inv! / x.nca!,
  },
  'horizontal-percent-change': {
    key: (x) => grow(x.a!, x.b!),
    newBase: (x) => 1 - x.a! / x.b!,
    ratio: (x) => x.b! / x.a!,
    flip: (x) => -grow(x.a!, x.b!),
    baseShare: (x) => x.a! / x.b!,
  },
  'compound-annual-growth-rate': {
    // The rate whose n-fold compounding gives the end value, found by bisection.
    key: (x) => solveRate(x.a!, x.b!, x.n!),
    simple: (x) => grow(x.a!, x.b!) / x.n!,
    total: (x) => grow(x.a!, x.b!),
    extraYear: (x) => solveRate(x.a!, x.b!, x.n! + 1),
  },
  'index-number-base-year': {
    key: (x) => (100 * x.y2!) / x.y0!,
    chained: (x) => (100 * x.y2!) / x.y1!,
    change: (x) => 100 * grow(x.y0!, x.y2!),
    inverse: (x) => (100 * x.y0!) / x.y2!,
    year2: (x) => (100 * x.y1!) / x.y0!,
    chainChange: (x) => 100 * grow(x.y1!, x.y2!),
  },
  'degree-of-operating-leverage': {
    key: (x) => grow(x.e0!, x.e1!) / grow(x.s0!, x.s1!),
    inverse: (x) => grow(x.s0!, x.s1!) / grow(x.e0!, x.e1!),
    absolute: (x) => (x.e1! - x.e0!) / (x.s1! - x.s0!),
    levels: (x) => (x.e1! * x.s0!) / (x.e0! * x.s1!),
    newBase: (x) => grow(x.e0!, x.e1!) / (1 - x.s0! / x.s1!),
    ebitNewBase: (x) => (1 - x.e0! / x.e1!) / grow(x.s0!, x.s1!),
  },
  'growth-contribution-by-segment': {
    key: (x) => (x.a1! - x.a0!) / sum(x.a0!, x.b0!),
    ownGrowth: (x) => grow(x.a0!, x.a1!),
    group: (x) => grow(sum(x.a0!, x.b0!), sum(x.a1!, x.b1!)),
    newBase: (x) => (x.a1! - x.a0!) / sum(x.a1!, x.b1!),
  },
  'common-size-cost-of-sales-line': {
    // The change in the line's share of revenue, priced at a chosen year's revenue.
    key: (x) => x.rev1! * (x.cogs0! / x.rev0! - x.cogs1! / x.rev1!),
    oldRevenue: (x) => x.rev0! * (x.cogs0! / x.rev0! - x.cogs1! / x.rev1!),
    cogsChange: (x) => -(x.cogs1! - x.cogs0!),
    gpChange: (x) => x.rev1! - x.cogs1! - (x.rev0! - x.cogs0!),
    volume: (x) => (x.rev1! - x.rev0!) * (1 - x.cogs0! / x.rev0!),
  },
  'revenue-growth-real-terms': {
    key: (x) => (x.g! - x.inf!) / (1 + x.inf!),
    subtract: (x) => x.g! - x.inf!,
    multiply: (x) => x.g! + x.inf! + x.g! * x.inf!,
    dividedRate: (x) => x.g! / (1 + x.inf!),
    nominal: (x) => x.g!,
  },
  'expense-share-of-total-assets-change': {
    key: (x) => x.ar1! / x.ta1!,
    lastYear: (x) => x.ar0! / x.ta0!,
    oldBase: (x) => x.ar1! / x.ta0!,
    growth: (x) => grow(x.ar0!, x.ar1!),
  },
  'sustainable-growth-rate': {
    key: (x) => x.roe! - x.roe! * x.payout!,
    payout: (x) => x.roe! * x.payout!,
    roe: (x) => x.roe!,
    retention: (x) => 1 - x.payout!,
  },
  'dividend-payout-ratio': {
    key: (x) => x.div! / x.ni!,
    retention: (x) => (x.ni! - x.div!) / x.ni!,
    cash: (x) => x.div! / x.cfo!,
    cover: (x) => x.ni! / x.div!,
    overRetained: (x) => x.div! / (x.ni! - x.div!),
  },
}

/** Bisection for r with start × (1 + r)^n = end. */
function solveRate(start: number, end: number, n: number): number {
  let lo = -0.99
  let hi = 10
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2
    let v = start
    for (let y = 0; y < n; y++) v *= 1 + mid
    if (v < end) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

const CASH_FLOW: Twins = {
  'indirect-cfo-with-gain-on-disposal': {
    key: (x) => sum(x.ni!, x.dep!, -x.gain!, -x.dAr!, x.dAp!),
    addGain: (x) => sum(x.ni!, x.dep!, x.gain!, -x.dAr!, x.dAp!),
    wcSigns: (x) => sum(x.ni!, x.dep!, -x.gain!, x.dAr!, -x.dAp!),
    keepGain: (x) => sum(x.ni!, x.dep!, -x.dAr!, x.dAp!),
    noDep: (x) => sum(x.ni!, -x.gain!, -x.dAr!, x.dAp!),
  },
  'indirect-cfo-inventory-and-accruals': {
    key: (x) => sum(x.ni!, x.amort!, x.dInv!, -x.dAcc!, -x.dPre!),
    invSign: (x) => sum(x.ni!, x.amort!, -x.dInv!, -x.dAcc!, -x.dPre!),
    accSign: (x) => sum(x.ni!, x.amort!, x.dInv!, x.dAcc!, -x.dPre!),
    preSign: (x) => sum(x.ni!, x.amort!, x.dInv!, -x.dAcc!, x.dPre!),
  },
  'free-cash-flow-cfo-less-capex': {
    key: (x) => x.cfo! - x.capex!,
    netCapex: (x) => x.cfo! - (x.capex! - x.proceeds!),
    lessDiv: (x) => x.cfo! - sum(x.capex!, x.div!),
    addCapex: (x) => sum(x.cfo!, x.capex!),
  },
  'cash-collected-from-customers': {
    // Receivables roll: opening + revenue − write-off − cash = closing.
    key: (x) => settled(x.rev!, x.ar0!, x.ar1!) - x.wo!,
    noWo: (x) => settled(x.rev!, x.ar0!, x.ar1!),
    flip: (x) => settled(x.rev!, x.ar1!, x.ar0!) - x.wo!,
    addWo: (x) => settled(x.rev!, x.ar0!, x.ar1!) + x.wo!,
  },
  'cash-paid-to-suppliers': {
    key: (x) => settled(x.cogs! + x.inv1! - x.inv0!, x.ap0!, x.ap1!),
    purchases: (x) => x.cogs! + x.inv1! - x.inv0!,
    apSign: (x) => settled(x.cogs! + x.inv1! - x.inv0!, x.ap1!, x.ap0!),
    invSign: (x) => settled(x.cogs! - x.inv1! + x.inv0!, x.ap0!, x.ap1!),
  },
  'income-tax-paid': {
    key: (x) => settled(x.exp!, x.p0!, x.p1!),
    flip: (x) => settled(x.exp!, x.p1!, x.p0!),
    expense: (x) => x.exp! + x.p0!,
    closing: (x) => x.exp! - x.p1!,
    expenseOnly: (x) => x.exp!,
  },
  'cash-conversion-cfo-over-net-income': {
    key: (x) => x.cfo! / x.ni!,
    inverse: (x) => x.ni! / x.cfo!,
    ebitda: (x) => x.cfo! / x.ebitda!,
    gap: (x) => grow(x.ni!, x.cfo!),
    accrualShare: (x) => -grow(x.ni!, x.cfo!),
    niOverEbitda: (x) => x.ni! / x.ebitda!,
  },
  'cash-flow-accruals-ratio': {
    key: (x) => (x.ni! - x.cfo! + x.cfi!) / mean(x.a0!, x.a1!),
    noCfi: (x) => (x.ni! - x.cfo!) / mean(x.a0!, x.a1!),
    cfiSign: (x) => (x.ni! - x.cfo! - x.cfi!) / mean(x.a0!, x.a1!),
    closing: (x) => (x.ni! - x.cfo! + x.cfi!) / x.a1!,
  },
  'balance-sheet-accruals-ratio': {
    key: (x) => (x.noa1! - x.noa0!) / mean(x.noa0!, x.noa1!),
    opening: (x) => grow(x.noa0!, x.noa1!),
    closing: (x) => 1 - x.noa0! / x.noa1!,
    sum: (x) => (x.noa1! - x.noa0!) / sum(x.noa0!, x.noa1!),
  },
  'capex-from-ppe-roll': {
    // PP&E roll: opening + additions − depreciation − disposals = closing.
    key: (x) => x.close! - (x.open! - x.dep! - x.nbvSold!),
    noDisposal: (x) => x.close! - (x.open! - x.dep!),
    noDep: (x) => x.close! - (x.open! - x.nbvSold!),
    minusDisposal: (x) => x.close! - (x.open! - x.dep! + x.nbvSold!),
  },
  'fcf-margin': {
    key: (x) => (x.cfo! - x.capex!) / x.rev!,
    cfo: (x) => x.cfo! / x.rev!,
    net: (x) => x.ni! / x.rev!,
    overCfo: (x) => 1 - x.capex! / x.cfo!,
    capexShare: (x) => x.capex! / x.rev!,
    plusCapex: (x) => sum(x.cfo!, x.capex!) / x.rev!,
  },
  'dividends-paid-from-retained-earnings-and-payable': {
    // Declared from the retained-earnings roll, then paid from the dividends-payable roll.
    key: (x) => settled(x.re0! + x.ni! - x.re1!, x.dp0!, x.dp1!),
    declared: (x) => x.re0! + x.ni! - x.re1!,
    flip: (x) => settled(x.re0! + x.ni! - x.re1!, x.dp1!, x.dp0!),
    reChange: (x) => x.re1! - x.re0!,
  },
  'interest-paid-from-accrual': {
    key: (x) => settled(x.exp!, x.a0!, x.a1!),
    flip: (x) => settled(x.exp!, x.a1!, x.a0!),
    expense: (x) => x.exp!,
    closing: (x) => x.exp! + x.a1!,
    openingOnly: (x) => x.exp! + x.a0!,
  },
  'cfo-to-current-liabilities': {
    key: (x) => x.cfo! / mean(x.cl0!, x.cl1!),
    closing: (x) => x.cfo! / x.cl1!,
    opening: (x) => x.cfo! / x.cl0!,
    inverse: (x) => mean(x.cl0!, x.cl1!) / x.cfo!,
  },
  'capex-to-depreciation': {
    key: (x) => x.capex! / x.dep!,
    inverse: (x) => x.dep! / x.capex!,
    overCfo: (x) => x.capex! / x.cfo!,
    net: (x) => x.capex! / x.dep! - 1,
    shortfall: (x) => 1 - x.capex! / x.dep!,
  },
  'cfo-with-share-based-pay-and-impairment': {
    key: (x) => sum(x.ni!, x.sbc!, x.imp!, -x.dAr!),
    noSbc: (x) => sum(x.ni!, x.imp!, -x.dAr!),
    noImp: (x) => sum(x.ni!, x.sbc!, -x.dAr!),
    arSign: (x) => sum(x.ni!, x.sbc!, x.imp!, x.dAr!),
  },
}

const ADJUSTED: Twins = {
  'ebitda-built-up-from-net-income': {
    key: (x) => sum(x.ni!, x.tax!, x.int!, x.dep!, x.amort!),
    ebit: (x) => sum(x.ni!, x.tax!, x.int!),
    noAmort: (x) => sum(x.ni!, x.tax!, x.int!, x.dep!),
    noTax: (x) => sum(x.ni!, x.int!, x.dep!, x.amort!),
    noInt: (x) => sum(x.ni!, x.tax!, x.dep!, x.amort!),
  },
  'adjusted-ebitda-restructuring-and-disposal-gain': {
    key: (x) => sum(x.ebitda!, x.restr!, -x.gain!),
    addOnly: (x) => sum(x.ebitda!, x.restr!),
    both: (x) => sum(x.ebitda!, x.restr!, x.gain!),
    reversed: (x) => sum(x.ebitda!, -x.restr!, x.gain!),
  },
  'normalised-net-income-after-tax': {
    key: (x) => x.ni! + x.imp! - x.imp! * x.t!,
    pretax: (x) => x.ni! + x.imp!,
    taxOnly: (x) => x.ni! + x.imp! * x.t!,
    deduct: (x) => x.ni! - x.imp! + x.imp! * x.t!,
  },
  'adjusted-eps-one-off-gain': {
    key: (x) => (x.ni! - x.gain! + x.gain! * x.t!) / x.sh!,
    pretax: (x) => (x.ni! - x.gain!) / x.sh!,
    reported: (x) => x.ni! / x.sh!,
    added: (x) => (x.ni! + x.gain! - x.gain! * x.t!) / x.sh!,
    taxOnly: (x) => (x.ni! - x.gain! * x.t!) / x.sh!,
    gainPerShare: (x) => (x.gain! - x.gain! * x.t!) / x.sh!,
  },
  'lifo-inventory-restated-to-fifo': {
    key: (x) => x.lifo! + x.r1!,
    lastReserve: (x) => x.lifo! + x.r0!,
    change: (x) => x.lifo! + (x.r1! - x.r0!),
    minus: (x) => x.lifo! - x.r1!,
  },
  'lifo-cost-of-sales-restated-to-fifo': {
    key: (x) => x.cogs! + x.r0! - x.r1!,
    add: (x) => x.cogs! - x.r0! + x.r1!,
    whole: (x) => x.cogs! - x.r1!,
    wholeAdd: (x) => x.cogs! + x.r1!,
  },
  'lifo-reserve-after-tax-equity': {
    key: (x) => x.eq! + x.r! - x.r! * x.t!,
    pretax: (x) => x.eq! + x.r!,
    taxOnly: (x) => x.eq! + x.r! * x.t!,
    unchanged: (x) => x.eq! - x.r! * x.t!,
  },
  'ebitda-margin': {
    key: (x) => sum(x.ebit!, x.da!) / x.rev!,
    ebit: (x) => x.ebit! / x.rev!,
    addInt: (x) => sum(x.ebit!, x.da!, x.int!) / x.rev!,
    lessDa: (x) => (x.ebit! - x.da!) / x.rev!,
    pretax: (x) => (x.ebit! - x.int!) / x.rev!,
  },
  'beneish-receivables-index': {
    key: (x) => (x.a1! * x.s0!) / (x.s1! * x.a0!),
    inverse: (x) => (x.a0! * x.s1!) / (x.s0! * x.a1!),
    arGrowth: (x) => x.a1! / x.a0!,
    level: (x) => x.a1! / x.s1!,
    growthGap: (x) => grow(x.a0!, x.a1!) - grow(x.s0!, x.s1!),
  },
  'beneish-gross-margin-index': {
    key: (x) => (x.g0! * x.s1!) / (x.s0! * x.g1!),
    inverse: (x) => (x.g1! * x.s0!) / (x.s1! * x.g0!),
    profit: (x) => x.g0! / x.g1!,
    pointDiff: (x) => 1 + x.g0! / x.s0! - x.g1! / x.s1!,
  },
  'organic-growth-excluding-acquisition': {
    key: (x) => grow(x.r0!, x.r1! - x.acq!),
    reported: (x) => grow(x.r0!, x.r1!),
    newBase: (x) => 1 - x.r0! / (x.r1! - x.acq!),
    acqInBase: (x) => (x.r1! - x.r0!) / sum(x.r0!, x.acq!),
    acqOnly: (x) => x.acq! / x.r0!,
    fullBase: (x) => (x.r1! - x.acq! - x.r0!) / sum(x.r0!, x.acq!),
  },
  'constant-currency-growth': {
    key: (x) => grow(x.r0!, x.r1! - x.fx!),
    reported: (x) => grow(x.r0!, x.r1!),
    wrongWay: (x) => grow(x.r0!, x.r1! + x.fx!),
    newBase: (x) => (x.r1! - x.fx! - x.r0!) / x.r1!,
    fxShare: (x) => -x.fx! / x.r0!,
  },
}

export const TWINS: Twins = {
  ...LIQUIDITY,
  ...PROFITABILITY,
  ...EFFICIENCY,
  ...TREND,
  ...CASH_FLOW,
  ...ADJUSTED,
}

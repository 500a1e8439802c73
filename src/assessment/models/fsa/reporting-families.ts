import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { Company, company, drawn, family, statements } from './fsa-text.js'

// Conceptual reading: where US GAAP puts a cash flow, which framework permits a treatment,
// and what a pattern in the ratios signals. Each family's `rule` names the documented rule the
// key test checks its key against, with the source cited there.

type Section = 'Operating activities' | 'Investing activities' | 'Financing activities'
const SECTIONS: readonly Section[] = [
  'Operating activities',
  'Investing activities',
  'Financing activities',
]
/** US GAAP (ASC 230) sections for cash flows the analyst meets most. */
const US_FLOWS: readonly (readonly [flow: string, section: Section])[] = [
  ['interest paid on its bank loan', 'Operating activities'],
  ['dividends paid to its shareholders', 'Financing activities'],
  ['dividends received from a minority shareholding', 'Operating activities'],
  ['interest received on a bank deposit', 'Operating activities'],
  ['cash paid for new delivery vans', 'Investing activities'],
  ['the principal repaid on a finance lease', 'Financing activities'],
  ['income taxes paid', 'Operating activities'],
  ['proceeds from selling an old warehouse', 'Investing activities'],
  ['cash paid to buy back its own shares', 'Financing activities'],
  ['cash paid to acquire a subsidiary, net of the cash it held', 'Investing activities'],
]
const SECTION_SLIP: Record<Section, string> = {
  'Operating activities': 'treats it as part of day-to-day trading',
  'Investing activities': 'treats it as a return on or of an investment',
  'Financing activities': 'treats it as a cost or return of the company’s own financing',
}

type Framework = 'IFRS only' | 'US GAAP only' | 'IFRS and US GAAP alike' | 'Neither framework'
const FRAMEWORKS: readonly Framework[] = [
  'IFRS only',
  'US GAAP only',
  'IFRS and US GAAP alike',
  'Neither framework',
]
/** Which framework permits a treatment (IAS 2, 16, 36, 38, 40, 1 and 7; ASC 330, 360, 730, 225, 230). */
const PERMITS: readonly (readonly [treatment: string, answer: Framework])[] = [
  ['measure inventory cost by last-in, first-out (LIFO)', 'US GAAP only'],
  ['measure inventory cost by first-in, first-out (FIFO)', 'IFRS and US GAAP alike'],
  ['measure inventory cost by the weighted average cost formula', 'IFRS and US GAAP alike'],
  [
    'present a gain or loss as an extraordinary item on the face of the income statement',
    'Neither framework',
  ],
  ['carry a class of property, plant and equipment at revalued amounts', 'IFRS only'],
  [
    'reverse, in a later year, an earlier write-down of inventory when its selling price recovers',
    'IFRS only',
  ],
  ['reverse an impairment loss on a held-and-used machine when its value recovers', 'IFRS only'],
  ['measure investment property at fair value with changes in profit or loss', 'IFRS only'],
]
const FRAMEWORK_SLIP: Record<Framework, string> = {
  'IFRS only': 'takes an IFRS option for a rule both or neither share',
  'US GAAP only': 'carries a US GAAP rule over to IFRS, or the reverse',
  'IFRS and US GAAP alike': 'assumes the two frameworks agree where they differ',
  'Neither framework': 'thinks a permitted treatment is banned',
}

export const REPORTING_FAMILIES: readonly ScenarioFamily[] = [
  family('us-gaap-cash-flow-section', (rng) => {
    const [flow, section] = rng.pick(US_FLOWS)
    return statements(rng, `us-flow:${flow}`, {
      stem: `${Company(rng)} reports under US GAAP. In which section of its statement of cash flows does it report ${flow}?`,
      key: section,
      wrong: SECTIONS.filter((s) => s !== section)
        .map((s): Wrong => [s, SECTION_SLIP[s]])
        .concat([['Non-cash disclosure', 'thinks a cash flow is only disclosed in a note']]),
    })
  }),
  family('framework-permits-treatment', (rng) => {
    const [treatment, answer] = rng.pick(PERMITS)
    return statements(rng, `permits:${treatment}`, {
      stem: `Comparing an IFRS reporter with a US GAAP peer, an analyst checks which framework lets a company ${treatment}. Which is it?`,
      key: answer,
      wrong: FRAMEWORKS.filter((f) => f !== answer).map((f): Wrong => [f, FRAMEWORK_SLIP[f]]),
    })
  }),
  family('receivables-outpacing-sales', (rng) => {
    const g = drawn(rng, 4, 12)
    const r = drawn(rng, 25, 60)
    return statements(rng, 'red-flag-receivables', {
      stem: `${Company(rng)}'s revenue grew ${g}% this year while its trade receivables grew ${r}%; its credit terms did not change. What should the analyst read into this?`,
      key: 'A warning sign: revenue may be booked early or collections are slipping',
      wrong: [
        [
          'A sign of healthy growth, since receivables naturally rise with sales',
          'reads any rise in receivables as growth',
        ],
        [
          'Stronger liquidity, because current assets and the current ratio went up',
          'counts slower collection as better liquidity',
        ],
        [
          'Better cash generation, as more customers are buying on credit',
          'confuses credit sales with cash received',
        ],
        [
          'Nothing about earnings quality, since receivables sit on the balance sheet',
          'ignores the link between receivables and revenue',
        ],
      ],
    })
  }),
  family('cash-flow-lagging-earnings', (rng) => {
    const y = drawn(rng, 3, 4)
    return statements(rng, 'red-flag-accruals', {
      stem: `For ${y} years in a row ${company(rng)}'s net income has risen while its operating cash flow has fallen, and its accruals (net income less operating cash flow) have grown each year. What does this most likely indicate?`,
      key: 'Lower earnings quality: profits rest more and more on accruals, not cash',
      wrong: [
        [
          'Higher earnings quality, because profits are growing faster than the cash they bring in',
          'reads profit growth alone as quality',
        ],
        [
          'A conservative accounting policy that holds cash back to smooth later years',
          'confuses accruals with conservatism',
        ],
        [
          'Nothing, since depreciation always makes cash flow lower than profit',
          'forgets depreciation makes cash flow higher, not lower',
        ],
        [
          'Strong liquidity, because accrued income is as good as cash',
          'treats accrued income as cash',
        ],
      ],
    })
  }),
  family('capitalised-costs-shift-cash-flow', (rng) => {
    return statements(rng, 'capitalise-shifts-cfo', {
      stem: `This year ${company(rng)} started capitalising software staff costs it used to expense, and pays them in cash as before. Ignoring tax, how does the change affect its statement of cash flows?`,
      key: 'Operating cash flow rises, because the costs move to investing outflows',
      wrong: [
        [
          'Total cash rises, because the costs no longer reduce profit',
          'confuses a profit effect with a cash effect',
        ],
        [
          'No line of the cash flow statement changes, since the same cash is paid',
          'misses the reclassification between sections',
        ],
        [
          'Operating cash flow falls, because capitalised costs are amortised later',
          'treats amortisation as a cash outflow',
        ],
        [
          'Financing outflows rise, since capitalised costs are funded by the balance sheet',
          'puts capital spending in financing',
        ],
      ],
    })
  }),
  family('supplier-finance-flatters-cash-flow', (rng) => {
    const d0 = drawn(rng, 40, 55)
    const d1 = d0 + drawn(rng, 30, 60)
    return statements(rng, 'supplier-finance', {
      stem: `${Company(rng)} joined a bank's supplier finance (reverse factoring) programme: suppliers are paid early by the bank, and the company pays the bank later. Its DPO went from ${d0} to ${d1} days and operating cash flow jumped. How should the analyst read it?`,
      key: rng.pick([
        'As a one-time gain in working capital, financed in part by the bank as debt',
        'As a one-time gain in working capital, financed in part by the bank as debt',
        'As a one-time gain in working capital, financed in part by the bank as a form of debt',
      ]),
      wrong: [
        [
          'As a lasting improvement in operating performance that will repeat every year',
          'takes a one-time working-capital gain as recurring',
        ],
        [
          'As a sign that suppliers trust the company more, lowering its credit risk',
          'reads longer payment terms as creditworthiness',
        ],
        [
          'As a fall in debt, since trade payables replaced bank borrowing',
          'misses the bank standing behind the payables',
        ],
        [
          'As having no effect on cash flow, since the bank pays the suppliers',
          'ignores the cash the company keeps longer',
        ],
      ],
    })
  }),
  family('lease-cost-and-ebitda', (rng) => {
    const ifrs = rng.next() < 0.5
    return statements(rng, ifrs ? 'lease-ifrs16' : 'lease-asc842', {
      stem: ifrs
        ? `${Company(rng)} reports under IFRS 16 and leases its shops. Compared with a peer that expensed the same rent as operating cost, how does the lease accounting affect its EBITDA?`
        : `${Company(rng)} reports under US GAAP (ASC 842) and classifies its shop leases as operating leases. Where does its lease cost fall, and what does that do to EBITDA?`,
      key: ifrs
        ? 'EBITDA is higher: the rent becomes depreciation and interest, both below EBITDA'
        : 'A single straight-line lease cost within operating expenses, so EBITDA is not raised',
      wrong: ifrs
        ? [
            [
              'EBITDA is lower, because the right-of-use asset is depreciated on top of the rent',
              'counts the rent and the depreciation both',
            ],
            [
              'EBITDA is unchanged, because lease liabilities only affect the balance sheet',
              'misses that rent leaves operating expenses',
            ],
            [
              'EBITDA is higher only by the interest part, with depreciation still in operating cost',
              'keeps depreciation above EBITDA',
            ],
          ]
        : [
            [
              'Depreciation and interest below EBITDA, so EBITDA is raised as under IFRS 16',
              'applies IFRS 16 to a US GAAP operating lease',
            ],
            [
              'Interest expense only, so EBITDA excludes the lease cost entirely',
              'treats the whole lease cost as interest',
            ],
            [
              'Nothing is recognised, since operating leases stay off the balance sheet',
              'applies the pre-2019 US rule',
            ],
          ],
    })
  }),
  family('recurring-one-off-charges', (rng) => {
    const n = drawn(rng, 4, 6)
    return statements(rng, 'recurring-restructuring', {
      stem: `${Company(rng)} has excluded a "non-recurring" restructuring charge from its adjusted EBITDA in each of the last ${n} years. How should the analyst treat these charges when valuing the business?`,
      key: rng.pick([
        'Include them as a normal cost, since they recur every year',
        'Include them as a normal cost, since they recur every year',
        'Include them as a normal cost, because they have recurred every year',
      ]),
      wrong: [
        [
          'Exclude them, because management has labelled them non-recurring',
          'accepts management’s label without checking the history',
        ],
        [
          'Exclude them, because restructuring charges are non-cash',
          'assumes restructuring costs are paid in no cash',
        ],
        [
          'Add them back, as the lenders’ covenant definition does',
          'takes a covenant definition as a measure of recurring earnings',
        ],
        [
          'Exclude them, but only in the year the restructuring is announced',
          'excludes a recurring cost in its first year',
        ],
      ],
    })
  }),
  family('current-ratio-up-on-inventory', (rng) => {
    const c0 = (drawn(rng, 130, 160) / 100).toFixed(2)
    const c1 = (drawn(rng, 180, 230) / 100).toFixed(2)
    const q0 = (drawn(rng, 80, 100) / 100).toFixed(2)
    const q1 = (drawn(rng, 70, 79) / 100).toFixed(2)
    return statements(rng, 'inventory-build', {
      stem: `${Company(rng)}'s current ratio rose from ${c0} to ${c1} while its quick ratio fell from ${q0} to ${q1}, and days inventory outstanding lengthened. What is the best reading?`,
      key: 'Liquidity is not better: the rise comes from inventory building up',
      wrong: [
        [
          'Liquidity has improved, since the current ratio is the broader measure',
          'trusts the current ratio over the quick ratio',
        ],
        [
          'Receivables are being collected faster, raising current assets',
          'credits the rise to receivables',
        ],
        [
          'The company has repaid short-term debt, shrinking current liabilities',
          'assumes liabilities fell without evidence',
        ],
      ],
    })
  }),
]

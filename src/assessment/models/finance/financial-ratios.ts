import { chooseTemplate, sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, showCents } from './money.js'

// Drawn as `rng.next() < 0.5` (quick) was before, so seeded variants stay as they were.
const RATIOS = ['quick', 'current'] as const

/** Liquidity ratios from a balance sheet extract; the quick ratio leaves inventory out. */
export const financialRatiosModel = sheetModel({
  id: 'fin-ratios',
  title: 'Financial statement ratios',
  templates: RATIOS,
  build: (rng, template) => {
    const symbol = currency(rng)
    const cash = rng.int(10, 500) * 100_000
    const receivables = rng.int(10, 500) * 100_000
    const inventory = rng.int(10, 500) * 100_000
    const liabilities = rng.int(20, 800) * 100_000
    const cells = {
      B1: cash / 100,
      B2: receivables / 100,
      B3: inventory / 100,
      B4: liabilities / 100,
    }
    const facts = `Cash ${showCents(symbol, cash)}, receivables ${showCents(symbol, receivables)}, inventory ${showCents(symbol, inventory)}, current liabilities ${showCents(symbol, liabilities)}.`
    const ratio = chooseTemplate(template, RATIOS, rng)
    const quick = ratio === 'quick'
    return {
      template: ratio,
      stem: `${facts} What is the ${quick ? 'quick (acid-test)' : 'current'} ratio, to two decimal places?`,
      cells,
      formula: quick ? '=ROUND((B1+B2)/B4,2)' : '=ROUND((B1+B2+B3)/B4,2)',
      format: { kind: 'fixed', decimals: 2 },
      mistakes: [
        quick ? '=ROUND((B1+B2+B3)/B4,2)' : '=ROUND((B1+B2)/B4,2)',
        quick ? '=ROUND(B4/(B1+B2),2)' : '=ROUND(B4/(B1+B2+B3),2)',
        '=ROUND(B1/B4,2)',
        '=ROUND((B1+B3)/B4,2)',
      ],
    }
  },
})

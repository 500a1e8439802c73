import { createRng } from '../src/assessment/index.js'
import { VariantError } from '../src/assessment/models/assemble-variant.js'
import * as M from '../src/assessment/models/gads/gads-models.js'
const all = [...M.GADS_KEYWORD_FAMILIES, ...M.GADS_ADS_FAMILIES, ...M.GADS_BIDDING_FAMILIES, ...M.GADS_METRIC_FAMILIES, ...M.GADS_MEASURE_FAMILIES]
console.log('families', all.length, M.GADS_KEYWORD_FAMILIES.length, M.GADS_ADS_FAMILIES.length, M.GADS_BIDDING_FAMILIES.length, M.GADS_METRIC_FAMILIES.length, M.GADS_MEASURE_FAMILIES.length)
const rng = createRng(7)
for (const f of all) {
  let ok = 0, refused = 0
  let ex: any
  for (let i = 0; i < 40; i++) {
    try { ex = f.draw(rng); ok++ } catch (e) { if (e instanceof VariantError) refused++; else { console.log('ERR', f.id, e); break } }
  }
  if (ok < 30) console.log('LOW', f.id, ok, refused)
  if (process.argv[2] === f.id || process.argv[2] === 'all') console.log(f.id, JSON.stringify({stem: ex?.stem, key: ex?.key, wrong: ex?.wrong}))
}

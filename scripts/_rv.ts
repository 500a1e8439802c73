import { chooseByScores, ruleScores } from '../src/assessment/forms/test-wise-rules.js'
import { closeTaskEngines, createRng, createTaskEngines, ITEM_MODELS, isCorrect, TEST_WISE_RULES } from '../src/assessment/index.js'
const args = process.argv.slice(2)
const show = Number(args[0]); const draws = Number(args[1]); const filters = args.slice(2)
const engines = createTaskEngines(); const rng = createRng(2026_12_04)
for (const model of ITEM_MODELS.filter((m) => m.id.startsWith('gads-'))) {
  for (const stratum of model.strata ?? []) {
    if (filters.length && !filters.some((f) => stratum.includes(f))) continue
    const right = new Map(TEST_WISE_RULES.map((r) => [r.name, 0]))
    for (let i = 0; i < draws; i++) {
      const v = await model.generateIn!(stratum, rng, engines)
      if (i < show) { console.log(`\n[${stratum}] ${v.stem}`); for (const o of v.options) console.log(`  ${v.keys.includes((o as any).id) ? '*' : '-'} ${(o as any).markdown ?? o.value}   {${o.mistake ?? ""}}`) }
      for (const rule of TEST_WISE_RULES) { const c = chooseByScores(v, ruleScores(rule, v), rng); if (isCorrect(v.keys, c)) right.set(rule.name, right.get(rule.name)! + 1) }
    }
    if (draws > show) console.log(`RATES ${stratum}: ` + [...right].sort((a,b)=>b[1]-a[1]).slice(0,3).map(([n,c])=>`${(c/draws).toFixed(2)} ${n}`).join(' | '))
  }
}
await closeTaskEngines(engines)

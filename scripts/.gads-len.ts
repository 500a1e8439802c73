import { readFileSync } from 'node:fs'
import { createRng } from '../src/assessment/index.js'
import * as M from '../src/assessment/models/gads/gads-models.js'
const cued = new Set(readFileSync('/tmp/cued.txt', 'utf8').trim().split('\n'))
const all = [...M.GADS_KEYWORD_FAMILIES, ...M.GADS_ADS_FAMILIES, ...M.GADS_BIDDING_FAMILIES, ...M.GADS_METRIC_FAMILIES, ...M.GADS_MEASURE_FAMILIES]
const rng = createRng(5)
for (const f of all) {
  if (!cued.has(f.id)) continue
  let s: any
  for (let i = 0; i < 20 && !s; i++) { try { s = f.draw(rng) } catch {} }
  if (s.facts.kind === 'rule') console.log(f.id, 'keys', (s.facts.keys as string[]).map((k) => k.length).join('/'), 'wrong', s.wrong.map(([t]: any) => t.length).sort((a: number, b: number) => a - b).join(','))
  else console.log(f.id, s.facts.kind, 'key', s.key, 'wrong', s.wrong.map(([t]: any) => t).join(' | '))
}

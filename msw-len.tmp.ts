import { MSWORD_MODELS } from './src/assessment/models/msword/msword-models.js'
import { FIELD_RULE_FAMILIES } from './src/assessment/models/msword/field-rule-families.js'
import { createRng } from './src/assessment/index.js'
import * as all from './src/assessment/models/msword/msword-models.js'
const fams = [...all.WORD_STYLE_FAMILIES, ...all.WORD_LAYOUT_FAMILIES, ...all.WORD_FIELD_FAMILIES, ...all.WORD_MERGE_FAMILIES, ...all.WORD_REVIEW_FAMILIES, ...all.WORD_REFERENCE_FAMILIES]
const rng = createRng(1)
for (const f of fams) {
  const keys = new Set<number>(); let wr: number[] = []
  let rule = false
  for (let i = 0; i < 30; i++) { let s; try { s = f.draw(rng) } catch { continue }; if (!s.rule) break; rule = true; keys.add(s.key.length); wr = s.wrong.map(([t]) => t.length) }
  if (!rule) continue
  const w = [...wr].sort((a,b)=>a-b)
  const k = [...keys].sort((a,b)=>a-b)
  const longer = (x: number) => w.filter((y) => y > x).length
  const bad = k.some((x) => longer(x) < 2) || k.some((x) => w.filter((y)=>y<x).length < 1)
  if (bad) console.log(f.id, 'keys', k.join(','), 'wrong', w.join(','))
}

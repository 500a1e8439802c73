import * as all from './src/assessment/models/msword/msword-models.js'
import { createRng } from './src/assessment/index.js'
const fams = [...all.WORD_STYLE_FAMILIES, ...all.WORD_LAYOUT_FAMILIES, ...all.WORD_FIELD_FAMILIES, ...all.WORD_MERGE_FAMILIES, ...all.WORD_REVIEW_FAMILIES, ...all.WORD_REFERENCE_FAMILIES]
const rng = createRng(1)
for (const f of fams) {
  const keys = new Map<string, number>(); let wr: string[] = []
  let rule = false
  for (let i = 0; i < 40; i++) { let s; try { s = f.draw(rng) } catch { continue }; if (!s.rule) break; rule = true; keys.set(s.key, s.key.length); wr = s.wrong.map(([t]) => t) }
  if (!rule) continue
  const w = wr.map((t) => t.length)
  const good = [...keys.keys()].filter((k) => w.filter((y) => y > k.length).length >= 2 && w.filter((y) => y < k.length).length >= 1)
  if (good.length === 0) console.log(f.id, '| keys', [...keys.keys()].map(k=>`${k.length}`).join(','), '| wrong', w.sort((a,b)=>a-b).join(','))
}

import { createRng } from '../src/assessment/rng.js'
import * as M from '../src/assessment/models/photoshop/photoshop-models.js'
const all = [...M.PS_SIZE_FAMILIES, ...M.PS_BLEND_FAMILIES, ...M.PS_LAYER_FAMILIES, ...M.PS_COLOUR_FAMILIES, ...M.PS_EXPORT_FAMILIES]
const only = new Set(process.argv.slice(2))
const num = (t: string) => { const m = t.replace(/,/g, '').match(/-?\d+(\.\d+)?/); return m ? Number(m[0]) : NaN }
for (const f of all) {
  if (only.size && !only.has(f.id)) continue
  const rng = createRng(3)
  let lo = 9, hi = 9, n = 0
  let s: any
  for (let i = 0; i < 40; i++) {
    try { s = f.draw(rng) } catch { continue }
    n++
    const k = num(s.key)
    if (Number.isNaN(k) || s.facts.kind === 'rule') break
    const ws = s.wrong.map(([t]: [string]) => num(t))
    lo = Math.min(lo, ws.filter((v: number) => v < k).length); hi = Math.min(hi, ws.filter((v: number) => v > k).length)
  }
  if (s.facts.kind === 'rule') {
    const kl = (s.facts.keys as string[]).map((k) => k.length)
    const wl = s.wrong.map(([t]: [string]) => t.length).sort((a: number, b: number) => a - b)
    console.log('RULE', f.id, 'keys', kl.join(','), 'wrongs', wl.join(','))
  } else console.log('NUM ', f.id, 'below>=', lo, 'above>=', hi)
}

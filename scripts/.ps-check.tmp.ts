import { createRng } from '../src/assessment/rng.js'
import { VariantError } from '../src/assessment/models/assemble-variant.js'
import { distinctWrongs } from '../src/assessment/models/scenario/scenario-model.js'
import * as M from '../src/assessment/models/photoshop/photoshop-models.js'
const groups = { size: M.PS_SIZE_FAMILIES, blend: M.PS_BLEND_FAMILIES, layers: M.PS_LAYER_FAMILIES, colour: M.PS_COLOUR_FAMILIES, export: M.PS_EXPORT_FAMILIES }
let total = 0
for (const [g, fams] of Object.entries(groups)) {
  console.log(g, fams.length); total += fams.length
  for (const f of fams) {
    const rng = createRng(7)
    let refused = 0
    for (let i = 0; i < 60; i++) {
      try {
        const s = f.draw(rng)
        const w = distinctWrongs(s)
        if (w.length < 3) console.log('FEW', f.id)
        if (!/^[A-Z0-9]/.test(s.stem)) console.log('LOWER', f.id, s.stem.slice(0, 30))
        if (i === 0 && process.argv[2] === 'show') console.log(f.id, '|', s.key, '|', w.map((x) => x[0]).join(' / '))
        if (/NaN|undefined|Infinity/.test(s.stem + s.key + w.map((x) => x[0]).join())) console.log('BAD', f.id, s.key, w)
      } catch (e) {
        if (e instanceof VariantError) refused++
        else { console.log('ERR', f.id, (e as Error).message); break }
      }
    }
    if (refused > 20) console.log('REFUSED', f.id, refused)
  }
}
console.log('total', total)

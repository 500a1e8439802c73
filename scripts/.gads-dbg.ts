import { createRng } from '../src/assessment/index.js'
import { NEGATIVE_COUNT_FAMILIES } from '../src/assessment/models/gads/negative-families.js'
const rng = createRng(3)
for (let i = 0; i < 6; i++) { try { const s = NEGATIVE_COUNT_FAMILIES[1]!.draw(rng); console.log(JSON.stringify(s.facts), s.key) } catch {} }

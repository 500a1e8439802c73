import { editPoints, parseFrame, render } from './src/assessment/models/editing/edit-frame.js'
import { PG_FAMILIES } from './src/assessment/models/postgresql/pg-models.js'
import { resemblance, readText } from './src/assessment/lint/option-cues.js'
const only = process.argv.slice(2)
for (const f of PG_FAMILIES) {
  if (only.length && !only.includes(f.id)) continue
  const parts = parseFrame(f.frames[0]!)
  const pts = editPoints(parts)
  const texts = [render(parts)]
  pts.forEach((p, i) => p.wrong.forEach((_, j) => texts.push(render(parts, new Map([[i, j]])))))
  const t = texts.map(readText)
  const sim = resemblance(t).map((x) => x.toFixed(2))
  console.log(f.id, 'points', pts.length, 'len', t.map((x) => x.length).join(' '), 'sim', sim.join(' '))
}

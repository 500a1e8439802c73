import { createRng } from '../src/assessment/index.js'
import * as M from '../src/assessment/models/salesfc/salesfc-models.js'
const which = process.argv[2] ?? ''
const rng = createRng(Number(process.argv[3] ?? 7))
const all = [M.SALESFC_PIPELINE_FAMILIES, M.SALESFC_SERIES_FAMILIES, M.SALESFC_SEASON_FAMILIES, M.SALESFC_ACCURACY_FAMILIES, M.SALESFC_QUOTA_FAMILIES].flat()
for (const f of all) {
  if (which && !f.id.includes(which)) continue
  const s = f.draw(rng) as { stem: string; key: string; wrong: [string, string][] }
  console.log(`\n## ${f.id}\n${s.stem}\nKEY ${s.key}\n${s.wrong.map((w) => `  ${w[0]}  — ${w[1]}`).join('\n')}`)
}

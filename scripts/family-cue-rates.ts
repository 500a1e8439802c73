/**
 * How often each generic test-wise rule picks the key, family by family, for the item models
 * whose ids start with the given prefixes. A form can only dilute a cue across families; a
 * family that carries one in every draw (the key always longest, or always nearest the other
 * options) cannot be drawn away, so authors and reviewers run this before a family is reviewed.
 *
 *   node --import tsx scripts/family-cue-rates.ts git- [--draws 300] [--over 0.5] [--json]
 *
 * Lists the families whose best rule exceeds `--over` (chance with four options is 0.25) and each
 * rule's mean over all families; exits 1 when a rule's mean exceeds 0.4, since a rule that
 * gets most families right passes whole forms however they are assembled.
 */
import { chooseByScores, ruleScores } from '../src/assessment/forms/test-wise-rules.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  ITEM_MODELS,
  isCorrect,
  seedFromName,
  TEST_WISE_RULES,
} from '../src/assessment/index.js'

interface FamilyRate {
  readonly family: string
  readonly rule: string
  readonly rate: number
}

/** A rule's mean rate over the families: about what it scores on a form that draws them evenly. */
const MAX_RULE_MEAN = 0.4

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name)
  if (at < 0) return fallback
  const value = Number(args[at + 1])
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number`)
  args.splice(at, 2)
  return value
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const draws = option(args, '--draws', 300)
  const over = option(args, '--over', 0.5)
  const json = args.includes('--json')
  const prefixes = args.filter((a) => !a.startsWith('--'))
  if (prefixes.length === 0) {
    process.stderr.write('usage: family-cue-rates.ts MODEL-ID-PREFIX… [--draws N] [--over R]\n')
    return 2
  }
  const models = ITEM_MODELS.filter((m) => prefixes.some((p) => m.id.startsWith(p)))
  const engines = createTaskEngines()
  const rates: FamilyRate[] = []
  const ruleTotals = new Map(TEST_WISE_RULES.map((r) => [r.name, 0]))
  try {
    for (const model of models) {
      if (!model.generateIn || !model.strata) {
        process.stderr.write(`${model.id}: draws no named families, skipped\n`)
        continue
      }
      for (const stratum of model.strata) {
        // Each family draws from a stream of its own, so editing one family leaves every other
        // family's rate where it was (one shared stream moved them by up to ±0.1).
        const rng = createRng(seedFromName(stratum))
        const right = new Map(TEST_WISE_RULES.map((r) => [r.name, 0]))
        for (let i = 0; i < draws; i++) {
          const variant = await model.generateIn(stratum, rng, engines)
          for (const rule of TEST_WISE_RULES) {
            const chosen = chooseByScores(variant, ruleScores(rule, variant), rng)
            if (isCorrect(variant.keys, chosen)) right.set(rule.name, right.get(rule.name)! + 1)
          }
        }
        for (const [name, n] of right) ruleTotals.set(name, ruleTotals.get(name)! + n / draws)
        const [rule, count] = [...right].sort((a, b) => b[1] - a[1])[0]!
        rates.push({ family: stratum, rule, rate: count / draws })
      }
    }
  } finally {
    await closeTaskEngines(engines)
  }
  rates.sort((a, b) => b.rate - a.rate)
  const cued = rates.filter((r) => r.rate > over)
  const ruleMeans = Object.fromEntries(
    [...ruleTotals].map(([name, total]) => [name, total / Math.max(1, rates.length)]),
  )
  const failing = Object.values(ruleMeans).some((mean) => mean > MAX_RULE_MEAN)
  if (json) {
    const report = { families: rates.length, ruleMeans, cued }
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    for (const r of cued) process.stdout.write(`${r.rate.toFixed(2)}  ${r.rule}  ${r.family}\n`)
    process.stdout.write(
      `${cued.length} of ${rates.length} families over ${over} (${draws} draws each)\n`,
    )
    for (const [name, mean] of Object.entries(ruleMeans))
      process.stdout.write(`mean ${mean.toFixed(2)}  ${name}\n`)
  }
  return failing ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(2)
  },
)

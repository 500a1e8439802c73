import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
  ITEM_MODELS,
  seedFromName,
} from '../../src/assessment/index.js'
import { describeEngineIndependent } from './engine-independent.js'

/**
 * The editing key check runs as this many test files, so the two workers of a run share it: whole,
 * it drew 600 variants of every editing and scenario model (over 500) in one file.
 */
export const EDITING_KEY_PARTS = 3

/** The part that checks a model, by its id alone: every model falls in exactly one part. */
export const editingPartOf = (id: string): number => seedFromName(id) % EDITING_KEY_PARTS

/** Enough to meet every family of a model; `npm run bench item-models` draws many more. */
const VARIANTS = 600
const EDITING = ITEM_MODELS.filter((m) => m.engine === 'edit')

// Read independently of the model's frames: an edit point is `⟦standard|wrong=mistake|…⟧`.
const POINT = /⟦([^⟦⟧]*)⟧/g
const fromNotation = (t: string) => (t === '^' ? '' : t.replace(/~/g, ' '))

/** Mistakes named in a canonical order: two at once are joined in whichever order was drawn. */
const named = (mistake = '') => mistake.split(' + ').sort().join(' + ')

/** Every text the frame yields with no, one or two edit points wrong, with the mistakes named. */
function readings(frame: string): Map<string, string> {
  const points = [...frame.matchAll(POINT)].map((m) => {
    const [right, ...wrongs] = m[1]!.split('|')
    return {
      start: m.index,
      end: m.index + m[0].length,
      right: fromNotation(right!),
      wrong: wrongs.map(
        (w) =>
          [fromNotation(w.slice(0, w.lastIndexOf('='))), w.slice(w.lastIndexOf('=') + 1)] as const,
      ),
    }
  })
  const text = (choice: (i: number) => string) => {
    let out = ''
    let at = 0
    points.forEach((p, i) => {
      out += frame.slice(at, p.start) + choice(i)
      at = p.end
    })
    return out + frame.slice(at)
  }
  const out = new Map<string, string>([[text((i) => points[i]!.right), '']])
  points.forEach((p, i) => {
    for (const [w, mistake] of p.wrong) {
      out.set(
        text((k) => (k === i ? w : points[k]!.right)),
        mistake,
      )
      points.forEach((q, k) => {
        if (k <= i) return
        for (const [v, other] of q.wrong) {
          const both = text((n) => (n === i ? w : n === k ? v : points[n]!.right))
          out.set(both, named(`${mistake} + ${other}`))
        }
      })
    }
  })
  return out
}

/** Forms no careful editor lets through, checked in every key whatever its frame says. */
const NONSTANDARD =
  /\b(?:could|should|would) of\b|\bits'|\birregardless\b|\balot\b|\b(?:gonna|wanna|Thx|Pls)\b|\bvery unique\b|\bend result\b|\bpast history\b|\bfree gift\b|\breason (?:for .+ )?is because\b|\b(?:apple|menu)'s and\b|\bbetween you and I\b|\bless (?:errors|pages)\b|\bHey Ms\b/

/** The editing models whose ids fall in `part`, each checked over `VARIANTS` variants. */
export function describeEditingKeyPart(part: number): void {
  const engines = createTaskEngines()
  afterAll(() => closeTaskEngines(engines))
  const models = EDITING.filter((m) => editingPartOf(m.id) === part)
  describeEngineIndependent(
    `${VARIANTS} variants of each editing item model (part ${part + 1} of ${EDITING_KEY_PARTS})`,
    () => {
      it('has models to check', () => expect(models.length).toBeGreaterThan(0))

      it.each(models.map((m) => [m.id, m] as const))(
        '%s: the key is the standard reading, each distractor a named one- or two-error reading',
        async (_id, model) => {
          const variants = await generateVariants(model, createRng(2026_12_03), VARIANTS, engines)
          const answers = await executeTasks(
            variants.map((v) => v.task),
            engines,
          )
          const problems: string[] = []
          const families = new Set<string>()
          variants.forEach((v, i) => {
            if (v.task.kind !== 'edit') throw new Error(`${model.id}: task ${v.task.kind}`)
            const read = readings(v.task.frame)
            const key = v.options.find((o) => v.keys.includes(o.id))!
            if (v.keys.length !== 1 || key.value !== answers[i] || read.get(key.value) !== '') {
              problems.push(`#${i}: key ${key.value}`)
            }
            // A proofreading item that asks for the misspelled word keys the misspelling itself (its
            // own key test checks it against the dictionaries); every other key is the standard form.
            const asksForTheError = /\bmisspelled\?/.test(v.stem)
            if (!asksForTheError && NONSTANDARD.test(key.value))
              problems.push(`#${i}: nonstandard key ${key.value}`)
            // Prose never shows brackets: one left in a key is notation the frame failed to mark.
            if (model.id.startsWith('en-') && /[[\]{}⟦⟧⟨⟩]/.test(key.value)) {
              problems.push(`#${i}: notation left in ${key.value}`)
            }
            // An edit point's own space beside the frame's leaves a double space an editor removes.
            if (model.id.startsWith('en-') && / {2}/.test(key.value)) {
              problems.push(`#${i}: double space in ${key.value}`)
            }
            for (const o of v.options.filter((x) => x !== key)) {
              if (read.get(o.value) !== named(o.mistake))
                problems.push(`#${i}: ${o.value} <${o.mistake}>`)
            }
            if (new Set(v.options.map((o) => o.value)).size !== 4) problems.push(`#${i}: repeats`)
            families.add(v.family!)
          })
          expect(problems.slice(0, 5)).toEqual([])
          // Every variant names a family of its model, and every family yields variants.
          expect([...families].sort()).toEqual([...(model.families ?? [])].sort())
        },
      )
    },
  )
}

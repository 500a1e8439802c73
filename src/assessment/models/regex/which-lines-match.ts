import { runRegex } from '../../engines/regex-runner.js'
import type { ItemModel } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { code, codeCandidate, multipleAnswer, VariantError } from '../assemble-variant.js'

interface Family {
  readonly pattern: string
  readonly make: (rng: Rng) => string
}

const d = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join('')
const letter = (rng: Rng): string => rng.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ'])

const FAMILIES: readonly Family[] = [
  {
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    make: (rng) =>
      rng.pick([
        () => `${d(rng, 4)}-${d(rng, 2)}-${d(rng, 2)}`,
        () => `${d(rng, 4)}/${d(rng, 2)}/${d(rng, 2)}`,
        () => `${d(rng, 2)}-${d(rng, 2)}-${d(rng, 4)}`,
        () => `${d(rng, 4)}-${d(rng, 1)}-${d(rng, 2)}`,
        // Text after the date, not a trailing space: the app shows code trimmed, so a space
        // at the end would be invisible and the option mis-keyed as displayed.
        () => `${d(rng, 4)}-${d(rng, 2)}-${d(rng, 2)}T${d(rng, 2)}`,
      ])(),
  },
  {
    pattern: '^[A-Z]{2}\\d{2} ?\\d{4}$',
    make: (rng) =>
      rng.pick([
        () => `${letter(rng)}${letter(rng)}${d(rng, 2)} ${d(rng, 4)}`,
        () => `${letter(rng)}${letter(rng)}${d(rng, 6)}`,
        () => `${letter(rng)}${d(rng, 3)} ${d(rng, 4)}`,
        () => `${letter(rng).toLowerCase()}${letter(rng)}${d(rng, 2)} ${d(rng, 4)}`,
        // A hyphen, not a doubled space: HTML shows two spaces as one.
        () => `${letter(rng)}${letter(rng)}${d(rng, 2)}-${d(rng, 4)}`,
      ])(),
  },
  {
    pattern: '^#([0-9a-f]{3}|[0-9a-f]{6})$',
    make: (rng) => {
      const hex = (n: number) =>
        Array.from({ length: n }, () => rng.pick([...'0123456789abcdef'])).join('')
      return rng.pick([
        () => `#${hex(3)}`,
        () => `#${hex(6)}`,
        () => `#${hex(4)}`,
        () => `${hex(6)}`,
        () => `#${hex(5)}g`,
        () => `#${hex(6).toUpperCase()}`,
      ])()
    },
  },
  {
    pattern: '^(\\+\\d{1,3} )?\\d{3}-\\d{4}$',
    make: (rng) =>
      rng.pick([
        () => `${d(rng, 3)}-${d(rng, 4)}`,
        () => `+${d(rng, rng.int(1, 3))} ${d(rng, 3)}-${d(rng, 4)}`,
        () => `+${d(rng, 4)} ${d(rng, 3)}-${d(rng, 4)}`,
        () => `${d(rng, 3)}${d(rng, 4)}`,
        () => `(${d(rng, 3)}) ${d(rng, 3)}-${d(rng, 4)}`,
      ])(),
  },
]

/** Which strings a pattern fully matches; several may be right. */
export const whichLinesMatchModel: ItemModel = {
  id: 'regex-which-match',
  title: 'Regular expressions: which strings match',
  engine: 'regex',
  kind: 'multiple',
  async generate(rng, engines) {
    const family = rng.pick(FAMILIES)
    for (let attempt = 0; attempt < 50; attempt++) {
      const candidates = [...new Set(Array.from({ length: 5 }, () => family.make(rng)))]
      if (candidates.length < 5) continue
      const input = candidates.join('\n')
      const matched = JSON.parse(
        runRegex(engines.javascript, {
          pattern: family.pattern,
          flags: '',
          input,
          operation: 'filter',
        }),
      ) as string[]
      if (matched.length === 0 || matched.length === candidates.length) continue
      return multipleAnswer({
        modelId: this.id,
        stem: `Which strings does ${code(`/${family.pattern}/`)} match? Select all that apply.`,
        task: { kind: 'regex', pattern: family.pattern, flags: '', input, operation: 'filter' },
        options: candidates.map((c) => ({ ...codeCandidate(c), correct: matched.includes(c) })),
        rng,
      })
    }
    throw new VariantError(`${this.id}: no mixed set of strings found`)
  },
}

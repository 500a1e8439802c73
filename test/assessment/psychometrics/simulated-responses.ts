import {
  createRng,
  logistic,
  normalDraw,
  type RaschObservation,
} from '../../../src/assessment/index.js'

export interface SimulatedRasch {
  readonly difficulties: number[]
  readonly abilities: number[]
  readonly observations: RaschObservation[]
}

/**
 * Responses from a known Rasch model: difficulties and abilities drawn from normal distributions,
 * each person answering `perPerson` items drawn at random (linear-on-the-fly forms).
 */
export function simulateRasch(options: {
  readonly items: number
  readonly persons: number
  readonly perPerson: number
  readonly abilitySd: number
  readonly seed: number
}): SimulatedRasch {
  const rng = createRng(options.seed)
  const uniform = () => rng.next()
  const difficulties = Array.from({ length: options.items }, () => normalDraw(uniform))
  const abilities = Array.from(
    { length: options.persons },
    () => options.abilitySd * normalDraw(uniform),
  )
  const itemIndices = Array.from({ length: options.items }, (_, i) => i)
  const observations: RaschObservation[] = []
  abilities.forEach((theta, person) => {
    for (const item of rng.shuffle(itemIndices).slice(0, options.perPerson)) {
      observations.push({
        person,
        item,
        correct: rng.next() < logistic(theta - difficulties[item]!),
      })
    }
  })
  return { difficulties, abilities, observations }
}

import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, type FamilyMaker, scenarioFamily } from '../scenario/scenario-text.js'

/**
 * A technical-writing scenario. `facts` name the check the key test reads the options with
 * (`check`) and repeat the drawn inputs the key follows from (the steps of a draft, the counts
 * of a readability figure, a version number), so the test can work the answer out again with its
 * own linter, formulas or tables.
 */
export interface TwScenario extends Scenario {
  readonly facts: Readonly<{ check: string } & Record<string, unknown>>
}

/** A family whose draws carry the facts their key follows from. */
export interface TwFamily extends ScenarioFamily {
  draw(rng: Rng): TwScenario
}

/** A named family. */
export const family: FamilyMaker<TwScenario, TwFamily> = scenarioFamily

/**
 * The key and every distinct named mistake, shuffled; fewer than three refuses the draw. The
 * models aim the key's place (`aimKeyPlaces`), so the assembler picks the three shown from all
 * of them, placing the key by length and likeness as chance would.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts: TwScenario['facts']
    /** Whether the options are code (commands, Markdown, JSON) shown in code font. */
    code?: boolean
  },
): TwScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    facts: spec.facts,
    ...(spec.code ? { code: true } : {}),
  }
}

/**
 * One screen of the software a procedure documents: where the reader is, the control they act
 * on, a text box and the value typed into it, and what the software shows afterwards.
 */
export interface Screen {
  readonly app: string
  readonly page: string
  readonly button: string
  readonly field: string
  readonly value: string
  readonly result: string
  readonly banner: string
  readonly goal: string
}

/** Products and screens a freelance technical writer documents. */
export const SCREENS: readonly Screen[] = [
  {
    app: 'Ledgerly',
    page: 'Backups',
    button: 'Create backup',
    field: 'Backup name',
    value: 'nightly',
    result: 'The Backup created message appears',
    banner: 'Storage almost full',
    goal: 'create a backup',
  },
  {
    app: 'ShiftBoard',
    page: 'Rotas',
    button: 'Publish rota',
    field: 'Week starting',
    value: '6 April',
    result: 'The rota status changes to Published',
    banner: 'Unassigned shifts',
    goal: 'publish a rota',
  },
  {
    app: 'CartWise',
    page: 'Discounts',
    button: 'Add discount',
    field: 'Discount code',
    value: 'SPRING10',
    result: 'The new code appears in the Discounts list',
    banner: 'Code already exists',
    goal: 'add a discount code',
  },
  {
    app: 'MediTrack',
    page: 'Devices',
    button: 'Pair device',
    field: 'Device ID',
    value: 'MT-4471',
    result: 'The device shows a green Connected label',
    banner: 'Firmware update required',
    goal: 'pair a device',
  },
  {
    app: 'Fleetline',
    page: 'Vehicles',
    button: 'Add vehicle',
    field: 'Registration',
    value: 'KX24 BHD',
    result: 'The vehicle appears on the map',
    banner: 'Licence limit reached',
    goal: 'add a vehicle',
  },
  {
    app: 'DocuVault',
    page: 'Sharing',
    button: 'Create link',
    field: 'Link expiry',
    value: '30 days',
    result: 'The link is copied to your clipboard',
    banner: 'External sharing is off',
    goal: 'share a folder',
  },
  {
    app: 'PayNest',
    page: 'Payouts',
    button: 'Schedule payout',
    field: 'Amount',
    value: '250.00',
    result: 'The payout appears under Scheduled',
    banner: 'Bank account not verified',
    goal: 'schedule a payout',
  },
  {
    app: 'GreenHouse IoT',
    page: 'Sensors',
    button: 'Calibrate',
    field: 'Reference value',
    value: '21.5',
    result: 'The sensor reading turns from amber to green',
    banner: 'Sensor offline',
    goal: 'calibrate a sensor',
  },
] as const

export const screen = (rng: Rng): Screen => rng.pick(SCREENS)

/**
 * A step with the location of its control put first, in half the draws: where the page is named
 * first or not changes no rule a family tests, and it varies the options' lengths.
 */
export const placed = (rng: Rng, s: Screen, step: string): string =>
  rng.next() < 0.5
    ? step
    : `On the **${s.page}** page, ${step.startsWith('**') ? step : step.charAt(0).toLowerCase() + step.slice(1)}`

/** Upper-case the first letter. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** Lower-case the first letter (for a result used inside a sentence). */
export const low = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

const BASE_FORM: Readonly<Record<string, string>> = {
  appears: 'appear',
  changes: 'change',
  is: 'be',
  shows: 'show',
  turns: 'turn',
}

/** A screen's result with its present-tense verb put after an auxiliary: “will appear”. */
export const withAux = (result: string, aux: string): string =>
  result.replace(
    / (appears|changes|is|shows|turns)\b/,
    (_m, v: string) => ` ${aux} ${BASE_FORM[v]}`,
  )

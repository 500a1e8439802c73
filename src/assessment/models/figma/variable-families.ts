import type { Rng } from '../../rng.js'
import {
  choose,
  client,
  type FigmaFamily,
  family,
  type Setting,
  settingFamilies,
} from './figma-text.js'

// Variables after help.figma.com, "Guide to variables in Figma", "Modes for variables" and
// "Create and manage variables": a variable holds one value per mode of its collection, or an
// alias to another variable; a layer uses the mode set on it or, left on Auto, the mode of its
// nearest ancestor that sets one, and the collection's default mode when none does (the stems
// name the default mode rather than lean on its place in the list); an
// alias resolves the target variable in the mode in force for the target's own collection.

/** A variable: one value or alias per mode of its collection. */
export interface Variable {
  readonly collection: string
  readonly values: Readonly<Record<string, string>>
}

export type VariableFacts = {
  readonly kind: 'variable'
  /** Each collection's modes, default (first) mode first. */
  readonly modes: Readonly<Record<string, readonly string[]>>
  readonly vars: Readonly<Record<string, Variable>>
  /** Modes set on the layer's ancestors, outermost first (collection → mode). */
  readonly chain: readonly Readonly<Record<string, string>>[]
  readonly bound: string
}

const PRIMITIVES: Record<string, string> = {
  'blue/300': '#93C5FD',
  'blue/600': '#2563EB',
  'gray/50': '#F9FAFB',
  'gray/900': '#111827',
  'green/400': '#4ADE80',
  'green/700': '#15803D',
}
const prim = (hex: string): Variable => ({ collection: 'Primitives', values: { Value: hex } })

/** Primitives, a Theme collection (Light, Dark) aliasing them and a Button collection aliasing Theme. */
function system(rng: Rng, defaultFirst: 'Light' | 'Dark') {
  const brand = rng.pick([
    ['blue/600', 'blue/300'],
    ['green/700', 'green/400'],
  ] as const)
  const vars: Record<string, Variable> = {
    ...Object.fromEntries(Object.entries(PRIMITIVES).map(([k, v]) => [k, prim(v)])),
    'color/brand': {
      collection: 'Theme',
      values: { Light: `{${brand[0]}}`, Dark: `{${brand[1]}}` },
    },
    'color/surface': { collection: 'Theme', values: { Light: '{gray/50}', Dark: '{gray/900}' } },
    'color/on-surface': { collection: 'Theme', values: { Light: '{gray/900}', Dark: '{gray/50}' } },
    'button/fill': { collection: 'Button', values: { Default: '{color/brand}' } },
    'card/fill': { collection: 'Button', values: { Default: '{color/surface}' } },
  }
  const modes = {
    Primitives: ['Value'],
    Theme: defaultFirst === 'Light' ? ['Light', 'Dark'] : ['Dark', 'Light'],
    Button: ['Default'],
  }
  return { vars, modes }
}

/** The variable's value in a mode, following aliases the way Figma does (each in its own collection's mode). */
export function resolve(f: Pick<VariableFacts, 'modes' | 'vars' | 'chain'>, name: string): string {
  const v = f.vars[name]!
  let mode = f.modes[v.collection]![0]!
  for (const set of f.chain) if (set[v.collection]) mode = set[v.collection]!
  const raw = v.values[mode]!
  const alias = /^\{(.+)\}$/.exec(raw)
  return alias ? resolve(f, alias[1]!) : raw
}

const describe = (f: VariableFacts) =>
  Object.entries(f.vars)
    .filter(([, v]) => v.collection !== 'Primitives')
    .map(
      ([k, v]) =>
        `${k} (${v.collection}) ${Object.entries(v.values)
          .map(([m, x]) => `${m}: ${x}`)
          .join(', ')}`,
    )
    .join('; ')
const prims = () =>
  Object.entries(PRIMITIVES)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')

function resolutionFamily(
  id: string,
  setup: (rng: Rng) => { f: VariableFacts; where: string },
): FigmaFamily {
  return family(id, (rng) => {
    const { f, where } = setup(rng)
    const key = resolve(f, f.bound)
    const other = (mode: string) => resolve({ ...f, chain: [...f.chain, { Theme: mode }] }, f.bound)
    const inForce = f.chain.reduce<string>((m, s) => s.Theme ?? m, f.modes.Theme![0]!)
    const flip = inForce === 'Light' ? 'Dark' : 'Light'
    const firstAlias = /^\{(.+)\}$/.exec(f.vars[f.bound]!.values.Default ?? '')?.[1] ?? f.bound
    const aliasOf = /^\{(.+)\}$/.exec(f.vars[firstAlias]!.values[inForce] ?? '')?.[1] ?? firstAlias
    const outer = resolve({ ...f, chain: f.chain.slice(0, 1) }, f.bound)
    const deflt = resolve({ ...f, chain: [] }, f.bound)
    const who = client(rng)
    return choose(rng, {
      stem: `${who[0]!.toUpperCase()}${who.slice(1)}’s file has primitives ${prims()}, and ${describe(f)}. ${where} A button’s fill is bound to ${f.bound}. What colour does it show?`,
      key,
      wrong: [
        [other(flip), `resolves the alias in ${flip} mode, not the mode in force`],
        [aliasOf, 'stops at the primitive’s name instead of its value'],
        [outer, 'takes the mode from the outermost frame, not the nearest one that sets it'],
        [deflt, 'ignores the modes set on the frames and uses the default mode'],
        [`{${firstAlias}}`, 'stops at the first alias'],
        [
          resolve(f, 'color/on-surface'),
          'reads the on-surface token, the text colour, for the fill',
        ],
      ],
      facts: f,
    })
  })
}

const MODES = ['Light', 'Dark'] as const

export const VARIABLE_FAMILIES: readonly FigmaFamily[] = [
  resolutionFamily('alias-in-frame-mode', (rng) => {
    const first = rng.pick(MODES)
    const set = rng.pick(MODES)
    const { vars, modes } = system(rng, first)
    return {
      f: { kind: 'variable', modes, vars, chain: [{ Theme: set }], bound: 'button/fill' },
      where: `The Theme collection’s modes are ${modes.Theme[0]} (its default mode) and ${modes.Theme[1]}. The screen frame has the Theme mode set to ${set}; the button inside is left on Auto.`,
    }
  }),
  resolutionFamily('nearest-ancestor-mode', (rng) => {
    const first = rng.pick(MODES)
    const outer = rng.pick(MODES)
    const inner = outer === 'Light' ? 'Dark' : 'Light'
    const { vars, modes } = system(rng, first)
    return {
      f: {
        kind: 'variable',
        modes,
        vars,
        chain: [{ Theme: outer }, { Theme: inner }],
        bound: rng.pick(['button/fill', 'card/fill']),
      },
      where: `The Theme collection’s modes are ${modes.Theme[0]} (its default mode) and ${modes.Theme[1]}. The page frame sets the Theme mode to ${outer}; a section frame inside it sets ${inner}; the button inside the section is left on Auto.`,
    }
  }),
  resolutionFamily('default-mode-when-unset', (rng) => {
    const first = rng.pick(MODES)
    const { vars, modes } = system(rng, first)
    return {
      f: {
        kind: 'variable',
        modes,
        vars,
        chain: [{ Button: 'Default' }],
        bound: rng.pick(['button/fill', 'card/fill']),
      },
      where: `The Theme collection’s modes are ${modes.Theme[0]} (its default mode) and ${modes.Theme[1]}. No frame above the button sets a Theme mode.`,
    }
  }),
]

// What to create for a design decision, after the guide to variables ("variables store single
// values: colour, number, string, boolean"; gradients, type and shadows are styles), "Create
// and apply styles" and "Variable scoping and code syntax".
const TOKENS: Readonly<Record<string, Setting>> = {
  'a colour variable': {
    names: ['A colour variable', 'A color variable with modes', 'A colour variable per theme'],
    asks: [
      'a solid brand colour that must switch between a light and a dark value when the frame’s mode changes',
    ],
    gloss: 'holds one solid colour per mode',
  },
  'a number variable': {
    names: ['A number variable', 'A number variable with modes', 'A number variable for spacing'],
    asks: [
      'a spacing value of 16 on desktop and 12 on mobile, bound to the gaps and padding of every card',
    ],
    gloss: 'holds one number per mode, for sizes and spacing',
  },
  'a string variable': {
    names: ['A string variable', 'A string variable with modes', 'A string variable per language'],
    asks: [
      'a button label that reads Buy now in an English mode and Jetzt kaufen in a German mode',
    ],
    gloss: 'holds one piece of text per mode',
  },
  'a boolean variable': {
    names: ['A boolean variable', 'A boolean variable in a prototype', 'A true/false variable'],
    asks: [
      'a prototype flag, set by a Set variable action on tap, that decides whether a cart badge is visible',
    ],
    gloss: 'holds true or false, for visibility and conditionals',
  },
  'a color style': {
    names: ['A colour style', 'A color style (paint style)', 'A colour style with the gradient'],
    asks: ['a linear gradient from coral to violet that every hero banner must share'],
    gloss: 'stores paints such as gradients and layered fills',
  },
  'a text style': {
    names: ['A text style', 'A text style (typography)', 'A text style for the heading'],
    asks: [
      'a heading look combining Inter Semi Bold, 32 size, 40 line height and -1% letter spacing',
    ],
    gloss: 'stores a combination of type properties',
  },
  'an effect style': {
    names: ['An effect style', 'An effect style (shadow)', 'An effect style for elevation'],
    asks: ['a two-layer drop shadow that all raised cards and menus must share'],
    gloss: 'stores shadows and blurs',
  },
  'variable scoping': {
    names: ['Variable scoping', 'Scoping on the variable', 'Set the variable’s scope'],
    asks: [
      'a corner-radius number variable, now offered in the gap and font-size pickers too, to be offered for corner radius only',
    ],
    gloss: 'limits which properties a variable is offered for',
  },
}

export const TOKEN_FAMILIES: readonly FigmaFamily[] = settingFamilies(
  'token',
  TOKENS,
  (rng, ask) =>
    `Setting up ${client(rng)}’s design system, a designer needs ${ask}. What should they create or set?`,
  'help.figma.com, Guide to variables in Figma; Create and apply styles',
)

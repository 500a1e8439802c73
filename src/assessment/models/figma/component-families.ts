import {
  choose,
  client,
  type FigmaFamily,
  family,
  fmt,
  type Setting,
  settingFamilies,
} from './figma-text.js'

// Components and variants after help.figma.com, "Guide to components in Figma", "Create and use
// variants" (a variant's layer name lists its properties as Property=Value pairs separated by
// commas; a component set holds one variant per combination the design needs), "Explore
// component properties" (boolean, instance swap, text and variant properties; preferred values
// for instance swap), "Apply overrides to instances" (an instance keeps the properties overridden
// on it and takes every other change made to the main component) and "Detach an instance"
// (a detached instance becomes a frame with no link to its main component).

const PROPS = [
  ['Size', ['Small', 'Medium', 'Large', 'X-Large']],
  ['State', ['Default', 'Hover', 'Pressed', 'Disabled', 'Focused']],
  ['Type', ['Primary', 'Secondary', 'Tertiary', 'Danger']],
] as const

export const COMPONENT_FAMILIES: readonly FigmaFamily[] = [
  family('variants-to-build', (rng) => {
    const a = rng.int(2, 4)
    const b = rng.int(3, 5)
    const c = rng.int(2, 4)
    const key = a * b * c
    return choose(rng, {
      stem: `A design system for ${client(rng)} needs a button in ${a} sizes, ${b} states and ${c} types, and an optional leading icon shown or hidden by a boolean component property. How many variants does the component set need to cover every combination?`,
      key: fmt(key),
      wrong: [
        [fmt(key * 2), 'makes the optional icon a variant property too, doubling the set'],
        [fmt(a + b + c), 'adds the property values instead of multiplying them'],
        [fmt(a + b + c + 2), 'adds the values, icon on and off included'],
        [fmt(a * b + c), 'multiplies two properties and adds the third'],
        [fmt(key + 2), 'adds the icon’s two states to the count as two more variants'],
        [
          fmt(a * b + b * c + a * c),
          'counts pairs of property values instead of every combination',
        ],
      ],
      facts: { kind: 'variant-count', values: [a, b, c], booleanAsVariant: false },
    })
  }),
  family('variants-with-boolean-variant', (rng) => {
    const a = rng.int(2, 4)
    const b = rng.int(2, 5)
    const key = a * b * 2
    return choose(rng, {
      stem: `An input field in ${client(rng)}’s library has ${a} sizes and ${b} states, and a Has error property built as a variant property (True and False) rather than a boolean component property. How many variants does the component set hold for every combination?`,
      key: fmt(key),
      wrong: [
        [fmt(a * b), 'leaves out the variant property for the error'],
        [fmt(a + b + 2), 'adds the property values instead of multiplying them'],
        [fmt(a * b + 2), 'adds the two error values to the product'],
        [fmt(key * 2), 'counts the True and False values as two more properties'],
        [
          fmt(a * b + 2 * a + 2 * b),
          'counts pairs of property values instead of every combination',
        ],
        [fmt(a * b * 3), 'counts True, False and an unset state for the error'],
      ],
      facts: { kind: 'variant-count', values: [a, b, 2], booleanAsVariant: true },
    })
  }),
  family('variant-layer-name', (rng) => {
    const picks = rng.shuffle([...PROPS]).slice(0, 2)
    const [[p1, v1s], [p2, v2s]] = picks as [(typeof PROPS)[number], (typeof PROPS)[number]]
    const v1 = rng.pick(v1s)
    const v2 = rng.pick(v2s)
    return choose(rng, {
      stem: `A designer builds the variants of a component by hand and must name the layer of the one whose ${p1} is ${v1} and whose ${p2} is ${v2}, so Figma reads both properties from it. What is the layer’s name?`,
      key: `${p1}=${v1}, ${p2}=${v2}`,
      wrong: [
        [
          `${p1}: ${v1}, ${p2}: ${v2}`,
          'writes the pairs with colons, which Figma does not read as properties',
        ],
        [
          `${v1}/${v2}`,
          'uses slash naming, which groups components in the assets panel but sets no property',
        ],
        [`${p1}-${v1}, ${p2}-${v2}`, 'joins property and value with a hyphen'],
        [`${p1}=${v1} / ${p2}=${v2}`, 'separates the pairs with a slash instead of a comma'],
        [`${v1}, ${v2}`, 'gives the values without their property names'],
      ],
      facts: { kind: 'variant-name', p1, v1, p2, v2 },
    })
  }),
  family('override-after-main-edit', (rng) => {
    const [own, other] = rng.shuffle([
      ['fill colour', 'fill'],
      ['corner radius', 'radius'],
      ['label text', 'label'],
      ['stroke weight', 'stroke'],
    ] as const)
    return choose(rng, {
      stem: `An instance of ${client(rng)}’s Card component has its ${own![0]} overridden. The designer then changes both the ${own![0]} and the ${other![0]} on the main component. What happens to the instance?`,
      key: rng.pick([
        `It keeps its own ${own![0]} and takes the new ${other![0]}`,
        `Only the ${other![0]} updates; its ${own![0]} stays`,
        `Its ${own![0]} stays; the new ${other![0]} arrives`,
      ]),
      wrong: [
        [
          `It takes the new ${own![0]} and the new ${other![0]}`,
          'expects a main component edit to replace overrides',
        ],
        [
          `It keeps its own ${own![0]} and the old ${other![0]}`,
          'expects an overridden instance to stop taking any update',
        ],
        [
          `It takes the new ${own![0]} and keeps the old ${other![0]}`,
          'swaps which property the override protects',
        ],
        [
          'It is detached from the main component',
          'confuses an override with detaching the instance',
        ],
      ],
      facts: { kind: 'rule', source: 'help.figma.com, Apply overrides to instances' },
    })
  }),
]

// Which component property a need calls for, after "Explore component properties".
const PROPERTY_TYPES: Readonly<Record<string, Setting>> = {
  'a boolean property': {
    names: ['A boolean property', 'Boolean component property', 'A boolean property on the layer'],
    asks: [
      'let people show or hide the trailing icon of a button with a toggle, without doubling the variants',
    ],
    gloss: 'toggles a layer’s visibility',
  },
  'a text property': {
    names: ['A text property', 'Text component property', 'A text property on the label'],
    asks: [
      'let people edit a button’s label from the properties panel without digging into its layers',
    ],
    gloss: 'exposes a text layer’s content',
  },
  'an instance swap property': {
    names: [
      'An instance swap property',
      'Instance swap component property',
      'An instance swap property on the icon',
    ],
    asks: [
      'let people pick which icon component sits inside a list item from a menu in the properties panel',
    ],
    gloss: 'swaps a nested instance for another component',
  },
  'a variant property': {
    names: [
      'A variant property',
      'Variant property (Property=Value)',
      'A variant property with values',
    ],
    asks: [
      'offer Small, Medium and Large buttons whose padding, type size and icon size all differ',
    ],
    gloss: 'switches between variants of a component set',
  },
  'preferred values': {
    names: ['Preferred values', 'Preferred values on the swap property', 'A preferred-values list'],
    asks: [
      'narrow an icon swap menu to the 12 icons the brand allows instead of the whole library',
    ],
    gloss: 'curates the components offered in a swap menu',
  },
  'exposed nested instances': {
    names: ['Expose nested instances', 'Exposed nested instances', 'Nested instances exposed'],
    asks: [
      'let people set the properties of the avatar instance nested in a list item from the list item’s own panel',
    ],
    gloss: 'surfaces a nested instance’s properties on its parent',
  },
}

// What to do with a component or instance, after the guide, "Detach an instance" and "Apply
// overrides to instances" (Reset all changes; Push changes to main component; Go to main component).
const INSTANCE_ACTIONS: Readonly<Record<string, Setting>> = {
  'Detach instance': {
    names: ['Detach instance', 'Detach the instance', 'Detach instance (⌥⌘B)'],
    asks: [
      'a one-off hero card must be rebuilt freely and must never again take updates from the library card',
    ],
    gloss: 'breaks the link to the main component',
  },
  'Reset all changes': {
    names: ['Reset all changes', 'Reset all overrides', 'Reset the instance'],
    asks: [
      'an instance whose colours and texts were tweaked by a client must go back to exactly what the main component shows',
    ],
    gloss: 'drops the instance’s overrides',
  },
  'Push changes to main component': {
    names: ['Push changes to main component', 'Push overrides to main', 'Push changes to the main'],
    asks: [
      'the padding tried out on one instance must become the main component’s padding for every instance',
    ],
    gloss: 'writes an instance’s overrides into the main component',
  },
  'Go to main component': {
    names: ['Go to main component', 'Go to the main component', 'Show the main component'],
    asks: [
      'a developer asks where on the canvas the original of this button lives so they can read its description',
    ],
    gloss: 'navigates to the instance’s main component',
  },
  'Create component': {
    names: ['Create component', 'Create a component', 'Create component (⌥⌘K)'],
    asks: [
      'a card frame repeated on twenty screens must become something each copy follows when it is edited once',
    ],
    gloss: 'turns a frame into a main component',
  },
  'Combine as variants': {
    names: ['Combine as variants', 'Combine them as variants', 'Combine into a component set'],
    asks: [
      'four separate button components for Default, Hover, Pressed and Disabled must become one component set',
    ],
    gloss: 'merges components into one component set',
  },
}

export const COMPONENT_SETTING_FAMILIES: readonly FigmaFamily[] = [
  ...settingFamilies(
    'property',
    PROPERTY_TYPES,
    (rng, ask) =>
      `In ${client(rng)}’s component library, a designer wants to ${ask}. What does the main component need?`,
    'help.figma.com, Explore component properties',
  ),
  ...settingFamilies(
    'action',
    INSTANCE_ACTIONS,
    (rng, ask) =>
      `Working in ${client(rng)}’s file, a designer finds that ${ask}. Which Figma action does it?`,
    'help.figma.com, Guide to components in Figma',
  ),
]

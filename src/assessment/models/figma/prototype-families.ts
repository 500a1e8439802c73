import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  choose,
  client,
  type FigmaFamily,
  family,
  type Setting,
  settingFamilies,
} from './figma-text.js'

// Prototyping and handoff after help.figma.com: "Smart animate layers between frames" and
// "Identify matching objects" (layers match when they share layer name, parent and hierarchy;
// matched layers animate, the rest fade in or out), "Prototype triggers", "Prototype actions",
// "Create advanced animations with interactive components" (Change to), "Scroll behavior"
// (Position: fixed or sticky; overflow scrolling on a frame whose content exceeds it), and the
// CSS that Dev Mode shows for a layer (padding; a drop shadow's X, Y, blur and spread as
// box-shadow offsets, blur radius and spread in that order).

const LAYERS = ['Avatar', 'Title', 'Price', 'Badge', 'Chevron', 'Thumbnail', 'Subtitle'] as const
const names = (xs: readonly string[]) => (xs.length === 0 ? 'none of them' : xs.join(', '))

function twoFrames(rng: Rng) {
  const all = rng.shuffle([...LAYERS]).slice(0, 6)
  const shared = all.slice(0, rng.int(2, 3))
  const onlyA = all.slice(3, 4)
  const onlyB = all.slice(4, 6)
  const a = rng.shuffle([...shared, ...onlyA])
  const b = rng.shuffle([...shared, ...onlyB])
  return { a, b, shared, onlyB }
}

export const PROTOTYPE_FAMILIES: readonly FigmaFamily[] = [
  family('smart-animate-matches', (rng) => {
    const { a, b, shared, onlyB } = twoFrames(rng)
    const order = (xs: readonly string[]) => [...xs].sort()
    return choose(rng, {
      stem: `A list item in ${client(rng)}’s prototype expands on tap with Smart Animate. Frame 1 holds the top-level layers ${a.join(', ')}; frame 2 holds ${b.join(', ')}, all in the same parent. Which layers move and resize as matched layers, rather than fading?`,
      key: names(order(shared)),
      wrong: [
        [names(order(b)), 'animates every layer of the destination frame'],
        [
          names(order([...new Set([...a, ...b])])),
          'expects every layer in either frame to be matched',
        ],
        [names(order(onlyB)), 'takes the new layers for the animated ones'],
        [names(order(a)), 'animates every layer of the starting frame'],
      ],
      facts: { kind: 'smart-animate', a, b },
    })
  }),
  family('padding-to-css', (rng) => {
    const PAD = [4, 8, 12, 16, 20, 24, 32]
    const [t, r, b, l] = [rng.pick(PAD), rng.pick(PAD), rng.pick(PAD), rng.pick(PAD)]
    if (new Set([t, r, b, l]).size < 3) throw new VariantError('too few distinct sides')
    return choose(rng, {
      stem: `An auto layout frame in ${client(rng)}’s file has padding top ${t}, right ${r}, bottom ${b}, left ${l}. Which CSS declaration gives the same padding?`,
      key: `padding: ${t}px ${r}px ${b}px ${l}px;`,
      wrong: [
        [
          `padding: ${t}px ${l}px ${b}px ${r}px;`,
          'lists the sides anticlockwise, swapping right and left',
        ],
        [`padding: ${l}px ${t}px ${r}px ${b}px;`, 'starts from the left side, as X before Y'],
        [
          `padding: ${t}px ${b}px ${l}px ${r}px;`,
          'lists the vertical pair before the horizontal pair',
        ],
        [
          `padding: ${t}px ${r}px;`,
          'writes the two-value form, as if bottom equalled top and left equalled right',
        ],
      ],
      facts: { kind: 'css-padding', t, r, b, l },
      code: true,
    })
  }),
  family('drop-shadow-to-css', (rng) => {
    const x = rng.pick([0, 2, 4])
    const y = rng.pick([1, 2, 4, 6, 8, 12])
    const blur = rng.pick([3, 6, 10, 16, 24].filter((v) => v !== y))
    const spread = rng.pick([-2, -1, 1, 2])
    const a = rng.pick([0.1, 0.15, 0.2, 0.25])
    const c = `rgba(0, 0, 0, ${a})`
    return choose(rng, {
      stem: `A card’s drop shadow in Figma is X ${x}, Y ${y}, blur ${blur}, spread ${spread}, colour black at ${a * 100}%. Which CSS gives the same shadow?`,
      key: `box-shadow: ${x}px ${y}px ${blur}px ${spread}px ${c};`,
      wrong: [
        [`box-shadow: ${y}px ${x}px ${blur}px ${spread}px ${c};`, 'puts the Y offset first'],
        [`box-shadow: ${x}px ${y}px ${spread}px ${blur}px ${c};`, 'swaps blur and spread'],
        [
          `box-shadow: ${x}px ${y}px ${blur / 2}px ${spread}px ${c};`,
          'halves the blur, taking Figma’s blur for twice the CSS radius',
        ],
        [
          `box-shadow: inset ${x}px ${y}px ${blur}px ${spread}px ${c};`,
          'exports a drop shadow as an inner shadow',
        ],
      ],
      facts: { kind: 'css-shadow', x, y, blur, spread, a },
      code: true,
    })
  }),
]

const TRIGGERS: Readonly<Record<string, Setting>> = {
  'On click': {
    names: ['On click', 'On click (on tap)', 'Trigger: On click'],
    asks: ['tapping Continue must take the tester to the next onboarding screen'],
    gloss: 'fires once on a click or tap',
  },
  'On drag': {
    names: ['On drag', 'On drag (swipe)', 'Trigger: On drag'],
    asks: ['swiping a photo carousel sideways must move to the next photo as the finger moves'],
    gloss: 'fires as the pointer or finger drags',
  },
  'While hovering': {
    names: ['While hovering', 'While hovering (hover)', 'Trigger: While hovering'],
    asks: [
      'a tooltip must show while the pointer rests on an info icon and disappear on its own when it leaves',
    ],
    gloss: 'shows a change only as long as the pointer stays over the layer',
  },
  'While pressing': {
    names: ['While pressing', 'While pressing (hold)', 'Trigger: While pressing'],
    asks: ['a record button must show its pressed state only as long as the tester holds it down'],
    gloss: 'shows a change only as long as the layer is held down',
  },
  'After delay': {
    names: ['After delay', 'After delay (timeout)', 'Trigger: After delay'],
    asks: ['a splash screen must move on to the sign-in screen by itself after 1.5 seconds'],
    gloss: 'fires on its own once a set time has passed',
  },
  'Key/Gamepad': {
    names: ['Key/Gamepad', 'Key/Gamepad (keyboard)', 'Trigger: Key/Gamepad'],
    asks: ['pressing the Escape key must close the settings dialog in a desktop prototype'],
    gloss: 'fires when a chosen key or gamepad button is pressed',
  },
}

const ACTIONS: Readonly<Record<string, Setting>> = {
  'Open overlay': {
    names: ['Open overlay', 'Action: Open overlay', 'Open overlay (modal)'],
    asks: [
      'a cookie-consent dialog must appear on top of the current screen with the page dimmed behind it',
    ],
    gloss: 'shows a frame on top of the current screen',
  },
  'Swap overlay': {
    names: ['Swap overlay', 'Action: Swap overlay', 'Swap overlay (replace)'],
    asks: [
      'step 2 of a sign-up dialog that is already open must replace step 1 without stacking a second dialog',
    ],
    gloss: 'replaces the open overlay with another',
  },
  Back: {
    names: ['Back', 'Action: Back', 'Back (previous screen)'],
    asks: ['a back arrow must return the tester to whichever screen they came from'],
    gloss: 'returns to the previous destination',
  },
  'Scroll to': {
    names: ['Scroll to', 'Action: Scroll to', 'Scroll to (anchor)'],
    asks: ['a See pricing link must glide down the same long page to the pricing section'],
    gloss: 'scrolls the current frame to a layer',
  },
  'Change to': {
    names: ['Change to', 'Action: Change to', 'Change to (variant)'],
    asks: [
      'a toggle component must flip from its Off variant to its On variant in every instance without wiring each screen',
    ],
    gloss: 'switches an interactive component to another variant',
  },
  'Fixed position': {
    names: ['Position: Fixed', 'Fix position when scrolling', 'Fixed (stay in place)'],
    asks: ['a bottom tab bar must stay put while the feed scrolls beneath it'],
    gloss: 'keeps a layer in place while the rest scrolls',
  },
  'Sticky position': {
    names: ['Position: Sticky', 'Sticky scroll position', 'Sticky (stick at top)'],
    asks: ['a section heading must scroll up with the list and then hold at the top of the screen'],
    gloss: 'scrolls with the content until it reaches the top, then holds',
  },
  'Vertical scrolling': {
    names: ['Vertical scrolling', 'Overflow: Vertical', 'Scroll: Vertical'],
    asks: ['a settings list taller than the phone frame must scroll up and down inside the frame'],
    gloss: 'lets a frame’s content scroll when it exceeds the frame',
  },
  'Set variable': {
    names: ['Set variable', 'Action: Set variable', 'Set variable (state)'],
    asks: [
      'tapping Add to cart must raise the number shown on the cart icon by one on every screen',
    ],
    gloss: 'changes a variable’s value',
  },
}

export const INTERACTION_FAMILIES: readonly FigmaFamily[] = [
  ...settingFamilies(
    'trigger',
    TRIGGERS,
    (rng, ask) =>
      `In ${client(rng)}’s prototype, ${ask}. Which trigger should the interaction use?`,
    'help.figma.com, Prototype triggers',
  ),
  ...settingFamilies(
    'proto',
    ACTIONS,
    (rng, ask) => `In ${client(rng)}’s prototype, ${ask}. Which prototype setting does it?`,
    'help.figma.com, Prototype actions; Scroll behavior',
  ),
]

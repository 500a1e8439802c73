import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Writing about the interface, per the Microsoft Writing Style Guide ("Formatting text in
 * instructions", "Describing interactions with UI", "Keys and keyboard shortcuts") and the
 * Google developer documentation style guide ("Placeholders"): labels in bold exactly as shown,
 * "select" for every input method, "select"/"clear" for check boxes and "turn on"/"turn off"
 * for switches, menu paths with ">", shortcuts as Ctrl+S, placeholders in UPPER_SNAKE_CASE.
 */
export const UI_FAMILIES: readonly TwFamily[] = [
  family('ui-select-not-click', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `The ${s.app} help is read on phones, tablets and desktops. Which step uses the verb the Microsoft Writing Style Guide gives for every input method?`,
      key: `Select **${s.button}**.`,
      wrong: [
        [`Click **${s.button}**.`, 'uses “click”, which assumes a mouse'],
        [`Click on **${s.button}**.`, 'uses “click on”, which assumes a mouse and adds “on”'],
        [`Tap **${s.button}**.`, 'uses “tap”, which assumes a touch screen'],
        [`Hit **${s.button}**.`, 'uses “hit”, which the guide rules out'],
      ],
      facts: { check: 'ui', label: s.button, verb: 'Select' },
    })
  }),
  family('ui-control-verbs', (rng) => {
    const s = screen(rng)
    const control = rng.pick(['check box', 'switch'] as const)
    const on = rng.pick([true, false])
    const label = rng.pick(['Email alerts', 'Auto-save', 'Dark mode', 'Two-step verification'])
    const key =
      control === 'check box'
        ? `${on ? 'Select' : 'Clear'} the **${label}** check box.`
        : `Turn ${on ? 'on' : 'off'} **${label}**.`
    const wrong: [string, string][] =
      control === 'check box'
        ? [
            [
              `Turn ${on ? 'on' : 'off'} the **${label}** check box.`,
              'uses the switch verbs for a check box',
            ],
            [
              `${on ? 'Check' : 'Uncheck'} the **${label}** check box.`,
              `uses “${on ? 'check' : 'uncheck'}”, which the guide replaces`,
            ],
            [
              `${on ? 'Enable' : 'Disable'} the **${label}** check box.`,
              'describes the state change instead of the action',
            ],
            [
              `${on ? 'Tick' : 'Untick'} the **${label}** check box.`,
              'uses an informal verb for the action',
            ],
          ]
        : [
            [`${on ? 'Select' : 'Clear'} **${label}**.`, 'uses the check-box verbs for a switch'],
            [
              `${on ? 'Enable' : 'Disable'} **${label}**.`,
              'uses the verb for the state instead of “turn on/off”',
            ],
            [
              `Toggle **${label}**.`,
              'says “toggle”, which does not tell the reader which state to leave it in',
            ],
            [
              `Switch **${label}** ${on ? 'on' : 'off'}.`,
              'uses “switch” as the verb instead of “turn”',
            ],
          ]
    return choose(rng, {
      stem: `In the ${s.app} settings, “${label}” is a ${control}. The reader must ${on ? 'turn it on' : 'turn it off'}. Which step uses the Microsoft Writing Style Guide’s verb for that control?`,
      key,
      wrong,
      facts: { check: 'control', control, on, label },
    })
  }),
  family('ui-menu-path', (rng) => {
    const [a, b2, c] = rng.pick([
      ['File', 'Export', 'PDF'],
      ['Edit', 'Preferences', 'Privacy'],
      ['Tools', 'Options', 'Advanced'],
      ['View', 'Layout', 'Two pages'],
    ] as const)
    const app = screen(rng).app
    return choose(rng, {
      stem: `In ${app}, the reader opens the ${a} menu, then ${b2}, then ${c}. Which step writes the menu path as the Microsoft Writing Style Guide does?`,
      key: `Select **${a}** > **${b2}** > **${c}**.`,
      wrong: [
        [`Select **${a}** → **${b2}** → **${c}**.`, 'uses arrows where the guide uses “>”'],
        [`Select **${a}**/**${b2}**/**${c}**.`, 'separates menu items with slashes'],
        [
          `Select **${a}**, **${b2}**, **${c}**.`,
          'lists the menu items with commas, losing the path',
        ],
        [`Select **${c}** from **${b2}** on the **${a}** menu.`, 'gives the path backwards'],
        [`Open the **${a}** menu and find **${c}**.`, 'skips a level of the path'],
      ],
      facts: { check: 'menu', path: [a, b2, c] },
    })
  }),
  family('ui-keyboard-shortcut', (rng) => {
    const [mods, key] = rng.pick([
      [['Ctrl'], 'S'],
      [['Ctrl', 'Shift'], 'P'],
      [['Alt'], 'F4'],
      [['Ctrl', 'Alt'], 'Delete'],
      [['Ctrl', 'Shift'], 'Esc'],
    ] as const)
    const app = screen(rng).app
    const combo = [...mods, key].join('+')
    return choose(rng, {
      stem: `The ${app} guide must tell readers to use the keyboard shortcut for this action (${[...mods, key].join(', ')} together). Which step follows the Microsoft Writing Style Guide?`,
      key: `Press ${combo}.`,
      wrong: [
        [`Press ${[...mods, key].join(' + ')}.`, 'puts spaces around the plus signs'],
        [
          `Press ${[...mods, key].map((k) => k.toUpperCase()).join('+')}.`,
          'writes the key names in capitals',
        ],
        [`Press ${[...mods, key].join('-')}.`, 'joins the keys with hyphens'],
        [`Hit ${combo}.`, 'uses “hit” instead of “press”'],
        [`Use the ${combo} keyboard shortcut.`, 'names the shortcut without the verb “press”'],
        [
          `Press and hold ${mods.join(' and ')}, then press ${key}.`,
          'spells the shortcut out as a sequence of actions',
        ],
        [`Press ${combo.toLowerCase()}.`, 'writes the key names in lower case'],
        [`Press ${mods.join('+')} + ${key}.`, 'puts spaces around the last plus sign'],
        [`Select ${combo}.`, 'uses “select” for keys, which are pressed'],
      ],
      facts: { check: 'shortcut', keys: [...mods, key] },
    })
  }),
  family('placeholder-convention', (rng) => {
    const [cmd, name] = rng.pick([
      ['gcloud projects describe', 'PROJECT_ID'],
      ['kubectl get pods --namespace', 'NAMESPACE'],
      ['git clone', 'REPOSITORY_URL'],
      ['docker pull', 'IMAGE_NAME'],
    ] as const)
    const lower = name.toLowerCase().replace(/_/g, '-')
    return choose(rng, {
      stem: `The team follows the Google developer documentation style guide for placeholders in commands. Which command line shows the reader what to replace?`,
      key: `${cmd} ${name}`,
      wrong: [
        [`${cmd} <${lower}>`, 'uses angle brackets, which a shell reads as redirection'],
        [
          `${cmd} my-${lower.split('-')[0]}-123`,
          'writes an example value that readers copy as if it were real',
        ],
        [`${cmd} $${name}`, 'writes a shell variable the reader never set'],
        [
          `${cmd} {${lower.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}}`,
          'uses braces, a template syntax the reader may type literally',
        ],
        [cmd, 'leaves the argument out, so the command fails'],
        [`${cmd} x`, 'uses a one-letter name that says nothing'],
      ],
      facts: { check: 'placeholder', command: cmd },
      code: true,
    })
  }),
  family('ui-enter-value', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `The ${s.app} guide follows the Microsoft Writing Style Guide, which uses “enter” for putting a value in a box, however the reader does it (typing or pasting). Which step follows it?`,
      key: `In the **${s.field}** box, enter \`${s.value}\`.`,
      wrong: [
        [
          `In the **${s.field}** box, type in \`${s.value}\`.`,
          'uses “type in”, which assumes a keyboard and adds “in”',
        ],
        [`Key \`${s.value}\` into the **${s.field}** box.`, 'uses the jargon verb “key”'],
        [`Input \`${s.value}\` in the **${s.field}** box.`, 'uses “input” as a verb'],
        [
          `Fill \`${s.value}\` into the **${s.field}** box.`,
          'uses “fill”, which takes a field, not a value, as its object',
        ],
        [
          `In the **${s.field}** box, write \`${s.value}\`.`,
          'uses “write”, which suggests handwriting',
        ],
      ],
      facts: { check: 'enter', field: s.field },
    })
  }),
]

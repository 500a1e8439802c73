import type { Rng } from '../../rng.js'
import { app, choose, type DockerFamily, family } from './docker-text.js'

// ARG and ENV scope, from the Dockerfile reference (docs.docker.com/reference/dockerfile/#arg):
// an ARG declared before the first FROM is outside every build stage and can be used only in
// FROM lines unless the stage declares it again without a value ("Understand how ARG and FROM
// interact"); an ARG takes effect from the line that declares it ("Scope"); a --build-arg value
// replaces the default; an ARG's scope ends with its build stage; "Environment variables defined
// using the ENV instruction always override an ARG instruction of the same name" ("Using ARG
// variables").

/** A Dockerfile line that matters to the variable: the rest are shown but do not change it. */
export type Line =
  | { readonly t: 'global'; readonly def?: string }
  | { readonly t: 'from'; readonly image: string; readonly as?: string }
  | { readonly t: 'arg'; readonly def?: string }
  | { readonly t: 'env'; readonly val: string }
  | { readonly t: 'run' }

const NAMES = ['APP_VERSION', 'RELEASE', 'BUILD_ENV', 'CHANNEL'] as const
const VALUES = [
  ['1.4.0', '2.0.1', '3.1.0'],
  ['stable', 'beta', 'lts'],
  ['staging', 'production', 'qa'],
  ['v7', 'v9', 'v8'],
] as const

const text = (name: string, l: Line): string => {
  switch (l.t) {
    case 'global':
    case 'arg':
      return `ARG ${name}${l.def === undefined ? '' : `=${l.def}`}`
    case 'from':
      return `FROM ${l.image}${l.as ? ` AS ${l.as}` : ''}`
    case 'env':
      return `ENV ${name}=${l.val}`
    case 'run':
      return `RUN echo "value=\${${name}:-unset}"`
  }
}

/** What the (last) RUN line prints, by the documented scope rules. */
function printed(lines: readonly Line[], buildArg: string | null): string {
  let global: string | undefined
  let stage = new Map<string, string>()
  let out = ''
  for (const l of lines) {
    if (l.t === 'global') global = buildArg ?? l.def
    else if (l.t === 'from') stage = new Map()
    else if (l.t === 'arg') stage.set('v', buildArg ?? l.def ?? global ?? '')
    else if (l.t === 'env') stage.set('v', l.val)
    else out = stage.get('v') ?? ''
  }
  return `value=${out || 'unset'}`
}

/** A scenario: the lines around one variable, with an optional --build-arg, and its mistakes. */
function argItem(
  rng: Rng,
  build: (
    a: string,
    b: string,
    c: string,
  ) => {
    lines: Line[]
    buildArg: string | null
    wrong: [value: string, mistake: string][]
  },
) {
  const k = rng.int(0, NAMES.length - 1)
  const name = NAMES[k]!
  const [a, b, c] = rng.shuffle(VALUES[k]!)
  const s = build(a!, b!, c!)
  const image = app(rng)
  const cmd = `docker build ${s.buildArg === null ? '' : `--build-arg ${name}=${s.buildArg} `}-t ${image} .`
  return choose(rng, {
    stem: `A freelancer builds the ${image} image with ${cmd} from this Dockerfile:\n\n\`\`\`dockerfile\n${s.lines.map((l) => text(name, l)).join('\n')}\n\`\`\`\n\nWhat does the RUN step print?`,
    key: printed(s.lines, s.buildArg),
    wrong: [
      ...s.wrong.map(([v, m]) => [`value=${v || 'unset'}`, m] as const),
      [`value=\${${name}:-unset}`, 'expects the line to be printed without shell expansion'],
      [`value=${name}`, 'expects the variable’s name where its value is missing'],
      ['value=', 'expects an unset variable to print nothing, forgetting the :-unset default'],
    ],
    facts: { kind: 'arg', lines: s.lines, buildArg: s.buildArg },
    code: true,
  })
}

const BASES = ['alpine:3.20', 'debian:bookworm-slim', 'ubuntu:24.04'] as const

export const ARG_FAMILIES: readonly DockerFamily[] = [
  family('arg-before-from-not-redeclared', (rng) =>
    argItem(rng, (a, b) => ({
      lines: [{ t: 'global', def: a }, { t: 'from', image: rng.pick(BASES) }, { t: 'run' }],
      buildArg: b,
      wrong: [
        [a, 'uses an ARG declared before FROM inside the stage'],
        [b, 'expects the --build-arg value to reach a stage that never declares it'],
      ],
    })),
  ),
  family('arg-before-from-redeclared', (rng) =>
    argItem(rng, (a, b) => {
      return {
        lines: [
          { t: 'global', def: a },
          { t: 'from', image: rng.pick(BASES) },
          { t: 'arg' },
          { t: 'run' },
        ],
        buildArg: b,
        wrong: [
          ['', 'thinks an ARG declared again without a value is empty'],
          [a, 'keeps the default over the --build-arg value'],
        ],
      }
    }),
  ),
  family('build-arg-overrides-default', (rng) =>
    argItem(rng, (a, b) => ({
      lines: [{ t: 'from', image: rng.pick(BASES) }, { t: 'arg', def: a }, { t: 'run' }],
      buildArg: b,
      wrong: [
        [a, 'thinks the Dockerfile default beats the --build-arg value'],
        ['', 'thinks build arguments are visible only to ENV, not RUN'],
      ],
    })),
  ),
  family('env-overrides-arg', (rng) =>
    argItem(rng, (a, b, c) => {
      return {
        lines: [
          { t: 'from', image: rng.pick(BASES) },
          { t: 'arg', def: a },
          { t: 'env', val: c },
          { t: 'run' },
        ],
        buildArg: b,
        wrong: [
          [b, 'lets the --build-arg value beat an ENV of the same name'],
          [a, 'lets the ARG default beat the ENV line'],
          ['', 'thinks declaring a name as both ARG and ENV leaves it unset'],
        ],
      }
    }),
  ),
  family('arg-used-before-declared', (rng) =>
    argItem(rng, (a, b) => ({
      lines: [{ t: 'from', image: rng.pick(BASES) }, { t: 'run' }, { t: 'arg', def: a }],
      buildArg: b,
      wrong: [
        [a, 'thinks an ARG applies to the whole stage, lines above it included'],
        [b, 'thinks a --build-arg value is set before its ARG line'],
      ],
    })),
  ),
  family('arg-scope-ends-with-stage', (rng) =>
    argItem(rng, (a, b) => ({
      lines: [
        { t: 'from', image: rng.pick(BASES), as: 'build' },
        { t: 'arg', def: a },
        { t: 'from', image: rng.pick(BASES) },
        { t: 'run' },
      ],
      buildArg: b,
      wrong: [
        [a, 'carries an ARG from one build stage into the next'],
        [b, 'expects the --build-arg value in a stage that never declares it'],
      ],
    })),
  ),
]

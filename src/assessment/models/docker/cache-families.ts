import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { app, Client, choose, type DockerFamily, family } from './docker-text.js'

// The build cache, as "Build cache invalidation" (docs.docker.com/build/cache/invalidation/) and
// "Docker build cache" (docs.docker.com/build/cache/) state it: once a step misses the cache,
// every later step runs again; COPY and ADD compare a checksum of the copied files' contents
// ("the last-modified and last-accessed times of the file(s) aren't considered"); a RUN step is
// matched by its command string alone; files that .dockerignore excludes never reach the build
// context (docs.docker.com/build/concepts/context/#dockerignore-files).

/** A language stack: the files that pin dependencies, the install step and the build step. */
const STACKS = [
  {
    base: 'node:22-slim',
    deps: ['package.json', 'package-lock.json'],
    install: 'npm ci',
    build: 'npm run build',
    test: 'npm test',
    source: 'src/server.ts',
  },
  {
    base: 'python:3.12-slim',
    deps: ['requirements.txt'],
    install: 'pip install -r requirements.txt',
    build: 'python -m compileall .',
    test: 'python -m pytest -q',
    source: 'app/views.py',
  },
  {
    base: 'golang:1.23',
    deps: ['go.mod', 'go.sum'],
    install: 'go mod download',
    build: 'go build -o /bin/server .',
    test: 'go vet ./...',
    source: 'handlers.go',
  },
] as const
type Stack = (typeof STACKS)[number]

/** A Dockerfile step: an instruction, its argument, and for COPY the sources it copies. */
export interface Step {
  readonly ins: 'FROM' | 'WORKDIR' | 'COPY' | 'RUN'
  readonly arg: string
  readonly copies?: readonly string[]
}

const goodOrder = (s: Stack): Step[] => [
  { ins: 'FROM', arg: s.base },
  { ins: 'WORKDIR', arg: '/app' },
  { ins: 'RUN', arg: 'useradd -m app' },
  { ins: 'COPY', arg: `${s.deps.join(' ')} ./`, copies: [...s.deps] },
  { ins: 'RUN', arg: s.install },
  { ins: 'COPY', arg: '. .', copies: ['.'] },
  { ins: 'RUN', arg: s.build },
]
const badOrder = (s: Stack): Step[] => [
  { ins: 'FROM', arg: s.base },
  { ins: 'WORKDIR', arg: '/app' },
  { ins: 'RUN', arg: 'useradd -m app' },
  { ins: 'COPY', arg: '. .', copies: ['.'] },
  { ins: 'RUN', arg: s.install },
  { ins: 'RUN', arg: s.build },
]
const show = (steps: readonly Step[]) =>
  ['```dockerfile', ...steps.map((t) => `${t.ins} ${t.arg}`), '```'].join('\n')

/** Each RUN step of the Dockerfile, in order, marked as run again or taken from the cache. */
const statusOf = (all: readonly string[], runs: readonly string[]) =>
  all.map((r) => `${r}: ${runs.includes(r) ? 'reruns' : 'cached'}`).join('; ')

/** The RUN steps from the first step whose copied content changed onward. */
function rerun(steps: readonly Step[], changed: string | null): string[] {
  const first =
    changed === null
      ? -1
      : steps.findIndex((t) => t.copies?.some((c) => c === '.' || c === changed))
  if (first < 0) return []
  return steps.slice(first).flatMap((t) => (t.ins === 'RUN' ? [t.arg] : []))
}

function cacheItem(
  rng: Rng,
  spec: { stack: Stack; steps: Step[]; changed: string | null; event: string; ignore?: string },
): ReturnType<typeof choose> {
  const { stack, steps } = spec
  const runs = steps.filter((t) => t.ins === 'RUN').map((t) => t.arg)
  const runList = (xs: readonly string[]) => statusOf(runs, xs)
  const key = runList(rerun(steps, spec.changed))
  // The RUN step right after the first COPY of the edited file (an ignored or untouched file
  // taken as changed), and no later step.
  const copied = steps.findIndex((t) =>
    t.copies?.some((c) => c === '.' || c === (spec.changed ?? '.')),
  )
  const nextRun = steps.slice(copied + 1).find((t) => t.ins === 'RUN')!.arg
  const wrong: Wrong[] = [
    [runList(runs), 'rebuilds every RUN step once any file in the context changes'],
    [
      runList(rerun(steps, spec.changed ?? '.').filter((r) => r !== stack.install)),
      'takes the install step as cached whatever file changed',
    ],
    [runList([nextRun]), 'reruns only the step right after a changed COPY, not the steps after it'],
    [runList([]), 'thinks the cache is missed only when a Dockerfile line changes'],
    [
      runList([...rerun(steps, spec.changed), 'useradd -m app']),
      'expects a RUN step that reads no files, like useradd, to run on every build',
    ],
    [
      runList(runs.filter((r) => r !== 'useradd -m app')),
      'reruns every step that follows a COPY, whatever it copied',
    ],
    [
      runList(rerun(steps, '.')),
      'reruns from the first COPY of the whole context whatever changed',
    ],
  ]
  const ignore = spec.ignore
    ? `\n\nThe .dockerignore file holds:\n\n\`\`\`\n${spec.ignore}\n\`\`\``
    : ''
  return choose(rng, {
    stem: `${Client(rng)}’s ${app(rng)} image is built from:\n\n${show(steps)}${ignore}\n\nAfter a full build, ${spec.event}, and the image is built again on the same machine. Which RUN steps run again, and which come from the build cache?`,
    key,
    wrong,
    facts: {
      kind: 'cache',
      steps,
      changed: spec.changed,
      ignore: spec.ignore ?? null,
    },
  })
}

export const CACHE_FAMILIES: readonly DockerFamily[] = [
  family('cache-source-edit-deps-first', (rng) => {
    const stack = rng.pick(STACKS)
    return cacheItem(rng, {
      stack,
      // A test step after the build, so the step right after the changed COPY is not the last.
      steps: [...goodOrder(stack), { ins: 'RUN', arg: stack.test }],
      changed: stack.source,
      event: `a developer edits ${stack.source}`,
    })
  }),
  family('cache-manifest-edit', (rng) => {
    const stack = rng.pick(STACKS)
    const dep = rng.pick(stack.deps)
    return cacheItem(rng, {
      stack,
      steps: goodOrder(stack),
      changed: dep,
      event: `a new dependency is added, changing ${dep}`,
    })
  }),
  family('cache-source-edit-copy-all-first', (rng) => {
    const stack = rng.pick(STACKS)
    return cacheItem(rng, {
      stack,
      steps: badOrder(stack),
      changed: stack.source,
      event: `a developer fixes a typo in ${stack.source}`,
    })
  }),
  family('cache-dockerignored-file', (rng) => {
    const stack = rng.pick(STACKS)
    const file = rng.pick(['README.md', 'docs/setup.md', 'CHANGELOG.md'])
    return cacheItem(rng, {
      stack,
      steps: rng.next() < 0.5 ? goodOrder(stack) : badOrder(stack),
      changed: null,
      event: `only ${file} is edited`,
      ignore: ['.git', 'node_modules', '*.md', '**/*.md'].join('\n'),
    })
  }),
  family('cache-timestamp-only', (rng) => {
    const stack = rng.pick(STACKS)
    return cacheItem(rng, {
      stack,
      steps: rng.next() < 0.5 ? goodOrder(stack) : badOrder(stack),
      changed: null,
      event: `a fresh git checkout gives every file a new modification time, with no content changed`,
    })
  }),
]

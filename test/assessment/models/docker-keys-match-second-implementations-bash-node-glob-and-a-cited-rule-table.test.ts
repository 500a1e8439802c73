import { execFileSync } from 'node:child_process'
import { constants } from 'node:os'
import { posix } from 'node:path'
import { expect, it } from 'vitest'
import {
  DOCKER_BUILD_FAMILIES,
  DOCKER_COMPOSE_FAMILIES,
  DOCKER_DOCKERFILE_FAMILIES,
  DOCKER_NETWORK_FAMILIES,
  DOCKER_RUN_FAMILIES,
} from '../../../src/assessment/models/docker/docker-models.js'
import type { DockerScenario } from '../../../src/assessment/models/docker/docker-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...DOCKER_DOCKERFILE_FAMILIES,
  ...DOCKER_BUILD_FAMILIES,
  ...DOCKER_RUN_FAMILIES,
  ...DOCKER_NETWORK_FAMILIES,
  ...DOCKER_COMPOSE_FAMILIES,
]
const DRAWS = 40

type F = Record<string, unknown>

/**
 * The documented answer of every rule family, with the docs.docker.com page that states it and a
 * pattern every true wording of the key must match and no distractor may: written here from the
 * documentation, apart from the families, so a key that drifts from the rule fails.
 */
const RULES: Record<string, readonly [answer: string, page: string, marker: RegExp]> = {
  'last-cmd-wins': ['last-cmd', 'reference/dockerfile/#cmd', /^npm start[:,]/],
  'exec-form-no-variable-expansion': [
    'literal',
    'reference/dockerfile/#shell-and-exec-form',
    /\$PORT/,
  ],
  'add-unpacks-local-tar': [
    'ADD',
    'reference/dockerfile/#add',
    /^ADD (\.\/)?assets\.tar\.gz \/srv\/assets\/$/,
  ],
  'add-remote-archive-not-unpacked': [
    'file-kept',
    'reference/dockerfile/#add',
    /not unpacked|still compressed/,
  ],
  'prefer-copy-for-local-files': [
    'COPY',
    'build/building/best-practices/#add-or-copy',
    /^COPY[,:] (which only copies|ADD’s unpacking)/,
  ],
  'copy-several-sources-needs-slash': [
    'trailing-slash',
    'reference/dockerfile/#destination',
    /^COPY package(\.json package-lock\.json|\*\.json) \/app\/$/,
  ],
  'copy-files-owned-by-root': [
    'root',
    'reference/dockerfile/#copy---chown---chmod',
    /root \(UID 0\)|UID and GID 0/,
  ],
  'run-cd-does-not-persist': ['workdir', 'build/building/best-practices/#workdir', /WORKDIR \/app/],
  'user-affects-later-run': [
    'later-steps',
    'reference/dockerfile/#user',
    /later RUN steps|RUN steps after USER/,
  ],
  'healthcheck-exit-codes': [
    'exit-1',
    'reference/dockerfile/#healthcheck',
    /Only 0 and 1|2 is reserved/,
  ],
  'apt-update-install-same-run': [
    'combine',
    'build/building/best-practices/#apt-get',
    /one RUN|same RUN/,
  ],
  'cache-mount-for-packages': [
    'cache-mount',
    'build/cache/optimize/#use-cache-mounts',
    /--mount=type=cache/,
  ],
  'multistage-copy-from-stage': ['copy-from', 'build/building/multi-stage/', /^COPY --from=build /],
  'multistage-final-image-contents': ['last-stage', 'build/building/multi-stage/', /copied binary/],
  'build-target-stage': ['--target', 'build/building/multi-stage/', /--target[ =]test/],
  'latest-is-only-a-default-tag': [
    'default-tag',
    'reference/cli/docker/image/tag/',
    /as latest|none is given/,
  ],
  'pin-base-image-by-digest': [
    'digest',
    'build/building/best-practices/#pin-base-image-versions',
    /@sha256:/,
  ],
  'build-pull-newer-base': ['--pull', 'reference/cli/docker/buildx/build/', /--pull\b/],
  'no-cache-rebuild': ['--no-cache', 'reference/cli/docker/buildx/build/', /--no-cache(?!-)/],
  'image-prune-dangling-only': [
    'dangling',
    'reference/cli/docker/image/prune/',
    /[Dd]angling|[Uu]ntagged/,
  ],
  'tag-then-push-to-registry': [
    'tag-push',
    'reference/cli/docker/image/push/',
    /docker tag|Tag it as/,
  ],
  'stop-grace-period-then-kill': [
    'sigterm-10s-sigkill',
    'reference/cli/docker/container/stop/',
    /10 s.*SIGKILL|SIGKILL once 10 seconds/,
  ],
  'shell-form-pid1-signals': ['sh-pid1', 'reference/dockerfile/#entrypoint', /\/bin\/sh/],
  'init-reaps-and-forwards': ['--init', 'reference/cli/docker/container/run/', /^--init/],
  'restart-unless-stopped': [
    'unless-stopped',
    'engine/containers/start-containers-automatically/',
    /unless-stopped/,
  ],
  'restart-on-failure-exit-code': [
    'on-failure',
    'engine/containers/start-containers-automatically/',
    /on-failure/,
  ],
  'rm-removes-anonymous-volumes': [
    'named-stays',
    'reference/cli/docker/container/run/',
    /pgdata stays|named volume pgdata;/,
  ],
  'empty-volume-gets-image-content': [
    'volume-populated',
    'engine/storage/volumes/',
    /image’s files|default config/,
  ],
  'bind-mount-hides-image-files': ['obscured', 'engine/storage/bind-mounts/', /hides|obscures/],
  'tmpfs-not-persisted': ['tmpfs', 'engine/storage/tmpfs/', /tmpfs/],
  'writable-layer-lost-on-rm': ['lost', 'engine/storage/', /writable layer/],
  'logs-go-to-stdout': ['stdout', 'engine/logging/', /stdout and stderr|standard output and error/],
  'exec-versus-run': ['exec', 'reference/cli/docker/container/exec/', /^docker exec/],
  'build-secret-not-arg': ['secret-mount', 'build/building/secrets/', /type=secret/],
  'run-as-non-root': [
    'USER',
    'build/building/best-practices/#user',
    /with USER|USER appuser before/,
  ],
  'read-only-root-with-tmpfs': [
    '--read-only',
    'reference/cli/docker/container/run/#read-only',
    /^--read-only --(tmpfs \/tmp|mount type=tmpfs,target=\/tmp)$/,
  ],
  'cpus-limit': ['--cpus', 'engine/containers/resource_constraints/#cpu', /^--cpus[= ]1\.5$/],
  'memory-limit-oom': ['oom-killed', 'engine/containers/resource_constraints/#memory', /137/],
  'docker-socket-is-root': ['root-equivalent', 'engine/security/', /[Rr]oot/],
  'env-secrets-visible-in-inspect': ['use-secrets', 'compose/how-tos/use-secrets/', /secret/],
  'publish-without-host-port': [
    'random-port',
    'engine/network/port-publishing/',
    /random host port|a free host port/,
  ],
  'publish-udp-protocol': ['udp', 'engine/network/port-publishing/', /53:53\/udp$/],
  'publish-all-exposed': [
    '-P',
    'reference/cli/docker/container/run/#publish-all',
    /^--publish-all(=true)?$/,
  ],
  'expose-does-not-publish': ['documentation', 'reference/dockerfile/#expose', /-p/],
  'default-bridge-no-name-resolution': [
    'user-defined-network',
    'engine/network/drivers/bridge/',
    /network/,
  ],
  'localhost-inside-container': [
    'host.docker.internal',
    'desktop/features/networking/',
    /^host\.docker\.internal/,
  ],
  'host-network-ignores-publish': [
    'ignored',
    'engine/network/drivers/host/',
    /ignored|discards -p/,
  ],
  'published-ports-open-to-the-world': ['bind-loopback', 'engine/network/', /127\.0\.0\.1/],
  'depends-on-waits-for-healthy': [
    'service_healthy',
    'compose/how-tos/startup-order/',
    /service_healthy/,
  ],
  'depends-on-completed-successfully': [
    'service_completed_successfully',
    'compose/how-tos/startup-order/',
    /service_completed_successfully/,
  ],
  'override-file-read-by-default': [
    'override-auto',
    'compose/how-tos/multiple-compose-files/merge/',
    /compose\.yaml.*compose\.override\.yaml/,
  ],
  'explicit-f-skips-override': [
    'only-listed',
    'compose/how-tos/multiple-compose-files/merge/',
    /no override file|Only the two files given/,
  ],
  'down-keeps-named-volumes': [
    'volumes-kept',
    'reference/cli/docker/compose/down/',
    /not named volumes|pgdata is kept/,
  ],
  'secrets-mounted-as-files': [
    '/run/secrets',
    'compose/how-tos/use-secrets/',
    /\/run\/secrets\/db_password(?!\.txt)/,
  ],
  'expose-versus-ports-in-compose': [
    'not-host',
    'reference/compose-file/services/#expose',
    /not the host|the host cannot/,
  ],
  'dotenv-is-for-interpolation': [
    'not-passed',
    'compose/how-tos/environment-variables/variable-interpolation/',
    /^No[:,]/,
  ],
  'compose-service-name-dns': ['service-name', 'compose/how-tos/networking/', /service name/],
}

// ---- Second implementations, written apart from the families.

/** CMD/ENTRYPOINT per the Dockerfile reference's table, as an argument vector. */
function commandOf(f: F): string {
  type Form = { exec: string[] } | { shell: string }
  const vec = (x: Form) => ('shell' in x ? ['/bin/sh', '-c', x.shell] : x.exec)
  const ep = f.ep as Form | null
  const cmd = f.cmd as Form | null
  const args = f.args as string[] | null
  const defaults = args !== null ? args : cmd === null ? [] : vec(cmd)
  let out: string[]
  if (ep === null) out = defaults
  else if ('shell' in ep) out = vec(ep)
  else out = ep.exec.concat(defaults)
  return out.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')
}

/** The RUN steps a rebuild executes: a miss at the first COPY whose files changed, then all after. */
function cacheRuns(f: F): string {
  const steps = f.steps as { ins: string; arg: string; copies?: string[] }[]
  const changed = f.changed as string | null
  let missed = false
  const runs: string[] = []
  for (const s of steps) {
    if (!missed && s.ins === 'COPY' && changed !== null) {
      missed = (s.copies ?? []).some((c) => c === changed || c === '.')
    }
    if (missed && s.ins === 'RUN') runs.push(s.arg)
  }
  const parts: string[] = []
  for (const s of steps)
    if (s.ins === 'RUN') parts.push(`${s.arg}: ${runs.includes(s.arg) ? 'reruns' : 'cached'}`)
  return parts.join('; ')
}

/** The value RUN echoes ("${VAR:-unset}"): look back from the RUN line in its stage for ENV or ARG. */
function argValue(f: F): string {
  const lines = f.lines as { t: string; def?: string; val?: string }[]
  const buildArg = f.buildArg as string | null
  const runAt = lines.findIndex((l) => l.t === 'run')
  const firstFrom = lines.findIndex((l) => l.t === 'from')
  const global = lines.slice(0, firstFrom).find((l) => l.t === 'global')
  const shown = (v: string | undefined) => `value=${v ? v : 'unset'}`
  for (let i = runAt - 1; i >= 0; i--) {
    const l = lines[i]!
    if (l.t === 'from') return shown(undefined)
    if (l.t === 'env') return shown(l.val)
    if (l.t === 'arg') {
      if (buildArg !== null) return shown(buildArg)
      if (l.def !== undefined) return shown(l.def)
      return shown(global?.def)
    }
  }
  return shown(undefined)
}

/** Registry, repository and tag of a reference, by the distribution reference grammar. */
function fullName(ref: string): string {
  const m = /^([^/]+)\/(.+)$/.exec(ref)
  const hasHost = m !== null && (/[.:]/.test(m[1]!) || m[1] === 'localhost')
  const host = hasHost ? m![1]! : 'docker.io'
  let rest = hasHost ? m![2]! : ref
  if (host === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`
  return /:[^/]+$/.test(rest) ? `${host}/${rest}` : `${host}/${rest}:latest`
}

/** Whether .dockerignore sends a file: the last matching line decides (node's glob matcher). */
function sentByNodeGlob(lines: string[], file: string): boolean {
  let sent = true
  for (const line of lines) {
    const negate = line.startsWith('!')
    const glob = negate ? line.slice(1) : line
    if (posix.matchesGlob(file, glob)) sent = negate
  }
  return sent
}

/** One -p spec: [ip:]host[-end]:container[-end]. */
function parsePort(spec: string) {
  const parts = spec.split(':')
  const ip = parts.length === 3 ? parts[0]! : null
  const [h, c] = parts.slice(-2) as [string, string]
  const range = (r: string) => r.split('-').map(Number) as [number, number?]
  const [h0] = range(h)
  const [c0] = range(c)
  return { ip, hostFor: (port: number) => h0 + (port - c0) }
}

const SIGNALS = constants.signals as Record<string, number>
/** Exit statuses: the documented 125/126/127, else 128 + the signal number from the OS. */
function exitStatus(f: F): number {
  if (f.signal) return 128 + SIGNALS[f.signal as string]!
  return f.status as number
}

const bash = (script: string) => execFileSync('bash', ['-c', script], { encoding: 'utf8' })

function expected(family: string, s: DockerScenario): string | null {
  const f = s.facts as F
  switch (f.kind) {
    case 'cmd':
      return commandOf(f)
    case 'cache':
      return cacheRuns(f)
    case 'arg':
      return argValue(f)
    case 'workdir': {
      const [a, ...rest] = f.dirs as string[]
      return posix.resolve(a!, ...rest)
    }
    case 'healthcheck':
      // HEALTHCHECK --retries defaults to 3 (Dockerfile reference, HEALTHCHECK).
      return `${(f.retries as number | null) ?? 3} checks`
    case 'ref': {
      const q = fullName(f.ref as string)
      if (f.ask === 'full') return q
      const host = q.split('/')[0]!
      const names: Record<string, string> = {
        'docker.io': 'Docker Hub (docker.io)',
        'ghcr.io': 'GitHub’s registry (ghcr.io)',
        'quay.io': 'Red Hat Quay (quay.io)',
      }
      return names[host] ?? host
    }
    case 'layers': {
      const { base, dl, ex, sameRun } = f as {
        base: number
        dl: number
        ex: number
        sameRun: boolean
      }
      return `${sameRun ? base + ex : base + dl + ex} MB`
    }
    case 'ignore': {
      const lines = f.lines as string[]
      expect(sentByNodeGlob(lines, f.file as string), family).toBe(true)
      for (const o of f.out as string[])
        expect(sentByNodeGlob(lines, o), `${family} ${o}`).toBe(false)
      return f.file as string
    }
    case 'exit':
      return String(exitStatus(f))
    case 'mount': {
      const parts = (f.spec as string).split(':')
      const kind = parts.length === 1 ? 'anonymous' : /^[/.]/.test(parts[0]!) ? 'bind' : 'volume'
      expect(kind, family).toBe(f.answer)
      expect(s.key.toLowerCase(), family).toContain(kind === 'volume' ? 'named volume' : kind)
      return null
    }
    case 'port': {
      const p = parsePort(f.spec as string)
      const target = f.target as number
      if (f.ask === 'url') return `http://localhost:${p.hostFor(target)}`
      if (f.ask === 'host-port') return String(p.hostFor(target))
      if (f.ask === 'peer') return `${f.service}:${target}`
      if (f.ask === 'range-spec') {
        // The key, read back by this parser, must publish each container port on its own host port.
        const keyed = parsePort(s.key.replace(/^-p /, ''))
        for (let port = f.from as number; port <= (f.to as number); port++) {
          expect(keyed.hostFor(port), family).toBe((f.host as number) + port - (f.from as number))
        }
        const [hs, cs] = s.key.replace(/^-p /, '').split(':') as [string, string]
        const width = (r: string) =>
          r
            .split('-')
            .map(Number)
            .reduce((x, y) => y - x)
        expect(width(hs), family).toBe(width(cs))
        return `-p ${f.spec}`
      }
      return `Only clients on the server itself, at ${p.ip}:${p.hostFor(target)}`
    }
    case 'env': {
      // Highest first, as "Environment variables precedence" lists them.
      const order = ['run-e', 'interpolated', 'environment', 'env_file', 'image']
      const sources = f.sources as Record<string, string>
      const top = order.find((o) => o in sources)!
      return `${f.name}=${sources[top]}`
    }
    case 'interp': {
      const set =
        f.state === 'unset' ? 'unset TAG' : f.state === 'empty' ? 'TAG=' : `TAG=${f.setVal}`
      return `RELEASE=${bash(`${set}; printf %s "\${TAG${f.form}${f.def}}"`)}`
    }
    case 'merge': {
      if (f.attr === 'ports')
        return [...(f.base as string[]), ...(f.over as string[])].join(' and ')
      if (f.attr === 'command') return f.over as string
      const env = { ...(f.base as Record<string, string>), ...(f.over as Record<string, string>) }
      return Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')
    }
    case 'profiles': {
      const services = f.services as Record<string, string[]>
      const active = f.active as string[]
      return Object.entries(services)
        .filter(([, ps]) => ps.length === 0 || ps.some((p) => active.includes(p)))
        .map(([n]) => n)
        .join(', ')
    }
    case 'name':
      return `${f.dir}-${f.svc}-1`
    case 'rule': {
      const row = RULES[family]
      expect(row, `${family} has no row in the cited rule table`).toBeDefined()
      const [answer, page, marker] = row!
      expect(f.answer, family).toBe(answer)
      expect(f.source as string, family).toContain(`docs.docker.com/${page}`.replace(/#.*$/, ''))
      expect(s.key, family).toMatch(marker)
      for (const [t] of distinctWrongs(s))
        expect(t, `${family}: a distractor states the rule`).not.toMatch(marker)
      expect(f.keys as string[], family).toContain(s.key)
      return null
    }
    default:
      throw new Error(`${family}: unknown kind ${String(f.kind)}`)
  }
}

// ---- Each distractor worked again as its named mistake, for the computed families whose
// mistakes are a changed rule: the second implementation above run on altered facts, or the
// altered sum. A label missing from a kind's table fails, so a new distractor needs its mistake.

type Mistake = (f: F) => string
const words = (x: { exec: string[] } | { shell: string }) =>
  'shell' in x ? ['/bin/sh', '-c', x.shell] : x.exec
const quoted = (xs: string[]) => xs.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')
const shellAsExec = (f: F) => ({ exec: (f.ep as { shell: string }).shell.split(' ') })
const CMD_MISTAKES: Record<string, Mistake> = {
  'drops CMD, as if ENTRYPOINT replaced it': (f) => commandOf({ ...f, cmd: null }),
  'runs CMD alone, as if CMD replaced ENTRYPOINT': (f) => commandOf({ ...f, ep: null }),
  'treats the shell-form ENTRYPOINT as exec form': (f) => commandOf({ ...f, ep: shellAsExec(f) }),
  'leaves out the /bin/sh -c of the shell form': (f) =>
    commandOf({ ep: shellAsExec(f), cmd: null, args: [] }),
  'ignores arguments given to docker run': (f) => commandOf({ ...f, args: null }),
  'lets the run arguments replace ENTRYPOINT too': (f) => commandOf({ ...f, ep: null }),
  'lets run arguments replace ENTRYPOINT': (f) => commandOf({ ...f, ep: null }),
  'appends the run arguments after CMD instead of replacing it': (f) =>
    commandOf({ ...f, args: [...words(f.cmd as never), ...(f.args as string[])] }),
  'appends run arguments to CMD, as they would be to an ENTRYPOINT': (f) =>
    commandOf({ ...f, args: [...words(f.cmd as never), ...(f.args as string[])] }),
  'appends CMD after the /bin/sh -c string': (f) =>
    quoted([...words(f.ep as never), ...words(f.cmd as never)]),
  'appends the arguments after the /bin/sh -c string': (f) =>
    quoted([...words(f.ep as never), ...(f.args as string[])]),
  'expects run arguments to reach a shell-form ENTRYPOINT': (f) =>
    quoted([
      '/bin/sh',
      '-c',
      [(f.ep as { shell: string }).shell, ...(f.args as string[])].join(' '),
    ]),
  'passes CMD to a shell-form ENTRYPOINT': (f) =>
    quoted([
      '/bin/sh',
      '-c',
      [(f.ep as { shell: string }).shell, ...words(f.cmd as never)].join(' '),
    ]),
}
const execOf = (x: unknown) => (x as { exec: string[] }).exec
const shellOf = (x: unknown) => (x as { shell: string }).shell
const textOf = (x: unknown) => ('shell' in (x as object) ? shellOf(x) : execOf(x).join(' '))
Object.assign(CMD_MISTAKES, {
  'puts CMD before ENTRYPOINT': (f: F) => quoted([...words(f.cmd as never), ...execOf(f.ep)]),
  'wraps the exec-form ENTRYPOINT in a shell': (f: F) =>
    quoted(['/bin/sh', '-c', [...execOf(f.ep), textOf(f.cmd)].join(' ')]),
  'drops the /bin/sh -c a shell-form CMD brings': (f: F) =>
    quoted([...execOf(f.ep), ...shellOf(f.cmd).split(' ')]),
  'inserts the run arguments before CMD': (f: F) =>
    quoted([...execOf(f.ep), ...(f.args as string[]), ...words(f.cmd as never)]),
  'wraps exec-form CMD and the arguments in a shell': (f: F) =>
    quoted(['/bin/sh', '-c', [...execOf(f.cmd), ...(f.args as string[])].join(' ')]),
  'takes the first word after the image for part of the image name': (f: F) =>
    quoted((f.args as string[]).slice(1)),
  // The run arguments repeat CMD's program and add one option of their own, so CMD's own
  // options are what follows the program in CMD.
  'keeps CMD’s arguments after the ones given to docker run': (f: F) => {
    const args = f.args as string[]
    return quoted([...args, ...execOf(f.cmd).slice(args.length - 1)])
  },
  'leaves out the -c the shell needs to run a string': (f: F) =>
    quoted(['/bin/sh', shellOf(f.cmd)]),
  'expects bash, not /bin/sh, as the default shell on Linux': (f: F) =>
    quoted(['/bin/bash', '-c', shellOf(f.cmd)]),
  'thinks shell form runs the program directly, as exec form does': (f: F) =>
    quoted(shellOf(f.cmd).split(' ')),
})
/** Judged by reading, not worked: the drawn program's own words are not in the facts. */
const NOT_WORKED = new Set(['drops the words after the program'])
const LAYER_MISTAKES: Record<string, Mistake> = {
  'thinks the rm step takes the archive out of the image': (f) => `${n(f, 'base') + n(f, 'ex')} MB`,
  'thinks the archive stays in the layer after rm in the same step': (f) =>
    `${n(f, 'base') + n(f, 'dl') + n(f, 'ex')} MB`,
  'leaves the base image’s layers out': (f) => `${(f.sameRun ? 0 : n(f, 'dl')) + n(f, 'ex')} MB`,
  'counts the archive but not what it unpacks to': (f) => `${n(f, 'base') + n(f, 'dl')} MB`,
  'counts the archive instead of what it unpacks to': (f) => `${n(f, 'base') + n(f, 'dl')} MB`,
  'subtracts the deleted archive from the extracted files': (f) =>
    `${n(f, 'base') + n(f, 'ex') - n(f, 'dl')} MB`,
  'counts the archive again in the rm step': (f) =>
    `${n(f, 'base') + 2 * n(f, 'dl') + n(f, 'ex')} MB`,
  'counts the step’s downloads but not the base': (f) => `${n(f, 'dl') + n(f, 'ex')} MB`,
  'thinks a layer stores a full copy of the filesystem, not its changes': (f) =>
    `${2 * n(f, 'base') + n(f, 'ex')} MB`,
}
function n(f: F, k: string): number {
  return f[k] as number
}
type Step = { ins: string; arg: string; copies?: string[] }
const runsOf = (f: F) => (f.steps as Step[]).filter((s) => s.ins === 'RUN').map((s) => s.arg)
const marked = (f: F, rerun: (arg: string) => boolean) =>
  runsOf(f)
    .map((r) => `${r}: ${rerun(r) ? 'reruns' : 'cached'}`)
    .join('; ')
/** The steps that rerun when an edited (or ignored, or untouched) file counts as changed. */
const asChanged = (f: F) => cacheRuns({ ...f, changed: (f.changed as string | null) ?? '.' })
const CACHE_MISTAKES: Record<string, Mistake> = {
  'rebuilds every RUN step once any file in the context changes': (f) => marked(f, () => true),
  'thinks the cache is missed only when a Dockerfile line changes': (f) => marked(f, () => false),
  'expects a RUN step that reads no files, like useradd, to run on every build': (f) =>
    cacheRuns(f).replace('useradd -m app: cached', 'useradd -m app: reruns'),
  'takes the install step as cached whatever file changed': (f) => {
    const steps = f.steps as Step[]
    const install = steps[steps.findIndex((s) => s.copies !== undefined) + 1]!.arg
    return asChanged(f).replace(`${install}: reruns`, `${install}: cached`)
  },
  'reruns only the step right after a changed COPY, not the steps after it': (f) => {
    const steps = f.steps as Step[]
    const changed = (f.changed as string | null) ?? '.'
    const at = steps.findIndex((s) => s.copies?.some((c) => c === '.' || c === changed))
    const next = steps.slice(at + 1).find((s) => s.ins === 'RUN')!.arg
    return marked(f, (r) => r === next)
  },
  'reruns every step that follows a COPY, whatever it copied': (f) => {
    const steps = f.steps as Step[]
    const first = steps.findIndex((s) => s.ins === 'COPY')
    const after = steps.slice(first).map((s) => s.arg)
    return marked(f, (r) => after.includes(r))
  },
  'reruns from the first COPY of the whole context whatever changed': (f) =>
    cacheRuns({ ...f, changed: '.' }),
}
const EXIT_MISTAKES: Record<string, Mistake> = {
  'expects every failure to report the generic status 1': () => '1',
}
function exitMistake(label: string, f: F): string | null {
  if (label in EXIT_MISTAKES) return EXIT_MISTAKES[label]!(f)
  const read = /^reads (\d+) \(/.exec(label)
  if (read) return read[1]!
  const own = /^gives (SIG[A-Z]+)’s own number, without adding 128$/.exec(label)
  if (own && own[1] === f.signal) return String(SIGNALS[own[1]!])
  return null
}
const dirsOf = (f: F) => f.dirs as [string, string, string]
const WORKDIR_MISTAKES: Record<string, Mistake> = {
  'reads a relative WORKDIR as from the root': (f) => posix.resolve('/', dirsOf(f)[2]),
  'thinks only the first WORKDIR changes the directory': (f) => dirsOf(f)[0],
  'resolves against the first WORKDIR, not the one before': (f) =>
    posix.resolve(dirsOf(f)[0], dirsOf(f)[2]),
  'treats an absolute WORKDIR as relative to the first': (f) =>
    posix.join(dirsOf(f)[0], dirsOf(f)[2]),
  'appends every WORKDIR, even an absolute one or ..': (f) =>
    posix.join('/', ...dirsOf(f).map((d) => d.replace(/^(\.\.)?\//, ''))),
  'joins the paths as text without resolving them': (f) => dirsOf(f).join('/').replace('//', '/'),
  'drops the absolute path the chain starts from': (f) => posix.resolve('/', ...dirsOf(f).slice(1)),
  'thinks WORKDIR affects only COPY and CMD, not RUN': () => '/',
}
const MISTAKES: Record<string, Record<string, Mistake>> = {
  cmd: CMD_MISTAKES,
  layers: LAYER_MISTAKES,
  cache: CACHE_MISTAKES,
  workdir: WORKDIR_MISTAKES,
}

describeEngineIndependent('Docker keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    // Families offer every named mistake and the item model shows three that place the key:
    // each draw needs at least three, and the first and the last three must both be well formed.
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('match a second implementation, bash, node’s glob matcher, the OS signal table or the cited rule table', () => {
    for (const { family, s } of drawn) {
      const want = expected(family, s as DockerScenario)
      if (want === null) continue
      expect(s.key, family).toBe(want)
      for (const [t] of distinctWrongs(s))
        expect(t, `${family}: a distractor is the key`).not.toBe(want)
    }
  })

  it('cite docs.docker.com for every rule family, with each true wording fitting the rule', () => {
    const ruleFamilies = drawn.filter((d) => (d.s as DockerScenario).facts.kind === 'rule')
    expect(new Set(ruleFamilies.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const [id, [, , marker]] of Object.entries(RULES)) {
      const one = ruleFamilies.find((d) => d.family === id)!
      for (const k of (one.s as DockerScenario).facts.keys as string[])
        expect(k, id).toMatch(marker)
    }
  })

  it('work each distractor of the command, cache, layer, WORKDIR and exit families again as its named mistake', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const f = (s as DockerScenario).facts as F
      const table = MISTAKES[f.kind as string]
      if (f.kind !== 'exit' && table === undefined) continue
      if (f.flag !== undefined) continue // --entrypoint: the mistakes are about the flag, not the table
      for (const [text, label] of distinctWrongs(s)) {
        const want = f.kind === 'exit' ? exitMistake(label, f) : (table![label]?.(f) ?? null)
        if (want === null && NOT_WORKED.has(label)) continue
        if (want === null) problems.add(`${family}: no worked mistake for "${label}"`)
        else if (text !== want)
          problems.add(`${family}: "${label}" shows ${text}, works out ${want}`)
        else checked++
      }
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })
})

import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { app, Client, choose, DBS, type DockerFamily, family, WEBS } from './docker-text.js'

// Compose: environment precedence (docs.docker.com/compose/how-tos/environment-variables/
// envvars-precedence/: run -e, then environment or env_file with a value interpolated from the
// shell or .env, then environment, then env_file, then the image's ENV); interpolation
// (docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/: ${VAR:-d} when
// unset or empty, ${VAR-d} only when unset); merging several files (docs.docker.com/reference/
// compose-file/merge/: mappings merged by key, sequences appended, command and entrypoint
// replaced); profiles (docs.docker.com/compose/how-tos/profiles/: services without profiles
// always start); project names (docs.docker.com/compose/how-tos/project-name/: the project
// directory's name by default; containers named project-service-index).

/** The documented sources of a container variable, highest precedence first. */
export const SOURCES = ['run-e', 'interpolated', 'environment', 'env_file', 'image'] as const
export type Source = (typeof SOURCES)[number]

const VARS = ['LOG_LEVEL', 'APP_LOG_LEVEL', 'WORKER_LOG_LEVEL'] as const
const VALS = ['debug', 'info', 'warn', 'error', 'trace'] as const

const yaml = (lines: string[]) => ['```yaml', ...lines, '```'].join('\n')

export const COMPOSE_FAMILIES: readonly DockerFamily[] = [
  family('env-precedence', (rng) => {
    const name = rng.pick(VARS)
    const vals = rng.shuffle(VALS)
    const present = rng.shuffle(SOURCES).slice(0, rng.int(3, 4))
    const has = (s: Source) => present.includes(s)
    const svc = rng.pick(WEBS)
    const v = Object.fromEntries(SOURCES.map((s, i) => [s, vals[i]!])) as Record<Source, string>
    const envLine = has('interpolated')
      ? `      ${name}: \${${name}}`
      : has('environment')
        ? `      ${name}: ${v.environment}`
        : null
    const lines = [
      'services:',
      `  ${svc}:`,
      `    image: ${app(rng)}`,
      ...(has('env_file') ? ['    env_file: [app.env]'] : []),
      ...(envLine ? ['    environment:', envLine] : []),
    ]
    const facts: string[] = []
    if (has('env_file')) facts.push(`app.env holds ${name}=${v.env_file}`)
    if (has('interpolated')) facts.push(`the project’s .env file holds ${name}=${v.interpolated}`)
    if (has('image')) facts.push(`the image’s Dockerfile has ENV ${name}=${v.image}`)
    const runE = has('run-e')
    const cmd = runE
      ? `docker compose run -e ${name}=${v['run-e']} ${svc} env`
      : `docker compose run ${svc} env`
    // When the environment line interpolates, its literal value is not present.
    const active = present.filter((s) => !(s === 'environment' && has('interpolated')))
    if (active.length < 2) throw new VariantError('one source only')
    const winner = SOURCES.find((s) => active.includes(s))!
    const wrong: Wrong[] = active
      .filter((s) => s !== winner)
      .map((s) => [
        `${name}=${v[s]}`,
        `puts ${s === 'run-e' ? 'run -e' : s === 'interpolated' ? 'the .env value' : s === 'image' ? 'the image’s ENV' : s} above ${winner === 'run-e' ? 'run -e' : winner === 'interpolated' ? 'the interpolated value' : winner === 'image' ? 'the image’s ENV' : winner}`,
      ])
    wrong.push([`${name}=`, 'thinks conflicting sources leave the variable empty'])
    wrong.push([`${name}=\${${name}}`, 'thinks Compose passes the placeholder through unexpanded'])
    return choose(rng, {
      stem: `${Client(rng)}’s compose.yaml:\n\n${yaml(lines)}\n\nAlso, ${facts.length ? facts.join('; ') : 'nothing else sets it'}. The client runs ${cmd}. What value of ${name} does the container see?`,
      key: `${name}=${v[winner]}`,
      wrong,
      facts: { kind: 'env', name, sources: Object.fromEntries(active.map((s) => [s, v[s]])) },
      code: true,
    })
  }),
  family('interpolation-default-forms', (rng) => {
    const form = rng.pick([':-', '-'] as const)
    const state = rng.pick(['unset', 'empty', 'set'] as const)
    const def = rng.pick(['1.4', 'stable', '2025.1'])
    const setVal = rng.pick(['1.6', 'edge', '2025.3'])
    const where =
      state === 'unset'
        ? 'TAG is set neither in the shell nor in .env'
        : state === 'empty'
          ? 'the project’s .env file has the line TAG= (empty) and the shell does not set TAG'
          : `the project’s .env file has TAG=${setVal} and the shell does not set TAG`
    const value = state === 'set' ? setVal : state === 'empty' && form === '-' ? '' : def
    const show = (t: string) => `RELEASE=${t}`
    const wrong: Wrong[] = [
      [
        show(def),
        state === 'set'
          ? 'keeps the default although TAG is set'
          : 'reads the form without a colon as also replacing an empty value',
      ],
      [show(''), 'thinks an empty or unset TAG always gives an empty value'],
      [`RELEASE=\${TAG${form}${def}}`, 'thinks Compose passes the expression through as written'],
      [show(`${form}${def}`), 'keeps the operator in the result'],
      [show('TAG'), 'substitutes the variable’s name for its value'],
    ]
    return choose(rng, {
      stem: `A compose.yaml gives a service environment: { RELEASE: "\${TAG${form}${def}}" }, and ${where}. What does the container see?`,
      key: show(value),
      wrong,
      facts: { kind: 'interp', form, state, def, setVal },
      code: true,
    })
  }),
  family('override-ports-appended', (rng) => {
    const svc = rng.pick(WEBS)
    const a = rng.pick(['8080:80', '3000:3000', '8000:8000'])
    const b = rng.pick(['9229:9229', '5678:5678', '35729:35729'])
    return choose(rng, {
      stem: `The file compose.yaml gives the ${svc} service ports: ["${a}"], and compose.override.yaml gives it ports: ["${b}"]. After docker compose up, which ports does ${svc} publish?`,
      key: `${a} and ${b}`,
      wrong: [
        [`${b} only`, 'thinks the override file replaces the whole ports list'],
        [`${a} only`, 'thinks the base file wins over the override'],
        ['None, as the two lists conflict', 'expects a conflict error'],
        [
          'Only the ports in the image’s EXPOSE lines',
          'thinks conflicting lists fall back to EXPOSE',
        ],
        [`${a} and ${b}, each twice`, 'thinks each file is applied as a separate service'],
      ],
      facts: { kind: 'merge', attr: 'ports', base: [a], over: [b] },
    })
  }),
  family('override-environment-by-key', (rng) => {
    const svc = rng.pick(WEBS)
    const [x, y] = rng.shuffle(['DEBUG', 'LOG_LEVEL', 'FEATURE_X', 'WORKERS']).slice(0, 2)
    const [p, q, r] = rng.shuffle(['0', '1', '2', '4']).slice(0, 3)
    const fmt = (m: Record<string, string>) =>
      Object.entries(m)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')
    return choose(rng, {
      stem: `The file compose.yaml sets the ${svc} service’s environment to ${x}: "${p}" and ${y}: "${q}". compose.override.yaml sets its environment to ${x}: "${r}". What environment does ${svc} get?`,
      key: fmt({ [x!]: r!, [y!]: q! }),
      wrong: [
        [fmt({ [x!]: r! }), 'thinks the override replaces the whole environment block'],
        [fmt({ [x!]: p!, [y!]: q! }), 'thinks the base file wins'],
        [fmt({ [x!]: `${p},${r}`, [y!]: q! }), 'appends values as for a sequence'],
        [fmt({ [y!]: q! }), 'thinks a clash removes the variable'],
      ],
      facts: { kind: 'merge', attr: 'environment', base: { [x!]: p, [y!]: q }, over: { [x!]: r } },
      code: true,
    })
  }),
  family('override-command-replaced', (rng) => {
    const svc = rng.pick(WEBS)
    const base = rng.pick(['["npm", "start"]', '["gunicorn", "app:app"]', '["python", "main.py"]'])
    const over = rng.pick([
      '["npm", "run", "dev"]',
      '["flask", "run", "--debug"]',
      '["sleep", "infinity"]',
    ])
    return choose(rng, {
      stem: `The file compose.yaml gives ${svc} command: ${base}; compose.override.yaml gives it command: ${over}. Which command does ${svc} run after docker compose up?`,
      key: over,
      wrong: [
        [`${base.slice(0, -1)}, ${over.slice(1)}`, 'appends the override as for other sequences'],
        [base, 'thinks the base file wins'],
        [`${over.slice(0, -1)}, ${base.slice(1)}`, 'prepends the override to the base command'],
        ['The image’s CMD, as the two conflict', 'expects a conflict to fall back to the image'],
      ],
      facts: { kind: 'merge', attr: 'command', base, over },
      code: true,
    })
  }),
  family('profiles-which-services-start', (rng) => {
    const web = rng.pick(WEBS)
    const db = rng.pick(DBS)
    const tools = rng.shuffle(['adminer', 'mailpit', 'pgadmin', 'grafana']).slice(0, 2)
    const active = rng.pick(['debug', 'none'] as const)
    const list = (xs: string[]) => xs.join(', ')
    const always = [web, db]
    const debugOnes = [tools[0]!]
    const opsOnes = [tools[1]!]
    const started = active === 'debug' ? [...always, ...debugOnes] : always
    const cmd = active === 'debug' ? 'docker compose --profile debug up -d' : 'docker compose up -d'
    return choose(rng, {
      stem: `A compose.yaml has ${web} and ${db} with no profiles, ${debugOnes[0]} with profiles: [debug] and ${opsOnes[0]} with profiles: [ops]. Which services does ${cmd} start?`,
      key: list(started),
      wrong: [
        [list([...always, ...debugOnes, ...opsOnes]), 'thinks profiles only label services'],
        [
          active === 'debug' ? list(debugOnes) : list([...always, ...debugOnes]),
          active === 'debug'
            ? 'thinks --profile starts only that profile’s services'
            : 'thinks the first profile is active by default',
        ],
        [list([web]), 'starts only the first service'],
        [
          active === 'debug' ? list([...always, ...opsOnes]) : list([...always, ...opsOnes]),
          'mixes up which profile is which',
        ],
        [
          active === 'debug' ? list([...always]) : 'None: no profile is active',
          active === 'debug'
            ? 'thinks --profile is ignored by up'
            : 'thinks only profiled services start',
        ],
      ],
      facts: {
        kind: 'profiles',
        services: { [web]: [], [db]: [], [debugOnes[0]!]: ['debug'], [opsOnes[0]!]: ['ops'] },
        active: active === 'debug' ? ['debug'] : [],
      },
    })
  }),
  family('project-container-name', (rng) => {
    const dir = rng.pick(['shop', 'clinic-site', 'tracker', 'booking'])
    const svc = rng.pick(WEBS)
    const image = rng.pick(['shopapi', 'invoicer', 'tracker', 'reports'])
    return choose(rng, {
      stem: `A compose.yaml with no name: key and a service ${svc} (image: ${image}, no container_name) is in the folder /home/dev/${dir}. docker compose up -d is run there. What is the container called?`,
      key: `${dir}-${svc}-1`,
      wrong: [
        [`${svc}`, 'thinks the container takes the service name as is'],
        [`${dir}_${svc}_1`, 'uses the underscores of the old docker-compose v1'],
        [`${svc}-${dir}-1`, 'puts the service before the project'],
        [`compose-${svc}-1`, 'names the project after the file, not the folder'],
        [`${dir}-${svc}`, 'forgets the replica number'],
        [`${dir}-${image}-1`, 'names the container after the image, not the service'],
      ],
      facts: { kind: 'name', dir, svc },
      code: true,
    })
  }),
]

export const drawService = (rng: Rng) => rng.pick(WEBS)

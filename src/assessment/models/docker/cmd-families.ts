import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { app, choose, type DockerFamily, family, rule } from './docker-text.js'

// How CMD and ENTRYPOINT combine: the table "Understand how CMD and ENTRYPOINT interact" in the
// Dockerfile reference (docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-
// interact): an exec-form ENTRYPOINT gets the CMD (or the `docker run` arguments, which replace
// CMD) appended; a shell-form ENTRYPOINT runs as `/bin/sh -c` and ignores CMD and run arguments
// (ENTRYPOINT section: "prevents any CMD command line arguments from being used"); a shell-form
// CMD runs as `/bin/sh -c`. Passing --entrypoint clears the image's default command (docs:
// "Running containers", ENTRYPOINT: "Passing --entrypoint will clear out any default command").

/** An instruction's value: exec form (a JSON array) or shell form (a string). */
export type Form = { readonly exec: readonly string[] } | { readonly shell: string }

/** A program a client's image runs, its default arguments and an argument a user adds. */
const PROGRAMS = [
  {
    base: 'python:3.12-slim',
    ep: ['python', 'app.py'],
    cmd: ['--port', '8000'],
    extra: ['--debug'],
  },
  { base: 'node:22-slim', ep: ['node', 'server.js'], cmd: ['--port', '3000'], extra: ['--trace'] },
  { base: 'python:3.12-slim', ep: ['gunicorn', '-w', '4'], cmd: ['app:app'], extra: ['wsgi:api'] },
  { base: 'alpine:3.20', ep: ['/usr/local/bin/backup'], cmd: ['--daily'], extra: ['--weekly'] },
  {
    base: 'eclipse-temurin:21-jre',
    ep: ['java', '-jar', 'app.jar'],
    cmd: ['--verbose'],
    extra: ['--quiet'],
  },
] as const

const quote = (a: string) => (/\s/.test(a) ? `'${a}'` : a)
/** An argument vector as a process list shows it, arguments holding blanks quoted. */
export const argv = (xs: readonly string[]) => xs.map(quote).join(' ')
const sh = (text: string) => ['/bin/sh', '-c', text]
const line = (name: string, f: Form) =>
  'exec' in f ? `${name} [${f.exec.map((a) => `"${a}"`).join(', ')}]` : `${name} ${f.shell}`
const words = (f: Form): string[] => ('exec' in f ? [...f.exec] : sh(f.shell))
const dockerfile = (ep: Form | null, cmd: Form | null, base = 'python:3.12-slim') =>
  [
    '```dockerfile',
    `FROM ${base}`,
    ...(ep ? [line('ENTRYPOINT', ep)] : []),
    ...(cmd ? [line('CMD', cmd)] : []),
    '```',
  ].join('\n')

/** What the container runs, by the documented table. */
function runs(ep: Form | null, cmd: Form | null, args: readonly string[] | null): string[] {
  const tail = args ?? (cmd ? words(cmd) : [])
  if (!ep) return [...tail]
  if ('shell' in ep) return sh(ep.shell)
  return [...ep.exec, ...tail]
}

const drawForms = (rng: Rng) => {
  const p = rng.pick(PROGRAMS)
  return { p, epExec: { exec: [...p.ep] }, epShell: { shell: p.ep.join(' ') } }
}

export const CMD_FAMILIES: readonly DockerFamily[] = [
  family('exec-entrypoint-plus-cmd', (rng) => {
    const { p, epExec } = drawForms(rng)
    const cmdForm: Form = rng.next() < 0.5 ? { exec: [...p.cmd] } : { shell: p.cmd.join(' ') }
    const key = argv(runs(epExec, cmdForm, null))
    const wrong: Wrong[] = [
      [argv([...p.ep]), 'drops CMD, as if ENTRYPOINT replaced it'],
      [argv(words(cmdForm)), 'runs CMD alone, as if CMD replaced ENTRYPOINT'],
      [argv(sh([...p.ep, ...p.cmd].join(' '))), 'wraps the exec-form ENTRYPOINT in a shell'],
      [
        'exec' in cmdForm ? argv([...p.cmd, ...p.ep]) : argv([...p.ep, ...p.cmd]),
        'exec' in cmdForm
          ? 'puts CMD before ENTRYPOINT'
          : 'drops the /bin/sh -c a shell-form CMD brings',
      ],
    ]
    return choose(rng, {
      stem: `A freelancer writes this Dockerfile for the ${app(rng)} image:\n\n${dockerfile(epExec, cmdForm, p.base)}\n\nThe container is started with docker run and no arguments. Which command line does it run?`,
      key,
      wrong,
      facts: { kind: 'cmd', ep: epExec, cmd: cmdForm, args: null },
      code: true,
    })
  }),
  family('shell-entrypoint-ignores-cmd', (rng) => {
    const { p, epShell } = drawForms(rng)
    const cmdForm: Form = { exec: [...p.cmd] }
    return choose(rng, {
      stem: `The ${app(rng)} image is built from:\n\n${dockerfile(epShell, cmdForm, p.base)}\n\nWhich command line does docker run start, with no arguments?`,
      key: argv(runs(epShell, cmdForm, null)),
      wrong: [
        [argv(sh([...p.ep, ...p.cmd].join(' '))), 'passes CMD to a shell-form ENTRYPOINT'],
        [argv([...p.ep, ...p.cmd]), 'treats the shell-form ENTRYPOINT as exec form'],
        [argv([...sh(p.ep.join(' ')), ...p.cmd]), 'appends CMD after the /bin/sh -c string'],
        [argv([...p.cmd]), 'runs CMD alone, as if CMD replaced ENTRYPOINT'],
        [argv([...p.ep]), 'leaves out the /bin/sh -c of the shell form'],
      ],
      facts: { kind: 'cmd', ep: epShell, cmd: cmdForm, args: null },
      code: true,
    })
  }),
  family('run-arguments-replace-cmd', (rng) => {
    const { p, epExec } = drawForms(rng)
    const cmdForm: Form = { exec: [...p.cmd] }
    const image = app(rng)
    return choose(rng, {
      stem: `The ${image} image is built from:\n\n${dockerfile(epExec, cmdForm, p.base)}\n\nA client runs docker run ${image} ${p.extra.join(' ')}. Which command line runs in the container?`,
      key: argv(runs(epExec, cmdForm, [...p.extra])),
      wrong: [
        [
          argv([...p.ep, ...p.cmd, ...p.extra]),
          'appends the run arguments after CMD instead of replacing it',
        ],
        [argv([...p.extra]), 'lets the run arguments replace ENTRYPOINT too'],
        [argv([...p.ep, ...p.cmd]), 'ignores arguments given to docker run'],
        [argv([...p.ep, ...p.extra, ...p.cmd]), 'inserts the run arguments before CMD'],
      ],
      facts: { kind: 'cmd', ep: epExec, cmd: cmdForm, args: [...p.extra] },
      code: true,
    })
  }),
  family('run-arguments-with-cmd-only', (rng) => {
    const { p } = drawForms(rng)
    const cmdForm: Form = { exec: [...p.ep, ...p.cmd] }
    const image = app(rng)
    const args = [...p.ep, ...p.extra]
    return choose(rng, {
      stem: `The ${image} image has no ENTRYPOINT:\n\n${dockerfile(null, cmdForm, p.base)}\n\nA client runs docker run ${image} ${argv(args)}. What does the container run?`,
      key: argv(runs(null, cmdForm, args)),
      wrong: [
        [
          argv([...p.ep, ...p.cmd, ...args]),
          'appends run arguments to CMD, as they would be to an ENTRYPOINT',
        ],
        [argv([...p.ep, ...p.cmd]), 'ignores arguments given to docker run'],
        [
          argv(sh([...p.ep, ...p.cmd, ...args].join(' '))),
          'wraps exec-form CMD and the arguments in a shell',
        ],
        [argv(args.slice(1)), 'takes the first word after the image for part of the image name'],
        [argv([...args, ...p.cmd]), 'keeps CMD’s arguments after the ones given to docker run'],
      ],
      facts: { kind: 'cmd', ep: null, cmd: cmdForm, args },
      code: true,
    })
  }),
  family('entrypoint-flag-clears-cmd', (rng) => {
    const { p, epExec } = drawForms(rng)
    const cmdForm: Form = { exec: [...p.cmd] }
    const image = app(rng)
    const extra = rng.pick([
      ['-c', 'ls /app'],
      ['-c', 'env'],
      ['-c', 'id'],
    ] as const)
    const shown = ` ${argv(extra)}`
    return choose(rng, {
      stem: `The ${image} image is built from:\n\n${dockerfile(epExec, cmdForm, p.base)}\n\nTo look around, a client runs docker run -it --entrypoint /bin/sh ${image}${shown}. What does the container run?`,
      key: argv(['/bin/sh', ...extra]),
      wrong: [
        [
          argv(['/bin/sh']),
          'thinks arguments after the image are dropped once --entrypoint is set',
        ],
        [
          argv(['/bin/sh', ...extra, ...p.cmd]),
          'keeps the image’s CMD as arguments to the new entrypoint',
        ],
        [
          argv(['/bin/sh', ...p.ep, ...p.cmd, ...extra]),
          'passes the old ENTRYPOINT and CMD to the new one',
        ],
        [argv([...p.ep, ...extra]), 'thinks --entrypoint cannot override an exec-form ENTRYPOINT'],
        [
          argv([...p.ep, '/bin/sh', ...extra]),
          'treats the flag as an argument appended to ENTRYPOINT',
        ],
        [argv(['/bin/sh', ...p.cmd, ...extra]), 'keeps CMD and appends the run arguments after it'],
      ],
      facts: {
        kind: 'cmd',
        ep: { exec: ['/bin/sh'] },
        cmd: null,
        args: [...extra],
        flag: '/bin/sh',
        imageCmd: cmdForm,
      },
      code: true,
    })
  }),
  family('shell-entrypoint-drops-run-arguments', (rng) => {
    const { p, epShell } = drawForms(rng)
    const image = app(rng)
    return choose(rng, {
      stem: `The ${image} image ends with:\n\n${dockerfile(epShell, null, p.base)}\n\nA client runs docker run ${image} ${p.extra.join(' ')}. Which command line is running?`,
      key: argv(runs(epShell, null, [...p.extra])),
      wrong: [
        [
          argv(sh([...p.ep, ...p.extra].join(' '))),
          'expects run arguments to reach a shell-form ENTRYPOINT',
        ],
        [argv([...p.ep, ...p.extra]), 'treats the shell-form ENTRYPOINT as exec form'],
        [argv([...p.extra]), 'lets run arguments replace ENTRYPOINT'],
        [
          argv([...sh(p.ep.join(' ')), ...p.extra]),
          'appends the arguments after the /bin/sh -c string',
        ],
      ],
      facts: { kind: 'cmd', ep: epShell, cmd: null, args: [...p.extra] },
      code: true,
    })
  }),
  family('shell-form-cmd-runs-under-sh', (rng) => {
    const { p } = drawForms(rng)
    const cmdForm: Form = { shell: [...p.ep, ...p.cmd].join(' ') }
    return choose(rng, {
      stem: `The ${app(rng)} image has no ENTRYPOINT:\n\n${dockerfile(null, cmdForm, p.base)}\n\nWhich process does the container start as its command?`,
      key: argv(runs(null, cmdForm, null)),
      wrong: [
        [
          argv([...p.ep, ...p.cmd]),
          'thinks shell form runs the program directly, as exec form does',
        ],
        [
          argv(['/bin/bash', '-c', cmdForm.shell]),
          'expects bash, not /bin/sh, as the default shell on Linux',
        ],
        [argv(['/bin/sh', cmdForm.shell]), 'leaves out the -c the shell needs to run a string'],
        [argv([...p.ep]), 'drops the words after the program'],
      ],
      facts: { kind: 'cmd', ep: null, cmd: cmdForm, args: null },
      code: true,
    })
  }),
  rule('last-cmd-wins', {
    source: 'docs.docker.com/reference/dockerfile/#cmd ("There can only be one CMD instruction")',
    answer: 'last-cmd',
    stem: (rng) =>
      `A Dockerfile for the ${app(rng)} image has CMD ["npm", "test"] and, further down the same final stage, CMD ["npm", "start"]. What does the container run by default?`,
    keys: [
      'npm start: only the last CMD in the stage takes effect',
      'npm start, since a later CMD replaces an earlier one',
    ],
    wrong: [
      [
        'npm test, then npm start, one after the other as RUN steps do',
        'runs every CMD in turn, like RUN steps',
      ],
      [
        'npm test: the first CMD is the one that counts, later ones ignored',
        'thinks the first CMD wins',
      ],
      ['npm test start, as the two CMDs are merged', 'merges the CMD arrays'],
      ['Nothing: the build fails on a second CMD', 'thinks a second CMD is a build error'],
      ['npm start and npm test in parallel', 'starts one process per CMD'],
    ],
  }),
  rule('exec-form-no-variable-expansion', {
    source:
      'docs.docker.com/reference/dockerfile/#shell-and-exec-form ("the exec form doesn\'t automatically invoke a command shell", so no variable substitution)',
    answer: 'literal',
    stem: (rng) =>
      `The ${app(rng)} image sets ENV PORT=8080 and ends with CMD ["echo", "listening on $PORT"]. What does the container print?`,
    keys: [
      'listening on $PORT: exec form runs no shell to expand it',
      'listening on $PORT, unexpanded, as no shell runs',
    ],
    wrong: [
      [
        'listening on 8080, since Docker expands ENV values in CMD arrays',
        'expects the builder to substitute the variable in CMD',
      ],
      [
        'listening on, as PORT is unset at run time',
        'thinks ENV values do not reach the container',
      ],
      ['An error: variables are not allowed in CMD', 'thinks the instruction is rejected'],
      [
        'listening on 8080, as long as docker run also passes -e PORT=8080',
        'thinks a run-time variable changes exec-form parsing',
      ],
      ['listening on PORT, without the dollar sign', 'expects the shell’s $ to be stripped'],
    ],
  }),
]

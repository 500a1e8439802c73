import type { Wrong } from '../scenario/scenario-model.js'
import { app, Client, choose, type DockerFamily, family, rule } from './docker-text.js'

const RUN = 'docs.docker.com/engine/containers/run/'
const RESTART = 'docs.docker.com/engine/containers/start-containers-automatically/'

/**
 * Situations and the exit status docker run or the container reports, from "Exit status" in
 * Running containers (docs.docker.com/engine/containers/run/#exit-status): 125 the docker command
 * itself failed, 126 the contained command cannot be invoked, 127 it cannot be found; a process
 * ended by a signal exits 128 + the signal's number (SIGKILL 9, SIGTERM 15, SIGINT 2).
 */
export const EXIT_CASES = [
  { why: 'docker run is given a flag it does not know, --memroy=512m', status: 125, signal: null },
  {
    why: 'the image’s entrypoint script was copied without the execute bit',
    status: 126,
    signal: null,
  },
  {
    why: 'CMD names a binary, gunicorn, that is not installed in the image',
    status: 127,
    signal: null,
  },
  {
    why: 'the container exceeded its --memory limit and the kernel killed it',
    status: 137,
    signal: 'SIGKILL',
  },
  { why: 'docker kill was run on it (default signal)', status: 137, signal: 'SIGKILL' },
  {
    why: 'docker stop was run and the SIGTERM ended the app, which runs under --init with no handler of its own',
    status: 143,
    signal: 'SIGTERM',
  },
  {
    why: 'a developer pressed Ctrl+C in the attached terminal and the app died of the SIGINT',
    status: 130,
    signal: 'SIGINT',
  },
] as const

const MEANING: Record<number, string> = {
  125: 'the docker command itself failed',
  126: 'the command cannot be invoked',
  127: 'the command was not found',
  130: 'killed by SIGINT',
  137: 'killed by SIGKILL',
  143: 'killed by SIGTERM',
}

export const RUNTIME_FAMILIES: readonly DockerFamily[] = [
  family('exit-status-of-a-failure', (rng) => {
    const c = rng.pick(EXIT_CASES)
    const wrong: Wrong[] = EXIT_CASES.filter((o) => o.status !== c.status).map((o) => [
      String(o.status),
      `reads ${o.status} (${MEANING[o.status]}) as this case`,
    ])
    wrong.push(['1', 'expects every failure to report the generic status 1'])
    // A signal's own number, without the 128 the shell convention adds (9 for SIGKILL).
    const raw = c.signal === null ? null : { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 }[c.signal]
    if (raw !== null)
      wrong.push([String(raw), `gives ${c.signal}’s own number, without adding 128`])
    return choose(rng, {
      stem: `${Client(rng)}’s ${app(rng)} container reports a non-zero exit status: ${c.why}. Which status does Docker report?`,
      key: String(c.status),
      wrong,
      facts: { kind: 'exit', status: c.status, signal: c.signal },
    })
  }),
  rule('stop-grace-period-then-kill', {
    source:
      'docs.docker.com/reference/cli/docker/container/stop/ (SIGTERM, then SIGKILL after a grace period, 10 s by default for Linux containers)',
    answer: 'sigterm-10s-sigkill',
    stem: (rng) =>
      `What does docker stop do to the ${app(rng)} container when the process ignores SIGTERM and no --time is given?`,
    keys: [
      'Sends SIGTERM, waits 10 s, then sends SIGKILL',
      'SIGTERM first, then SIGKILL once 10 seconds pass',
    ],
    wrong: [
      ['Sends SIGKILL at once, then removes it', 'thinks stop kills and removes'],
      [
        'Sends SIGTERM and waits for as long as the process takes to exit',
        'forgets the grace period',
      ],
      [
        'Sends SIGINT, waits 30 seconds, then sends SIGKILL to it',
        'misremembers the signal and timeout',
      ],
      ['Sends SIGHUP so the process can reload', 'confuses stop with a reload'],
      ['Pauses it with SIGSTOP until started again', 'confuses stop with pause'],
    ],
  }),
  rule('shell-form-pid1-signals', {
    source:
      'docs.docker.com/reference/dockerfile/#entrypoint (shell form runs under /bin/sh -c, "which does not pass signals", so the executable is not PID 1)',
    answer: 'sh-pid1',
    stem: (rng) =>
      `The ${app(rng)} image ends with ENTRYPOINT node server.js (shell form). docker stop always takes the full 10 seconds and the app never runs its shutdown handler. Why?`,
    keys: [
      '/bin/sh is PID 1 and does not pass SIGTERM to node',
      'node runs under /bin/sh -c, which gets the SIGTERM',
    ],
    wrong: [
      ['node ignores SIGTERM unless it is started with a --signals flag', 'invents a node flag'],
      ['docker stop sends SIGKILL to shell-form images', 'thinks the form changes the signal sent'],
      ['The grace period starts only after SIGKILL', 'inverts the stop sequence'],
      ['ENTRYPOINT processes never receive signals', 'thinks no entrypoint gets signals'],
      [
        'Signals only reach processes started by CMD, never by ENTRYPOINT',
        'confuses CMD and ENTRYPOINT',
      ],
    ],
  }),
  rule('init-reaps-and-forwards', {
    source: `${RUN} and docs.docker.com/reference/cli/docker/container/run/ (--init: an init process as PID 1 that forwards signals and reaps processes)`,
    answer: '--init',
    stem: (rng) =>
      `The ${app(rng)} container spawns worker processes that pile up as zombies, and the app, running as PID 1, was not written to reap them. Which docker run option fixes this without changing the image?`,
    keys: ['--init', '--init=true'],
    wrong: [
      ['--pid=host', 'shares the host’s process namespace instead'],
      ['--restart=always', 'restarts instead of reaping'],
      ['--privileged', 'grants privileges, which reap nothing'],
      ['--stop-signal=SIGCHLD', 'changes the stop signal, not reaping'],
      ['--oom-kill-disable', 'changes OOM handling only'],
      ['--rm', 'removes the container on exit, which reaps nothing while it runs'],
      ['--entrypoint=tini', 'names an init the image does not contain'],
      ['--pid=container:init', 'joins another container’s process namespace'],
    ],
    code: true,
  }),
  rule('restart-unless-stopped', {
    source: `${RESTART} (unless-stopped: like always, except that a container stopped manually or otherwise is not restarted even after the daemon restarts)`,
    answer: 'unless-stopped',
    stem: (rng) =>
      `${Client(rng)}’s ${app(rng)} container must come back after crashes and server reboots, but stay down after an engineer stops it for maintenance, reboots included. Which restart policy fits?`,
    keys: ['--restart unless-stopped', '--restart=unless-stopped'],
    wrong: [
      [
        '--restart always',
        'forgets that always restarts a stopped container when the daemon restarts',
      ],
      ['--restart no', 'takes the default as restarting'],
      ['--rm', 'confuses removal with a restart policy'],
      [
        '--restart always --stop-timeout 0',
        'thinks a zero stop timeout keeps it down after a stop',
      ],
      [
        '--restart=always --stop-signal=SIGTERM',
        'thinks the stop signal decides whether it restarts',
      ],
    ],
    code: true,
  }),
  rule('restart-on-failure-exit-code', {
    source: `${RESTART} (on-failure[:max-retries]: restart if the container exits with a non-zero status)`,
    answer: 'on-failure',
    stem: (rng) =>
      `A nightly ${app(rng)} job container should be restarted if it crashes with an error, but left alone once it exits 0. Which policy fits?`,
    keys: ['--restart on-failure', '--restart on-failure:3'],
    wrong: [
      ['--restart always', 'reruns the finished job forever'],
      ['--restart unless-stopped', 'restarts it after a successful exit too'],
      ['--restart no', 'never restarts a crash'],
      ['--restart on-error', 'invents a policy name'],
      ['--restart on-exit:1', 'invents a policy name'],
      ['--restart=unless-stopped:3', 'adds a retry count to a policy that takes none'],
    ],
    code: true,
  }),
  rule('rm-removes-anonymous-volumes', {
    source: `${RUN} and docs.docker.com/reference/cli/docker/container/run/ (--rm removes the container and its anonymous volumes when it exits; named volumes stay)`,
    answer: 'named-stays',
    stem: (rng) =>
      `A one-off ${app(rng)} migration runs as docker run --rm -v pgdata:/var/lib/postgresql/data -v /scratch image. What is left after it exits?`,
    keys: [
      'The named volume pgdata; /scratch is removed',
      'pgdata stays; the anonymous volume goes',
    ],
    wrong: [
      ['Nothing: --rm removes both volumes', 'thinks --rm removes named volumes'],
      [
        'pgdata and /scratch stay; only the container is removed',
        'forgets anonymous volumes are removed',
      ],
      [
        'The stopped container and both of its volumes, until docker rm',
        'thinks --rm waits for docker rm',
      ],
      ['Only /scratch, as it has no name to clash', 'inverts named and anonymous'],
      ['pgdata, emptied of the migration’s data', 'thinks --rm wipes volume contents'],
    ],
  }),
  family('mount-kind-of-v-spec', (rng) => {
    const cases = [
      ['/home/dev/site:/usr/share/nginx/html', 'bind'],
      ['/srv/uploads:/app/uploads', 'bind'],
      ['appdata:/var/lib/app', 'volume'],
      ['pgdata:/var/lib/postgresql/data', 'volume'],
      ['/var/lib/app', 'anonymous'],
    ] as const
    const [spec, kind] = rng.pick(cases)
    const TEXT = {
      bind: 'A bind mount of a host path',
      volume: 'A named volume Docker manages',
      anonymous: 'An anonymous volume with a random name',
    }
    const wrong: Wrong[] = [
      ...(['bind', 'volume', 'anonymous'] as const)
        .filter((k) => k !== kind)
        .map(
          (k) =>
            [
              TEXT[k],
              `misreads the -v source as ${k === 'bind' ? 'a host path' : k === 'volume' ? 'a volume name' : 'absent'}`,
            ] as Wrong,
        ),
      ['A tmpfs mount held in memory', 'confuses -v with --tmpfs'],
      ['A copy of the folder baked into the container', 'thinks -v copies files'],
    ]
    return choose(rng, {
      stem: `A client runs docker run -v ${spec} ${app(rng)}. What kind of mount is that?`,
      key: TEXT[kind],
      wrong,
      facts: { kind: 'mount', spec, answer: kind },
    })
  }),
  rule('empty-volume-gets-image-content', {
    source:
      "docs.docker.com/engine/storage/volumes/#populate-a-volume-using-a-container (an empty volume is filled with the image's files at the mount point; a bind mount hides them)",
    answer: 'volume-populated',
    stem: (rng) =>
      `The ${app(rng)} image ships default config in /etc/app. Mounted as -v appconf:/etc/app with a new, empty named volume, what does the container see?`,
    keys: [
      'The image’s files, copied into the new volume',
      'Its default config, copied into the volume',
    ],
    wrong: [
      [
        'An empty /etc/app: the new volume masks what the image had',
        'treats a named volume like a bind mount',
      ],
      ['An error until the volume is populated', 'thinks empty volumes are refused'],
      ['The files, but read-only', 'invents a read-only copy'],
      ['The host’s /etc/app', 'thinks a volume maps the same host path'],
      [
        'Files merged from every container that has ever used the volume',
        'thinks volumes merge contents',
      ],
    ],
  }),
  rule('bind-mount-hides-image-files', {
    source:
      'docs.docker.com/engine/storage/bind-mounts/#mount-into-a-non-empty-directory-on-the-container (existing contents are obscured by the bind mount)',
    answer: 'obscured',
    stem: (rng) =>
      `During development, ${app(rng)} is run with -v "$PWD":/app, and the image’s /app/node_modules (installed at build time) seems to vanish. Why?`,
    keys: [
      'The bind mount hides the image’s /app contents',
      'A bind mount obscures what the image had there',
    ],
    wrong: [
      [
        'Docker deletes the image’s files under a mount point when it starts',
        'thinks the files are deleted',
      ],
      ['node_modules is copied to the host and removed', 'thinks files move to the host'],
      ['The mount is read-only until :rw is given', 'thinks bind mounts default to read-only'],
      [
        'Bind mounts merge folders, but node_modules is skipped by design',
        'thinks mounts merge folders',
      ],
      ['The image was built without node_modules', 'blames the build, not the mount'],
    ],
  }),
  rule('tmpfs-not-persisted', {
    source:
      'docs.docker.com/engine/storage/tmpfs/ (held in host memory, removed when the container stops, not shared between containers)',
    answer: 'tmpfs',
    stem: (rng) =>
      `The ${app(rng)} container writes short-lived session files that must never reach the host’s disk and need not survive a restart. Which mount fits?`,
    keys: ['--tmpfs /app/sessions', '--mount type=tmpfs,target=/app/sessions'],
    wrong: [
      ['-v sessions:/app/sessions', 'uses a named volume, stored on disk'],
      ['-v /app/sessions', 'uses an anonymous volume, stored on disk'],
      [
        '--mount type=volume,source=sessions,target=/app/sessions',
        'uses a named volume, stored on disk',
      ],
      [
        '--mount type=bind,source=/dev/shm,target=/app/sessions',
        'binds the host’s shared memory, which other processes see',
      ],
      ['-v /dev/shm:/app/sessions', 'binds the host’s shared memory into the container'],
      ['--read-only', 'makes the root filesystem read-only, with no place to write'],
      ['--mount type=bind,target=/app/sessions', 'gives a bind mount no source'],
    ],
    code: true,
  }),
  rule('writable-layer-lost-on-rm', {
    source:
      'docs.docker.com/engine/storage/ ("data doesn\'t persist when that container no longer exists"; use volumes or bind mounts)',
    answer: 'lost',
    stem: (rng) =>
      `A client ran a database in a container for the ${app(rng)} app with no volume, then ran docker rm -f on it and started a new one from the same image. Where is the old data?`,
    keys: [
      'Gone: it lived in the container’s writable layer',
      'Lost with the container’s writable layer',
    ],
    wrong: [
      [
        'In the image, saved when the container stopped',
        'thinks changes are written back to the image',
      ],
      [
        'In an anonymous volume that Docker kept for the removed container',
        'assumes a volume no one declared',
      ],
      [
        'In the new container, as it uses the same image',
        'thinks containers of one image share data',
      ],
      ['Under /var/lib/docker/backups', 'invents a backup folder'],
      [
        'In the build cache, until someone runs docker builder prune',
        'confuses run-time data with the build cache',
      ],
    ],
  }),
  rule('logs-go-to-stdout', {
    source:
      "docs.docker.com/engine/logging/ (docker logs shows the command's STDOUT and STDERR; logs written to files inside the container do not appear)",
    answer: 'stdout',
    stem: (rng) =>
      `The ${app(rng)} container writes its log to /var/log/app/app.log, and docker logs shows nothing. What makes the log visible there?`,
    keys: [
      'Log to stdout and stderr, which docker logs reads',
      'Send the log to standard output and error',
    ],
    wrong: [
      ['Run docker logs --details on it', 'thinks a flag reads files inside the container'],
      ['Add VOLUME /var/log/app to the Dockerfile', 'thinks a volume feeds docker logs'],
      ['Start it with --log-driver=json-file', 'thinks the default driver reads log files'],
      [
        'Run docker logs as root with sudo, which can read every log file',
        'thinks docker logs lacked permission',
      ],
      [
        'Set ENV LOG_FILE=/var/log/app/app.log so Docker can find the file',
        'thinks Docker tails a named file',
      ],
    ],
  }),
  rule('exec-versus-run', {
    source:
      'docs.docker.com/reference/cli/docker/container/exec/ (runs a new command in a running container)',
    answer: 'exec',
    stem: (rng) =>
      `The ${app(rng)} container is running. To open a shell inside that same container and look at its files, which command do you use?`,
    keys: ['docker exec -it <container> sh', 'docker exec -it <container> /bin/sh'],
    wrong: [
      ['docker run -it <image> sh', 'starts a new container instead'],
      ['docker attach <container> sh', 'attaches to the main process, with no new shell'],
      ['docker start -i <container> sh', 'starts a stopped container'],
      ['docker logs -f <container>', 'only shows output'],
      ['docker cp <container>:/ sh', 'copies files instead'],
      [
        'docker run -it --volumes-from <container> <image> sh',
        'starts a new container sharing volumes, not the same one',
      ],
      [
        'docker container attach --sig-proxy=false <container>',
        'attaches to the main process, with no new shell',
      ],
    ],
    code: true,
  }),
]

import { app, Client, type DockerFamily, rule } from './docker-text.js'

// Securing containers as the docs advise: non-root users, build secrets, read-only root
// filesystems, resource limits, capabilities and the Docker socket.
export const SECURITY_FAMILIES: readonly DockerFamily[] = [
  rule('build-secret-not-arg', {
    source:
      'docs.docker.com/build/building/secrets/ (build arguments and environment variables are inappropriate for secrets as they persist in the final image; use RUN --mount=type=secret)',
    answer: 'secret-mount',
    stem: (rng) =>
      `The ${app(rng)} build needs an npm token to install private packages. Which way keeps the token out of the image and its history?`,
    keys: [
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
      'A build secret: RUN --mount=type=secret,id=npmrc npm ci',
    ],
    wrong: [
      [
        'ARG NPM_TOKEN, passed with --build-arg',
        'thinks build arguments leave no trace in the image',
      ],
      [
        'ARG NPM_TOKEN with --build-arg, cleared later with ENV NPM_TOKEN=',
        'thinks clearing the variable later removes it from history',
      ],
      ['ENV NPM_TOKEN=… in the Dockerfile', 'bakes the token into the image config'],
      [
        'COPY .npmrc ./, then RUN npm ci && rm -f .npmrc in a later step',
        'forgets the earlier layer keeps the file',
      ],
      ['RUN echo $NPM_TOKEN > .npmrc && npm ci', 'writes the token into a layer'],
      ['LABEL npm_token=… on the image', 'stores the token in metadata'],
    ],
    code: true,
  }),
  rule('run-as-non-root', {
    source:
      'docs.docker.com/build/building/best-practices/#user (if a service can run without privileges, use USER to change to a non-root user)',
    answer: 'USER',
    stem: (rng) =>
      `A security review of ${Client(rng).toLowerCase()}’s ${app(rng)} image finds the app runs as root. Which Dockerfile change fixes that for the running container?`,
    keys: [
      'Create a user, then USER appuser before CMD',
      'Add a non-root user and switch to it with USER',
    ],
    wrong: [
      [
        'RUN chmod -R 700 /app so that only the owner can read the code',
        'changes permissions, not the user the app runs as',
      ],
      ['EXPOSE a port above 1024', 'changes a port, not the user'],
      [
        'RUN su appuser, as the last instruction before the CMD line',
        'switches user only inside one RUN step',
      ],
      ['LABEL user=appuser', 'sets metadata only'],
      ['ENV USER=appuser', 'sets a variable, not the process user'],
    ],
  }),
  rule('read-only-root-with-tmpfs', {
    source:
      'docs.docker.com/reference/cli/docker/container/run/#read-only (mount the root filesystem read-only) and #tmpfs',
    answer: '--read-only',
    stem: (rng) =>
      `Hardening the ${app(rng)} container, you want its filesystem read-only except /tmp, which the app writes scratch files to. Which options do that?`,
    keys: ['--read-only --tmpfs /tmp', '--read-only --mount type=tmpfs,target=/tmp'],
    wrong: [
      ['--read-only', 'forgets the app still needs a writable /tmp'],
      ['-v /:/:ro --tmpfs /tmp', 'bind-mounts the host root into the container'],
      ['--security-opt read-only --tmpfs /tmp', 'invents a security option'],
      ['--tmpfs /tmp:ro', 'makes only /tmp read-only'],
      ['--read-only --tmpfs /tmp:ro', 'makes /tmp read-only as well, leaving nowhere to write'],
      [
        '--mount type=tmpfs,target=/tmp --storage-opt readonly=true',
        'invents a storage option for a read-only root',
      ],
      ['--cap-drop ALL --tmpfs /tmp', 'drops capabilities, which leaves the filesystem writable'],
    ],
    code: true,
  }),
  rule('cpus-limit', {
    source:
      'docs.docker.com/engine/containers/resource_constraints/#cpu (--cpus=1.5: at most one and a half of the CPUs)',
    answer: '--cpus',
    stem: (rng) =>
      `On a 4-CPU server, a report job in the ${app(rng)} container must never use more than one and a half CPUs. Which option does that?`,
    keys: ['--cpus=1.5', '--cpus 1.5'],
    wrong: [
      ['--cpu-shares=1536', 'sets a relative weight, which limits nothing when CPUs are idle'],
      ['--cpuset-cpus=1.5', 'takes a list of CPU numbers for an amount'],
      ['--cpus=150', 'writes the amount as a percentage'],
      ['--cpu-period=1.5', 'sets the scheduler period, not an amount'],
      ['--memory=1.5g', 'limits memory instead'],
      ['--cpuset-cpus=0,1', 'pins two whole CPUs instead of limiting to one and a half'],
      ['--cpus=1,5', 'writes the decimal with a comma'],
      ['--cpu-quota=1.5', 'gives the quota in CPUs, where it takes microseconds per period'],
      ['-c 1.5', 'uses -c, which is --cpu-shares, a relative weight'],
    ],
    code: true,
  }),
  rule('memory-limit-oom', {
    source:
      'docs.docker.com/engine/containers/resource_constraints/#memory (if the container exceeds --memory, the kernel OOM killer may kill its processes)',
    answer: 'oom-killed',
    stem: (rng) =>
      `The ${app(rng)} container runs with --memory=512m and its process grows past that. What happens?`,
    keys: [
      'The process is OOM-killed and the container exits 137',
      'The kernel kills it (status 137, OOMKilled true)',
    ],
    wrong: [
      [
        'Docker pauses the container until enough memory has been freed',
        'thinks limits throttle memory',
      ],
      ['It swaps without limit to the host disk', 'thinks swap is unbounded'],
      ['Docker raises the limit to fit', 'thinks limits grow'],
      [
        'It gets SIGTERM first and exits 143, just as with docker stop',
        'takes SIGTERM for the OOM kill',
      ],
      ['Other containers are killed to make room', 'blames neighbours'],
    ],
  }),
  rule('docker-socket-is-root', {
    source:
      'docs.docker.com/engine/security/#docker-daemon-attack-surface (only trusted users should control the daemon; access to it is root-equivalent)',
    answer: 'root-equivalent',
    stem: (rng) =>
      `A third-party dashboard for ${Client(rng).toLowerCase()} asks to run with -v /var/run/docker.sock:/var/run/docker.sock. What does that give it?`,
    keys: [
      'Control of the daemon, equivalent to root on the host',
      'Root-level power over the host through the daemon',
    ],
    wrong: [
      [
        'Read-only access to the logs of the containers on the host',
        'thinks the socket is read-only',
      ],
      ['Access to its own container only', 'thinks the socket is scoped'],
      [
        'Nothing more, unless the container also runs with --privileged',
        'thinks privilege is needed too',
      ],
      ['Network access to other containers', 'confuses the API with networking'],
      ['Permission to pull images, nothing more', 'underrates the API'],
    ],
  }),
  rule('env-secrets-visible-in-inspect', {
    source:
      'docs.docker.com/compose/how-tos/use-secrets/ (environment variables are often available to all processes and logged; secrets are files)',
    answer: 'use-secrets',
    stem: (rng) =>
      `A client passes the ${app(rng)} database password as -e DB_PASSWORD=… and asks if that is fine. What do you tell them?`,
    keys: [
      'Anyone who can inspect it sees it; use a secret',
      'docker inspect shows it; use a secret file',
    ],
    wrong: [
      ['It is fine: Docker encrypts environment values at rest', 'thinks env values are encrypted'],
      [
        'It is safe, as only the container’s PID 1 process can read it',
        'thinks env is private to PID 1',
      ],
      ['It is safe once the image is private', 'confuses run-time env with the image'],
      ['Use ARG DB_PASSWORD instead', 'moves the secret into the build'],
      ['Use LABEL to hide it', 'puts it in metadata'],
    ],
  }),
]

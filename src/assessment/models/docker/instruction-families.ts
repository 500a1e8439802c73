import { app, Client, choose, type DockerFamily, family, rule } from './docker-text.js'

const REF = 'docs.docker.com/reference/dockerfile/'

// Dockerfile instructions as the Dockerfile reference (docs.docker.com/reference/dockerfile/)
// documents them: COPY and ADD, WORKDIR, USER, HEALTHCHECK and the shell each RUN starts.
export const INSTRUCTION_FAMILIES: readonly DockerFamily[] = [
  rule('add-unpacks-local-tar', {
    source: `${REF}#add ("If <src> is a local tar archive in a recognized compression format, it's unpacked as a directory")`,
    answer: 'ADD',
    stem: (rng) =>
      `${Client(rng)} ships its static assets as assets.tar.gz in the build context and wants them unpacked into /srv/assets in the image without a RUN tar step. Which line does that?`,
    keys: ['ADD assets.tar.gz /srv/assets/', 'ADD ./assets.tar.gz /srv/assets/'],
    wrong: [
      ['COPY assets.tar.gz /srv/assets/', 'expects COPY to unpack archives as ADD does'],
      ['COPY --extract assets.tar.gz /srv/assets/', 'invents an --extract flag for COPY'],
      ['COPY assets.* /srv/assets/', 'expects a glob COPY to unpack archives'],
      [
        'ADD --keep-git-dir assets.tar.gz /srv/assets/',
        'takes a Git-source flag for an unpack option',
      ],
      ['COPY assets.tar.gz/ /srv/assets/', 'thinks a trailing slash opens an archive'],
      ['ADD --chown=0:0 assets.tar.gz /srv/', 'thinks ownership flags are what make ADD unpack'],
    ],
    code: true,
  }),
  rule('add-remote-archive-not-unpacked', {
    source: `${REF}#add (remote files: "Resources from remote URLs aren't decompressed")`,
    answer: 'file-kept',
    stem: (rng) =>
      `A Dockerfile for the ${app(rng)} image has ADD https://example.com/tool.tar.gz /opt/. What does /opt hold after this step?`,
    keys: [
      'The file /opt/tool.tar.gz, still compressed',
      'tool.tar.gz as downloaded, not unpacked',
    ],
    wrong: [
      [
        'The unpacked contents of the archive, as for local files',
        'expects remote archives to be unpacked like local ones',
      ],
      ['Nothing: ADD cannot fetch URLs', 'thinks ADD reads only the build context'],
      [
        'A directory /opt/tool holding the files from the archive',
        'expects ADD to name a folder after the archive',
      ],
      ['The archive and its unpacked files', 'expects ADD to keep the archive beside its contents'],
      ['An error until --checksum is given', 'thinks a checksum is compulsory for URLs'],
    ],
  }),
  rule('prefer-copy-for-local-files', {
    source:
      'docs.docker.com/build/building/best-practices/#add-or-copy (COPY is preferred for copying files from the build context)',
    answer: 'COPY',
    stem: (rng) =>
      `Reviewing a client’s Dockerfile, you find ADD . /app for the ${app(rng)} source code. Which instruction do Docker’s best practices recommend for plain local files, and why?`,
    keys: [
      'COPY, which only copies, with no surprises',
      'COPY: ADD’s unpacking and URLs are not wanted',
    ],
    wrong: [
      [
        'ADD, as it is faster than COPY for whole folders of code',
        'thinks ADD is the faster instruction',
      ],
      [
        'ADD, since COPY cannot copy directories, only single files',
        'thinks COPY copies files only',
      ],
      ['RUN cp, to keep the copy out of the cache', 'thinks a shell copy can read the context'],
      ['COPY, because ADD is removed in BuildKit', 'thinks ADD is deprecated'],
      ['ADD, so the files are owned by the app user', 'thinks ADD sets the owner'],
    ],
  }),
  rule('copy-several-sources-needs-slash', {
    source: `${REF}#destination ("If multiple <src> resources are specified … <dest> must be a directory, and it must end with a slash /")`,
    answer: 'trailing-slash',
    stem: () =>
      'Which line copies both package.json and package-lock.json into the directory /app in one step?',
    keys: ['COPY package.json package-lock.json /app/', 'COPY package*.json /app/'],
    wrong: [
      [
        'COPY package.json package-lock.json /app',
        'leaves out the slash several sources need on a directory',
      ],
      ['COPY package.json,package-lock.json /app/', 'separates sources with a comma'],
      ['COPY package* /app', 'leaves out the slash a multi-file glob needs'],
      ['COPY *.json /app', 'leaves out the slash and copies every JSON file'],
      [
        'COPY [package.json package-lock.json] /app/',
        'writes the JSON form without quotes or commas',
      ],
      ['COPY package.json /app/ package-lock.json', 'puts the destination before the last source'],
      ['COPY package.json && package-lock.json /app/', 'joins sources with a shell operator'],
    ],
    code: true,
  }),
  rule('copy-files-owned-by-root', {
    source: `${REF}#copy---chown---chmod ("All files and directories copied from the build context are created with a UID and GID of 0" unless --chown is given)`,
    answer: 'root',
    stem: (rng) =>
      `The ${app(rng)} Dockerfile runs RUN useradd app, then COPY . /app, then USER app. The app fails writing to /app/cache. Who owns the copied files?`,
    keys: [
      'root (UID 0), unless COPY is given --chown=app',
      'UID and GID 0: COPY ignores the later USER line',
    ],
    wrong: [
      [
        'app, since USER app comes later in the same Dockerfile',
        'thinks a later USER line changes owners of copied files',
      ],
      ['The same user who ran docker build on the host machine', 'thinks host ownership is kept'],
      ['nobody, the default for copied files', 'invents a nobody default'],
      [
        'The owner the files have in the Git checkout',
        'thinks ownership comes from the repository',
      ],
      ['app, as useradd ran before the COPY', 'thinks creating a user makes it the owner'],
    ],
  }),
  family('workdir-relative-chain', (rng) => {
    const [a, b, c] = rng.shuffle(['srv', 'app', 'web', 'api', 'src', 'build']).slice(0, 3)
    // The third WORKDIR is relative, absolute, or climbs one level: each resolves against the one
    // before (Dockerfile reference, WORKDIR: "it will be relative to the path of the previous").
    const third = rng.pick([c!, `/${c}`, `../${c}`])
    const dirs = [`/${a}`, b!, third]
    const key = third.startsWith('/')
      ? third
      : third.startsWith('..')
        ? `/${a}/${c}`
        : `/${a}/${b}/${c}`
    return choose(rng, {
      stem: `A Dockerfile has these lines, in order:\n\n\`\`\`dockerfile\nWORKDIR /${a}\nWORKDIR ${b}\nWORKDIR ${third}\nRUN pwd\n\`\`\`\n\nWhat does RUN pwd print?`,
      key,
      wrong: [
        [`/${c}`, 'reads a relative WORKDIR as from the root'],
        [`/${a}`, 'thinks only the first WORKDIR changes the directory'],
        [
          `/${a}/${c}`,
          third.startsWith('/')
            ? 'treats an absolute WORKDIR as relative to the first'
            : 'resolves against the first WORKDIR, not the one before',
        ],
        [`/${a}/${b}/${c}`, 'appends every WORKDIR, even an absolute one or ..'],
        [
          `/${a}/${b}/${third}`.replace('//', '/'),
          'joins the paths as text without resolving them',
        ],
        [
          third.startsWith('/') || third.startsWith('..') ? `/${c}` : `/${b}/${c}`,
          'drops the absolute path the chain starts from',
        ],
        ['/', 'thinks WORKDIR affects only COPY and CMD, not RUN'],
      ],
      facts: { kind: 'workdir', dirs },
      code: true,
    })
  }),
  rule('run-cd-does-not-persist', {
    source:
      'docs.docker.com/build/building/best-practices/#workdir ("use WORKDIR instead of … RUN cd … && do-something"); each RUN is a new shell',
    answer: 'workdir',
    stem: (rng) =>
      `A client’s Dockerfile has RUN cd /app on one line and RUN npm install on the next, and npm finds no package.json for the ${app(rng)} build. What is the fix?`,
    keys: [
      'Set WORKDIR /app before RUN npm install',
      'Use WORKDIR /app; a cd ends with its RUN step',
    ],
    wrong: [
      [
        'Add SHELL ["/bin/bash", "-c"] so the cd persists across steps',
        'thinks the shell choice keeps the directory',
      ],
      [
        'Write RUN export PWD=/app before npm install',
        'thinks setting PWD in one RUN carries over',
      ],
      [
        'Add ENV HOME=/app so every later step starts in that folder',
        'thinks HOME sets the working directory',
      ],
      ['Run docker build with --workdir /app', 'invents a build flag'],
      ['Move RUN cd /app above the FROM line', 'thinks a step before FROM sets the stage'],
    ],
  }),
  rule('user-affects-later-run', {
    source: `${REF}#user (USER sets the user "for the remainder of the current stage", used by RUN, ENTRYPOINT and CMD)`,
    answer: 'later-steps',
    stem: (rng) =>
      `In the ${app(rng)} Dockerfile, USER app comes before RUN apt-get install -y curl, and the build fails with permission denied. Why?`,
    keys: [
      'RUN steps after USER app run as app, not root',
      'USER applies to later RUN steps as well as CMD',
    ],
    wrong: [
      ['USER needs a numeric UID, not a name', 'thinks names are refused'],
      ['apt-get never runs inside a build', 'thinks package installs are not allowed'],
      [
        'USER applies only when the container starts, never during builds',
        'thinks USER affects run time only',
      ],
      [
        'The base image lacks the sudo binary that USER needs to work',
        'thinks USER relies on sudo',
      ],
      ['app must first be added with ADD USER', 'invents an instruction'],
    ],
  }),
  family('healthcheck-retries', (rng) => {
    const set = rng.next() < 0.5
    const retries = set ? rng.pick([2, 4, 5]) : 3
    const interval = rng.pick([10, 15, 30])
    const hc = `HEALTHCHECK --interval=${interval}s${set ? ` --retries=${retries}` : ''} CMD curl -f http://localhost/ || exit 1`
    return choose(rng, {
      stem: `The ${app(rng)} image has:\n\n\`\`\`dockerfile\n${hc}\n\`\`\`\n\nThe app stops answering. How many checks in a row must fail before docker ps shows the container as unhealthy?`,
      key: `${retries} checks`,
      wrong: [
        ['1 check', 'marks it unhealthy on the first failure'],
        [`${retries + 1} checks`, 'counts the retries after a first failure'],
        [
          `${set ? 3 : 5} checks`,
          set ? 'applies the default count despite --retries' : 'misremembers the default of 3',
        ],
        [`${interval} checks`, 'reads the interval in seconds as a count'],
        ['2 checks', 'expects two failures by default'],
      ],
      facts: { kind: 'healthcheck', retries: set ? retries : null },
    })
  }),
  rule('healthcheck-exit-codes', {
    source: `${REF}#healthcheck (exit status 0: healthy, 1: unhealthy, 2: reserved, do not use)`,
    answer: 'exit-1',
    stem: () =>
      'Why does a HEALTHCHECK end curl -f http://localhost/ with || exit 1 rather than let curl’s own status stand?',
    keys: [
      'Only 0 and 1 count; curl fails with other codes',
      'Docker reads 1 as unhealthy, and 2 is reserved',
    ],
    wrong: [
      ['To make the check run in a shell', 'thinks the or-operator only starts a shell'],
      [
        'So that a failed check stops the container at once, like docker stop',
        'thinks an unhealthy status stops the container',
      ],
      ['Because -f makes curl exit 0 on errors', 'misreads -f'],
      [
        'To make Docker restart the container whenever a check fails',
        'thinks HEALTHCHECK restarts containers',
      ],
      ['Because any non-zero code counts as healthy', 'inverts the status meaning'],
    ],
  }),
  rule('apt-update-install-same-run', {
    source:
      'docs.docker.com/build/building/best-practices/#apt-get ("Always combine RUN apt-get update with apt-get install in the same RUN statement"); a RUN is matched by its command string',
    answer: 'combine',
    stem: (rng) =>
      `${Client(rng)}’s Dockerfile has RUN apt-get update on one line and RUN apt-get install -y curl git on the next. After git is added, builds install outdated packages or fail to find them. What is the fix?`,
    keys: [
      'Put apt-get update && apt-get install in one RUN',
      'Chain update and install in the same RUN step',
    ],
    wrong: [
      [
        'Add --no-cache to the apt-get install line',
        'confuses apk’s flag with docker build --no-cache',
      ],
      ['Swap the two lines so install runs first', 'installs before the package lists exist'],
      [
        'Put apt-get update in its own build stage so it always runs',
        'thinks a stage refreshes the cache',
      ],
      [
        'Add apt-get clean after the install line to reset the lists',
        'cleans instead of refreshing',
      ],
      ['Use ADD instead of RUN for apt-get', 'thinks ADD runs commands'],
    ],
  }),
  rule('cache-mount-for-packages', {
    source:
      'docs.docker.com/build/cache/optimize/#use-cache-mounts (RUN --mount=type=cache keeps a package cache across builds)',
    answer: 'cache-mount',
    stem: (rng) =>
      `Each time requirements.txt changes, the ${app(rng)} build downloads every Python package again. Which RUN line keeps pip’s download cache between builds without putting it in the image?`,
    keys: ['RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt'],
    wrong: [
      [
        'RUN --mount=type=bind,target=/root/.cache/pip pip install -r requirements.txt',
        'uses a bind mount, which keeps nothing between builds',
      ],
      [
        'RUN --mount=type=secret,id=pip,target=/root/.cache/pip pip install -r requirements.txt',
        'uses a secret mount for a cache',
      ],
      [
        'RUN pip install --no-cache-dir -r requirements.txt',
        'turns pip’s cache off instead of keeping it',
      ],
      [
        'RUN --mount=type=bind,source=.cache,target=/root/.cache/pip pip install -r requirements.txt',
        'binds a context folder, which the build cannot write back to',
      ],
      ['VOLUME /root/.cache/pip', 'expects a VOLUME line to persist build-time files'],
      ['RUN --network=none pip install -r requirements.txt', 'cuts the network instead of caching'],
    ],
    code: true,
  }),
]

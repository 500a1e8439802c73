import { app, Client, choose, type DockerFamily, family, rule } from './docker-text.js'

// Layers, multi-stage builds and the build context. An image is a stack of layers, each the
// filesystem changes of one step, and a file deleted by a later step still sits in the earlier
// layer ("Understanding the image layers", docs.docker.com/get-started/docker-concepts/
// building-images/understanding-the-image-layers/). Multi-stage builds: docs.docker.com/build/building/multi-stage/.
// .dockerignore: docs.docker.com/build/concepts/context/#dockerignore-files (Go filepath.Match
// patterns from the context root, ** for any number of directories, ! for exceptions, and "the
// last line of the .dockerignore that matches a particular file determines whether it's included
// or excluded").

const mb = (n: number) => `${n} MB`

/** Whether the .dockerignore lines leave `file` in the context (true) or exclude it. */
function sent(lines: readonly string[], file: string): boolean {
  let keep = true
  for (const raw of lines) {
    const neg = raw.startsWith('!')
    const pat = neg ? raw.slice(1) : raw
    const re = new RegExp(
      `^${pat
        .split('/')
        .map((seg) =>
          seg === '**'
            ? '(?:[^/]+/)*'
            : `${seg
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]')}/`,
        )
        .join('')}`,
    )
    if (re.test(`${file}/`)) keep = neg
  }
  return keep
}

export const LAYER_FAMILIES: readonly DockerFamily[] = [
  family('layers-delete-in-later-run', (rng) => {
    const base = rng.pick([30, 75, 120])
    const dl = rng.pick([180, 240, 310])
    const ex = rng.pick([420, 560, 650])
    return choose(rng, {
      stem: `A client’s Dockerfile for the ${app(rng)} image does:\n\n\`\`\`dockerfile\nFROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/sdk.tgz https://example.com/sdk.tgz\nRUN tar -xzf /tmp/sdk.tgz -C /opt\nRUN rm /tmp/sdk.tgz\n\`\`\`\n\nThe base image is ${mb(base)}, the archive ${mb(dl)} and the unpacked SDK ${mb(ex)}. Ignoring metadata, about how large is the image?`,
      key: mb(base + dl + ex),
      wrong: [
        [mb(base + ex), 'thinks the rm step takes the archive out of the image'],
        [mb(dl + ex), 'leaves the base image’s layers out'],
        [mb(base + dl), 'counts the archive but not what it unpacks to'],
        [mb(base + ex - dl), 'subtracts the deleted archive from the extracted files'],
        [mb(base + 2 * dl + ex), 'counts the archive again in the rm step'],
      ],
      facts: { kind: 'layers', base, dl, ex, sameRun: false },
    })
  }),
  family('layers-delete-in-same-run', (rng) => {
    const base = rng.pick([30, 75, 120])
    const dl = rng.pick([180, 240, 310])
    const ex = rng.pick([420, 560, 650])
    return choose(rng, {
      stem: `The ${app(rng)} Dockerfile was rewritten to:\n\n\`\`\`dockerfile\nFROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/sdk.tgz https://example.com/sdk.tgz \\\n && tar -xzf /tmp/sdk.tgz -C /opt \\\n && rm /tmp/sdk.tgz\n\`\`\`\n\nThe base image is ${mb(base)}, the archive ${mb(dl)} and the unpacked SDK ${mb(ex)}. Ignoring metadata, about how large is the image?`,
      key: mb(base + ex),
      wrong: [
        [mb(base + dl + ex), 'thinks the archive stays in the layer after rm in the same step'],
        [mb(base + dl), 'counts the archive instead of what it unpacks to'],
        [mb(ex), 'leaves the base image’s layers out'],
        [mb(dl + ex), 'counts the step’s downloads but not the base'],
        [mb(base + 2 * dl + ex), 'counts the archive again in the rm step'],
        [mb(2 * base + ex), 'thinks a layer stores a full copy of the filesystem, not its changes'],
      ],
      facts: { kind: 'layers', base, dl, ex, sameRun: true },
    })
  }),
  rule('multistage-copy-from-stage', {
    source: 'docs.docker.com/build/building/multi-stage/ (COPY --from=<stage name>)',
    answer: 'copy-from',
    stem: () =>
      'A multi-stage Dockerfile builds a site in a stage declared FROM node:22 AS build (output in /app/dist). Which line in the final FROM nginx:alpine stage copies the built files?',
    keys: [
      'COPY --from=build /app/dist /usr/share/nginx/html',
      'COPY --from=build /app/dist/ /usr/share/nginx/html/',
    ],
    wrong: [
      ['COPY build:/app/dist /usr/share/nginx/html', 'writes the stage as a scp-style prefix'],
      ['COPY /app/dist /usr/share/nginx/html', 'copies from the build context, not the stage'],
      [
        'COPY --from=stage/build /app/dist /usr/share/nginx/html',
        'invents a stage/ prefix for stage names',
      ],
      ['COPY --stage=build /app/dist /usr/share/nginx/html', 'invents a --stage flag'],
      ['FROM build COPY /app/dist /usr/share/nginx/html', 'merges FROM and COPY on one line'],
      [
        'ADD --from=node:22 /app/dist /usr/share/nginx/html',
        'copies from the base image, not the stage',
      ],
    ],
    code: true,
  }),
  rule('multistage-final-image-contents', {
    source:
      'docs.docker.com/build/building/multi-stage/ ("you can selectively copy artifacts from one stage to another, leaving behind everything you don\'t want in the final image")',
    answer: 'last-stage',
    stem: (rng) =>
      `The ${app(rng)} Dockerfile compiles in a golang:1.23 stage and ends with FROM gcr.io/distroless/static plus COPY --from of the binary. What does the final image contain?`,
    keys: [
      'The last stage’s base and the copied binary only',
      'Only the distroless layers and the copied binary',
    ],
    wrong: [
      [
        'Every stage’s layers stacked, including the Go toolchain',
        'thinks all stages are stacked into the image',
      ],
      ['The Go toolchain, which the binary needs', 'thinks a compiled binary needs its compiler'],
      ['The first stage, as the base of the build', 'thinks the first stage is the image'],
      [
        'The build stage’s layers, with the binary moved out of it',
        'thinks COPY --from moves rather than copies',
      ],
      ['Only the binary, with no base layers', 'forgets the final stage’s own base image'],
    ],
  }),
  rule('build-target-stage', {
    source: 'docs.docker.com/build/building/multi-stage/#stop-at-a-specific-build-stage (--target)',
    answer: '--target',
    stem: (rng) =>
      `The ${app(rng)} Dockerfile has stages named deps, test and release. CI should build only up to the test stage and run its tests. Which command does that?`,
    keys: ['docker build --target test -t app:test .', 'docker build --target=test -t app:test .'],
    wrong: [
      ['docker build --stage test -t app:test .', 'invents a --stage flag'],
      ['docker build -f test -t app:test .', 'takes -f, the Dockerfile path, for a stage'],
      [
        'docker build -t app:test --build-context stage=test .',
        'takes a named build context for a stage',
      ],
      [
        'docker build --build-arg STAGE=test -t app:test .',
        'thinks a build argument picks the stage',
      ],
      ['docker build -t app:test . test', 'passes the stage as an extra argument'],
      ['docker build --from test -t app:test .', 'borrows COPY’s --from for the build'],
    ],
    code: true,
  }),
  family('dockerignore-last-match-wins', (rng) => {
    const negFirst = rng.next() < 0.5
    const lines = negFirst
      ? ['!README.md', '*.md', '**/*.log', '.env']
      : ['*.md', '!README.md', '**/*.log', '.env']
    const files = [
      'README.md',
      'CHANGELOG.md',
      'docs/guide.md',
      'logs/app.log',
      'server.log',
      '.env',
    ]
    const ins = files.filter((f) => sent(lines, f))
    const outs = files.filter((f) => !sent(lines, f))
    const key = rng.pick(ins)
    const why: Record<string, string> = {
      'README.md': negFirst
        ? 'lets an earlier ! line win over the later *.md'
        : 'misses that the later !README.md line brings README back',
      'CHANGELOG.md': 'thinks the ! exception keeps every Markdown file',
      'docs/guide.md': 'reads *.md as matching in subfolders too',
      'logs/app.log': 'thinks **/ matches only files one folder down',
      'server.log': 'thinks **/*.log needs at least one folder',
      '.env': 'thinks dotfiles are always sent',
    }
    const wrong = outs.map((f) => [f, why[f]!] as const)
    if (key === 'docs/guide.md') {
      wrong.push(['No file in the list is sent', 'reads *.md as matching in subfolders too'])
    }
    return choose(rng, {
      stem: `${Client(rng)}’s build context holds ${files.join(', ')}. Its .dockerignore is:\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\nWhich of these files is sent to the builder?`,
      key,
      wrong,
      facts: { kind: 'ignore', lines, file: key, out: outs },
      code: true,
    })
  }),
]

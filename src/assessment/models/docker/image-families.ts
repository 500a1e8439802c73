import type { Wrong } from '../scenario/scenario-model.js'
import { app, Client, choose, type DockerFamily, family, rule } from './docker-text.js'

// Image references as `docker image tag` documents them (docs.docker.com/reference/cli/docker/
// image/tag/#description): slash-separated name components, optionally prefixed by a registry
// host (DNS name, optionally with :port; `localhost` counts); without a host, Docker Hub
// (docker.io); without a tag, `latest`; official images live under `library/` (docker pull
// shows docker.io/library/debian:latest, docs.docker.com/reference/cli/docker/image/pull/).

/** Reference, for the stems: host, path and tag as written (any part may be absent). */
const REFS: readonly (readonly [host: string | null, path: string, tag: string | null])[] = [
  [null, 'nginx', '1.27'],
  [null, 'postgres', null],
  [null, 'acme/api', '2.1'],
  [null, 'bitnami/redis', null],
  ['ghcr.io', 'acme/api', '2.1'],
  ['localhost:5000', 'shop', null],
  ['registry.example.com:5000', 'team/portal', '3.0'],
  ['quay.io', 'acme/worker', null],
  [null, 'myhost/api', '1.0'],
]
const written = ([h, p, t]: (typeof REFS)[number]) => `${h ? `${h}/` : ''}${p}${t ? `:${t}` : ''}`

/** The fully qualified name, by the documented defaults. */
export function qualify(ref: string): string {
  const parts = ref.split('/')
  const first = parts[0]!
  const hasHost =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  const host = hasHost ? first : 'docker.io'
  let path = (hasHost ? parts.slice(1) : parts).join('/')
  if (!hasHost && !path.includes('/')) path = `library/${path}`
  return path.includes(':') ? `${host}/${path}` : `${host}/${path}:latest`
}
/** A registry host as options name it: the well-known public registries by name too. */
const LABELS: Record<string, string> = {
  'docker.io': 'Docker Hub (docker.io)',
  'ghcr.io': 'GitHub’s registry (ghcr.io)',
  'quay.io': 'Red Hat Quay (quay.io)',
}
const label = (h: string) => LABELS[h] ?? h
const hostOf = (q: string) => label(q.split('/')[0]!)

export const IMAGE_FAMILIES: readonly DockerFamily[] = [
  family('image-reference-registry', (rng) => {
    const r = rng.pick(REFS)
    const ref = written(r)
    const first = r[1].split('/')[0]!
    const key = hostOf(qualify(ref))
    const wrong: Wrong[] = [
      ['Docker Hub (docker.io)', 'sends every name without a scheme to Docker Hub'],
      ...(r[0] === null && r[1].includes('/')
        ? ([[first, 'takes the first part of the name for a registry host']] as Wrong[])
        : []),
      ['localhost', 'expects the local daemon’s registry to be asked first'],
      ...(r[0]?.includes(':')
        ? ([[r[0].replace(/:\d+$/, ''), 'drops the port from the registry host']] as Wrong[])
        : []),
      [label('quay.io'), 'expects a registry other than Docker Hub as the default'],
      [label('ghcr.io'), 'expects GitHub’s registry for an organisation’s images'],
    ]
    return choose(rng, {
      stem: `A Compose file for ${Client(rng).toLowerCase()} says image: ${ref}. Which registry does docker pull contact for it?`,
      key,
      wrong,
      facts: { kind: 'ref', ref, ask: 'host' },
      code: true,
    })
  }),
  family('image-reference-full-name', (rng) => {
    const r = rng.pick(REFS)
    const ref = written(r)
    const key = qualify(ref)
    const [host, ...rest] = key.split('/')
    const path = rest.join('/')
    const bare = path.replace(/:[^:/]+$/, '')
    const wrong: Wrong[] = [
      [`${host}/${bare}`, 'leaves the tag off instead of defaulting to latest'],
      [
        `${host}/${path.replace(/^library\//, '')}`,
        'forgets the library/ namespace of official images',
      ],
      ...(r[0] === null && r[1].includes('/')
        ? ([
            [
              `docker.io/library/${r[1]}:${r[2] ?? 'latest'}`,
              'files every name under Docker Hub’s library/',
            ],
          ] as Wrong[])
        : []),
      [
        `${host}/${bare}:${r[2] ? 'latest' : 'main'}`,
        r[2]
          ? 'expects a pull to fetch latest whatever tag is named'
          : 'expects main, like a Git branch, as the default tag',
      ],
      [`${host}/${bare}:stable`, 'expects stable as the default tag'],
      [
        `${host}/${path.startsWith('library/') ? path : `library/${path}`}`,
        'puts library/ in front of every Docker Hub name',
      ],
    ]
    return choose(rng, {
      stem: `A client’s deploy script runs docker pull ${ref}. Which fully qualified reference does Docker pull?`,
      key,
      wrong,
      facts: { kind: 'ref', ref, ask: 'full' },
      code: true,
    })
  }),
  rule('latest-is-only-a-default-tag', {
    source:
      'docs.docker.com/reference/cli/docker/image/tag/ (a tag is optional and "defaults to latest"; it names, not orders, images)',
    answer: 'default-tag',
    stem: (rng) =>
      `${Client(rng)} pulls redis:latest expecting the newest release, but the publisher pushes 8.0 and 7.4 from different branches. What does latest mean?`,
    keys: [
      'Whatever image was last pushed or tagged as latest',
      'Only the tag used when none is given; not newest',
    ],
    wrong: [
      [
        'The highest version number pushed to the repository so far',
        'thinks latest is computed from versions',
      ],
      ['The image pushed most recently, whatever its tag', 'thinks every push moves latest'],
      [
        'The last stable release, picked for it by Docker Hub staff',
        'thinks Docker Hub assigns latest',
      ],
      ['The image that matches the host’s Docker version', 'ties tags to the engine version'],
      ['A fixed image: latest can never change', 'thinks tags are immutable'],
      ['The newest image built for the host’s CPU type', 'thinks latest tracks the platform'],
    ],
  }),
  rule('pin-base-image-by-digest', {
    source:
      'docs.docker.com/build/building/best-practices/#pin-base-image-versions (tags are mutable; pin to a digest for a fixed image)',
    answer: 'digest',
    stem: (rng) =>
      `Builds of the ${app(rng)} image must use exactly the same base image bytes every time, even if the publisher re-pushes the tag. Which FROM line does that?`,
    keys: [
      'FROM node:22-slim@sha256:<the image digest>',
      'FROM node@sha256:<digest of the wanted image>',
    ],
    wrong: [
      ['FROM node:22.11.0-slim', 'thinks a full version tag cannot be re-pushed'],
      ['FROM node:22-slim --no-pull', 'invents a FROM flag'],
      ['FROM --platform=linux/amd64 node:22-slim', 'thinks fixing the platform fixes the image'],
      ['FROM node:latest', 'pins to the moving default tag'],
      [
        'FROM docker.io/library/node:22.11.0-bookworm-slim',
        'thinks a fully qualified patch tag cannot move',
      ],
      [
        'FROM registry.example.com/mirror/node:22.11.0-slim',
        'thinks a mirror’s tag cannot be re-pushed',
      ],
      ['FROM node:22-slim AS pinned', 'thinks naming a stage pins it'],
    ],
    code: true,
  }),
  rule('build-pull-newer-base', {
    source:
      'docs.docker.com/reference/cli/docker/buildx/build/ (--pull: "Always attempt to pull all referenced images")',
    answer: '--pull',
    stem: (rng) =>
      `The publisher of python:3.12-slim pushed a security fix. On the build server the ${app(rng)} build keeps using the older copy it already has. Which command builds on the fixed base?`,
    keys: ['docker build --pull -t app .', 'docker build --pull --tag app .'],
    wrong: [
      ['docker build -t app .', 'expects a build to check the registry for newer bases'],
      ['docker build --rm -t app .', 'takes --rm for a refresh'],
      ['docker build --force-rm -t app .', 'takes removing intermediate containers for a refresh'],
      [
        'docker pull app && docker build -t app .',
        'pulls the image being built, not the base it starts from',
      ],
      ['docker build --squash -t app .', 'takes squashing for a refresh'],
      [
        'docker build --no-cache-filter base -t app .',
        'skips the cache of a stage named base, which does not exist',
      ],
      [
        'docker image prune && docker build -t app .',
        'prunes only dangling images, keeping the old base',
      ],
    ],
    code: true,
  }),
  rule('no-cache-rebuild', {
    source:
      'docs.docker.com/reference/cli/docker/buildx/build/ (--no-cache: "Do not use cache when building the image")',
    answer: '--no-cache',
    stem: (rng) =>
      `To rule out a stale layer while debugging the ${app(rng)} image, you want every step to run again. Which option does that?`,
    keys: ['docker build --no-cache .', 'docker build --no-cache -t app .'],
    wrong: [
      ['docker build --pull .', 'refreshes base images but keeps the step cache'],
      ['docker build --force-rm .', 'removes intermediate containers only'],
      ['docker build --rebuild .', 'invents a flag'],
      ['docker build --cache-from=none -t app .', 'reads --cache-from as turning the cache off'],
      ['docker builder prune --filter until=1h', 'keeps the cache entries newer than an hour'],
      ['docker build --target final .', 'picks a stage, not a cache setting'],
    ],
    code: true,
  }),
  rule('image-prune-dangling-only', {
    source:
      'docs.docker.com/reference/cli/docker/image/prune/ ("By default, docker image prune only cleans up dangling images"; -a removes all unused)',
    answer: 'dangling',
    stem: (rng) =>
      `The build server of ${Client(rng).toLowerCase()} is short of disk. What does docker image prune, with no options, remove?`,
    keys: ['Only dangling images: untagged and unused', 'Untagged images no container refers to'],
    wrong: [
      ['Every image no running container uses', 'describes docker image prune -a'],
      ['All images, stopped containers and volumes', 'describes a system prune with volumes'],
      ['Images that have not been used in the last 24 hours', 'expects a default age filter'],
      ['Unused images and the build cache', 'adds the build cache, which builder prune clears'],
      ['Every image but the latest tag of each', 'invents a keep-latest rule'],
    ],
  }),
  rule('tag-then-push-to-registry', {
    source:
      'docs.docker.com/reference/cli/docker/image/push/ (the image must be tagged with the registry host before pushing)',
    answer: 'tag-push',
    stem: (rng) =>
      `The app:1.4 image of ${Client(rng).toLowerCase()} is built locally and must go to the client’s registry at registry.example.com. Which commands do that?`,
    keys: [
      'docker tag app:1.4 registry.example.com/app:1.4, then push that',
      'Tag it as registry.example.com/app:1.4, then push that name',
    ],
    wrong: [
      ['docker push app:1.4 --registry registry.example.com', 'invents a --registry flag'],
      [
        'docker push app:1.4, with the registry set in daemon.json',
        'thinks the default registry is configurable for push',
      ],
      [
        'docker save app:1.4, then docker load it on the registry.example.com host',
        'loads into a daemon, not a registry',
      ],
      [
        'docker commit app:1.4 registry.example.com/app:1.4',
        'uses commit, which takes a container',
      ],
      ['docker push registry.example.com app:1.4', 'passes the host as a separate argument'],
      [
        'docker push app:1.4 after docker login registry.example.com succeeds',
        'thinks logging in redirects pushes to that registry',
      ],
    ],
  }),
]

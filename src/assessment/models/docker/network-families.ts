import type { Wrong } from '../scenario/scenario-model.js'
import { app, Client, choose, DBS, type DockerFamily, family, rule, WEBS } from './docker-text.js'

const PUB = 'docs.docker.com/engine/network/port-publishing/'
const BRIDGE = 'docs.docker.com/engine/network/drivers/bridge/'

// Publishing ports: -p [ip:][host port:]container port[/protocol], the host part first; a range
// maps port to port; without an ip the port listens on every host address; 127.0.0.1 keeps it
// to the host itself (Port publishing and mapping, docs.docker.com/engine/network/port-publishing/
// and docker container run --publish, docs.docker.com/reference/cli/docker/container/run/#publish).

const WEB_PORTS = [
  [8080, 80],
  [8081, 3000],
  [5000, 8000],
  [9090, 8080],
  [3001, 5173],
] as const

export const NETWORK_FAMILIES: readonly DockerFamily[] = [
  family('publish-url-from-host', (rng) => {
    const [h, c] = rng.pick(WEB_PORTS)
    const name = app(rng)
    const wrong: Wrong[] = [
      [`http://localhost:${c}`, 'reads -p as container port first, then host port'],
      [`http://${name}:${h}`, 'expects the container name to resolve on the host'],
      [`http://${name}:${c}`, 'uses container-to-container addressing from the host'],
      ['http://localhost', 'expects the app on the default HTTP port'],
      [`http://172.17.0.1:${c}`, 'uses the bridge gateway with the container port'],
    ]
    return choose(rng, {
      stem: `A freelancer starts the client’s app with docker run -d --name ${name} -p ${h}:${c} ${name}:latest; the app listens on port ${c} inside the container. Which URL opens it in a browser on the same machine?`,
      key: `http://localhost:${h}`,
      wrong,
      facts: { kind: 'port', spec: `${h}:${c}`, ask: 'url', target: c },
      code: true,
    })
  }),
  family('publish-range-spec', (rng) => {
    const n = rng.pick([3, 4, 5])
    const hb = rng.pick([8000, 9000, 7100])
    const cb = rng.pick([3000, 5000, 6000])
    const h = `${hb}-${hb + n - 1}`
    const c = `${cb}-${cb + n - 1}`
    return choose(rng, {
      stem: `${Client(rng)}’s worker image listens on ports ${cb} to ${cb + n - 1}. Which option publishes each of them on the host, port ${cb} on ${hb}, ${cb + 1} on ${hb + 1}, and so on?`,
      key: `-p ${h}:${c}`,
      wrong: [
        [`-p ${c}:${h}`, 'writes the container range before the host range'],
        [`-p ${hb}:${c}`, 'gives one host port for a range of container ports'],
        [
          `-p ${h}:${cb}`,
          'maps a host range onto one container port, which uses one free port of it',
        ],
        [`-p ${h}`, 'leaves out the container range, so Docker picks random host ports'],
        [`--expose ${c} -P`, 'publishes the range, but on random host ports'],
        [`-p ${hb}:${cb} --range ${n}`, 'invents a --range option'],
        [
          `-p ${h}/tcp:${c}/tcp`,
          'puts a protocol after the host range as well, which the syntax refuses',
        ],
      ],
      facts: {
        kind: 'port',
        spec: `${h}:${c}`,
        ask: 'range-spec',
        from: cb,
        to: cb + n - 1,
        host: hb,
      },
      code: true,
    })
  }),
  family('publish-loopback-reach', (rng) => {
    const [h, c] = rng.pick(WEB_PORTS)
    const ip = '127.0.0.1'
    return choose(rng, {
      stem: `On a client’s cloud server, an admin panel runs with docker run -p ${ip}:${h}:${c} ${app(rng)}. Who can open it?`,
      key: `Only clients on the server itself, at ${ip}:${h}`,
      wrong: [
        [
          `Anyone who can reach the server, at its address:${h}`,
          'ignores the IP part, which limits the listening address',
        ],
        [
          `Anyone who can reach the server, at its address:${c}`,
          'ignores the IP and swaps host and container ports',
        ],
        [`Only other containers, at ${ip}:${c}`, 'thinks 127.0.0.1 means the container network'],
        [
          `Only clients on the server itself, at ${ip}:${c}`,
          'reads the container port as the host port',
        ],
        ['No one: 127.0.0.1 cannot be published', 'thinks the loopback address is refused'],
      ],
      facts: { kind: 'port', spec: `${ip}:${h}:${c}`, ask: 'reach', target: c },
    })
  }),
  rule('publish-without-host-port', {
    source: `${PUB} (leaving out the host port lets Docker pick an available host port; docker port lists it)`,
    answer: 'random-port',
    stem: (rng) =>
      `A client runs docker run -d -p 80 --name ${app(rng)} nginx and cannot find the site at localhost:80. What happened?`,
    keys: [
      'Docker chose a free host port; see docker port',
      'Port 80 was published on a random host port',
    ],
    wrong: [
      ['Port 80 was published on host port 80', 'reads one number as host:container'],
      [
        '-p 80 only documents the port, as EXPOSE does in a Dockerfile',
        'thinks -p without a host port publishes nothing',
      ],
      ['Port 80 was published on 127.0.0.1 only, for local use', 'invents a loopback default'],
      ['The host port is 8080, the documented default', 'invents a default host port'],
      ['The port is published over UDP by default', 'invents a UDP default'],
    ],
  }),
  rule('publish-udp-protocol', {
    source: `${PUB} (the port is TCP unless /udp is added; add both to publish both)`,
    answer: 'udp',
    stem: () =>
      'A client’s DNS server in a container answers on port 53 over UDP. Which option publishes it so the host’s resolver can query it on port 53?',
    keys: ['-p 53:53/udp', '--publish 53:53/udp'],
    wrong: [
      ['-p 53:53', 'forgets that ports are TCP unless /udp is added'],
      ['-p udp:53:53', 'puts the protocol first'],
      ['-p 53/udp', 'publishes on a random host port'],
      ['--expose 53/udp', 'exposes without publishing'],
      ['-p 53:53/dns', 'names the application, not the protocol'],
      ['--publish 53:53 --protocol udp', 'invents a --protocol flag'],
      ['--publish udp://53:53', 'writes the protocol as a URL scheme'],
    ],
    code: true,
  }),
  rule('publish-all-exposed', {
    source: `docs.docker.com/reference/cli/docker/container/run/#publish-all (-P publishes all exposed ports to random ports)`,
    answer: '-P',
    stem: (rng) =>
      `The ${app(rng)} image has EXPOSE 8080 9090. Which option publishes both ports, each on a host port Docker picks?`,
    keys: ['--publish-all', '--publish-all=true'],
    wrong: [
      ['--expose-all', 'invents a flag'],
      ['-p 8080 9090', 'gives two ports to one -p'],
      ['Nothing: EXPOSE publishes them already', 'thinks EXPOSE publishes'],
      ['-p 0.0.0.0', 'gives an address without a port'],
      ['--network host', 'uses host networking, which maps no ports'],
      ['-p all', 'writes all where a port belongs'],
    ],
    code: true,
  }),
  rule('expose-does-not-publish', {
    source:
      'docs.docker.com/reference/dockerfile/#expose ("The EXPOSE instruction doesn\'t actually publish the port"; it documents it)',
    answer: 'documentation',
    stem: (rng) =>
      `The ${app(rng)} Dockerfile has EXPOSE 3000, and the container is started with docker run -d and no -p. Can a browser on the host reach the app at localhost:3000?`,
    keys: [
      'No: EXPOSE documents the port; -p publishes it',
      'No, not without -p 3000:3000 or -P at run time',
    ],
    wrong: [
      ['Yes: EXPOSE publishes the port on every host interface', 'thinks EXPOSE publishes'],
      ['Yes, but only over IPv6', 'invents an IPv6-only default'],
      ['Only after docker restart applies EXPOSE', 'thinks EXPOSE needs a restart'],
      ['Yes, on a random host port', 'confuses EXPOSE with -P'],
      [
        'No, because EXPOSE blocks that port from the host’s network',
        'thinks EXPOSE restricts access',
      ],
    ],
  }),
  rule('default-bridge-no-name-resolution', {
    source: `${BRIDGE} (containers on the default bridge reach each other only by IP address; user-defined bridges resolve container names)`,
    answer: 'user-defined-network',
    stem: (rng) => {
      const web = rng.pick(WEBS)
      return `A freelancer starts ${rng.pick(DBS)} and ${web} with plain docker run (no --network). The ${web} container cannot resolve the database’s container name. What fixes it?`
    },
    keys: [
      'Create a network and run both on it with --network',
      'Put both on a user-defined bridge network',
    ],
    wrong: [
      ['Publish the database port with -p 5432:5432', 'publishing does not add name resolution'],
      ['Add EXPOSE 5432 to the database image', 'EXPOSE adds no DNS entry'],
      [
        'Use localhost as the database host, since both run on one machine',
        'localhost is the web container itself',
      ],
      [
        'Restart both containers with --restart always so DNS refreshes',
        'restart policies do not change DNS',
      ],
      [
        'Give the database a --hostname of its name',
        'a hostname is not resolvable by others on the default bridge',
      ],
    ],
  }),
  family('container-to-container-port', (rng) => {
    const db = rng.pick(['postgres', 'database', 'pgsql', 'maindb'])
    const hp = rng.pick([15432, 5433, 25432])
    const wrong: Wrong[] = [
      [`${db}:${hp}`, 'uses the published host port between containers'],
      [`localhost:5432`, 'takes localhost for the other container'],
      [`localhost:${hp}`, 'uses the host’s published port from inside a container'],
      [`host.docker.internal:5432`, 'goes through the host with the container port'],
      ['[::1]:5432', 'uses the IPv6 loopback, which is the api container itself'],
      ['0.0.0.0:5432', 'connects to the listen-on-all address'],
    ]
    return choose(rng, {
      stem: `In ${Client(rng).toLowerCase()}’s Compose file the service ${db} runs PostgreSQL (port 5432) with ports: ["${hp}:5432"]. Which host and port does the api service, in the same file, use to connect?`,
      key: `${db}:5432`,
      wrong,
      facts: { kind: 'port', spec: `${hp}:5432`, ask: 'peer', service: db, target: 5432 },
      code: true,
    })
  }),
  rule('localhost-inside-container', {
    source:
      'docs.docker.com/desktop/features/networking/ (host.docker.internal reaches the host) and docs.docker.com/reference/cli/docker/container/run/#add-host (host-gateway)',
    answer: 'host.docker.internal',
    stem: (rng) =>
      `On Docker Desktop, the ${app(rng)} container must reach a PostgreSQL server installed directly on the developer’s machine (port 5432). The app’s DATABASE_HOST=localhost fails. What should it be?`,
    keys: [
      'host.docker.internal, the host seen from a container',
      'host.docker.internal: localhost is the container',
    ],
    wrong: [
      [
        '127.0.0.1, which always points to the machine running Docker',
        'thinks the loopback is shared with the host',
      ],
      [
        '0.0.0.0, meaning every network address of the host machine',
        'takes a listen address for a destination',
      ],
      ['The container’s own name', 'confuses the container with the host'],
      ['docker.host, the default host alias', 'invents a host name'],
      [
        'localhost, once the port is published with -p',
        'thinks publishing changes where localhost points',
      ],
    ],
  }),
  rule('host-network-ignores-publish', {
    source:
      'docs.docker.com/engine/network/drivers/host/ (published ports are discarded in host mode)',
    answer: 'ignored',
    stem: (rng) =>
      `On a Linux server, ${app(rng)} (listening on 3000) is started with docker run --network host -p 8080:3000. Where does it answer?`,
    keys: [
      'On the host’s port 3000; the -p option is ignored',
      'Port 3000 on the host, as host mode discards -p',
    ],
    wrong: [
      [
        'On host port 8080, which Docker forwards to port 3000 inside',
        'thinks -p still maps in host mode',
      ],
      ['On both 8080 and 3000', 'thinks both apply'],
      ['Nowhere: the two options conflict and it fails', 'expects an error'],
      [
        'On port 3000 of the bridge network only, not on the host',
        'confuses host and bridge modes',
      ],
      ['On port 8080 only, as -p wins', 'thinks -p overrides host mode'],
    ],
  }),
  rule('published-ports-open-to-the-world', {
    source: `${PUB} (published ports listen on all host addresses by default; bind to 127.0.0.1 to limit them) and docs.docker.com/engine/network/packet-filtering-firewalls/ (Docker and ufw)`,
    answer: 'bind-loopback',
    stem: (rng) =>
      `On ${Client(rng).toLowerCase()}’s VPS, ufw denies port 5432, yet the database started with -p 5432:5432 is reachable from the internet. What keeps it private?`,
    keys: [
      'Publish as -p 127.0.0.1:5432:5432, or not at all',
      'Bind the port to 127.0.0.1, or leave -p out',
    ],
    wrong: [
      [
        'Add a ufw deny rule for 5432 again and reload the firewall',
        'forgets that Docker’s rules bypass ufw',
      ],
      [
        'Add EXPOSE 5432 to the image, keeping -p 5432:5432',
        'thinks EXPOSE decides who may reach a published port',
      ],
      ['Switch the container to --network host', 'opens the port on every interface directly'],
      ['Restart ufw after the container starts', 'thinks rule order at start fixes it'],
      [
        'Map it to a high port like -p 55432:5432 that scanners skip',
        'hides the port, it does not close it',
      ],
    ],
  }),
]

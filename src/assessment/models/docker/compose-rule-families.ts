import { app, Client, DBS, type DockerFamily, rule, WEBS } from './docker-text.js'

const STARTUP = 'docs.docker.com/compose/how-tos/startup-order/'

// Compose rules a freelancer relies on when handing a client a compose.yaml: startup order,
// which files are read, what down removes, secrets, expose versus ports, and where variables go.
export const COMPOSE_RULE_FAMILIES: readonly DockerFamily[] = [
  rule('depends-on-waits-for-healthy', {
    source: `${STARTUP} (Compose waits only for a dependency to be running unless condition: service_healthy is set, with a healthcheck)`,
    answer: 'service_healthy',
    stem: (rng) => {
      const web = rng.pick(WEBS)
      return `The ${web} service crashes at start because the db service (PostgreSQL) is running but not yet accepting connections. The database has a healthcheck running pg_isready. Which depends_on entry, under ${web}, makes it wait until that check passes?`
    },
    keys: [
      'depends_on: { db: { condition: service_healthy } }',
      'depends_on with condition: service_healthy for db',
    ],
    wrong: [
      ['depends_on: [db]', 'thinks plain depends_on waits for readiness'],
      [
        'depends_on: { db: { condition: service_started, restart: true } }',
        'waits only for the container to start',
      ],
      ['depends_on: { db: { condition: service_ready, required: true } }', 'invents a condition'],
      ['restart: on-failure on db', 'restarts the wrong service'],
      ['links: [db]', 'uses a legacy option that orders nothing'],
    ],
    code: true,
  }),
  rule('depends-on-completed-successfully', {
    source: `${STARTUP} (condition: service_completed_successfully waits for a dependency to run to a zero exit)`,
    answer: 'service_completed_successfully',
    stem: (rng) =>
      `A migrate service runs database migrations once and exits. The ${rng.pick(WEBS)} service must start only after migrate has finished without error. Which condition does that?`,
    keys: [
      'condition: service_completed_successfully',
      'condition: service_completed_successfully on migrate',
    ],
    wrong: [
      [
        'condition: service_healthy, with a healthcheck on migrate',
        'waits for a healthcheck a one-off job does not pass',
      ],
      [
        'condition: service_started, plus restart: true on migrate',
        'starts the dependent service while migrations still run',
      ],
      ['condition: service_exited', 'invents a condition'],
      ['restart: "no" on migrate', 'sets a restart policy, not an order'],
      ['condition: service_completed', 'invents a condition that ignores the exit code'],
    ],
    code: true,
  }),
  rule('override-file-read-by-default', {
    source:
      'docs.docker.com/compose/how-tos/multiple-compose-files/merge/ ("By default, Compose reads two files, a compose.yaml and an optional compose.override.yaml")',
    answer: 'override-auto',
    stem: (rng) =>
      `${Client(rng)}’s repository has compose.yaml and compose.override.yaml. A developer runs docker compose up with no -f. Which files does Compose read?`,
    keys: [
      'compose.yaml, then compose.override.yaml over it',
      'compose.yaml merged with compose.override.yaml',
    ],
    wrong: [
      [
        'Only compose.yaml; an override file is read only when given with -f',
        'thinks the override file is never read automatically',
      ],
      ['Only compose.override.yaml, as it is newer', 'thinks the override replaces the base'],
      ['Every *.yaml file in the folder', 'thinks Compose globs the folder'],
      ['The two files, but the base wins wherever they conflict', 'reverses the override order'],
      ['Neither: two files make Compose stop', 'expects an ambiguity error'],
    ],
  }),
  rule('explicit-f-skips-override', {
    source:
      'docs.docker.com/compose/how-tos/multiple-compose-files/merge/ (with -f, Compose merges the files given, in order; later files override earlier)',
    answer: 'only-listed',
    stem: () =>
      'In production a client runs docker compose -f compose.yaml -f compose.prod.yaml up -d; the folder also holds compose.override.yaml with debug settings. What is used?',
    keys: [
      'compose.yaml, then compose.prod.yaml; no override file',
      'Only the two files given with -f, prod winning',
    ],
    wrong: [
      [
        'All three files, with compose.override.yaml applied last of all',
        'thinks the override file is always added',
      ],
      [
        'All three files, since -f only adds to the default pair of files',
        'thinks -f adds to the defaults',
      ],
      ['compose.yaml with compose.prod.yaml, base winning', 'reverses the -f order'],
      ['Only compose.prod.yaml, the last -f', 'thinks the last file replaces the rest'],
      ['compose.override.yaml only, as it is the default', 'thinks the default file wins'],
    ],
  }),
  rule('down-keeps-named-volumes', {
    source:
      'docs.docker.com/reference/cli/docker/compose/down/ (removes containers and networks; named volumes only with -v/--volumes)',
    answer: 'volumes-kept',
    stem: (rng) =>
      `The ${app(rng)} stack stores PostgreSQL data in the named volume pgdata. What does docker compose down, with no options, remove?`,
    keys: [
      'The containers and networks; pgdata is kept',
      'Containers and networks, not named volumes',
    ],
    wrong: [
      [
        'Containers, networks and the pgdata volume with its data',
        'thinks down removes named volumes without -v',
      ],
      ['It only stops the containers and removes nothing at all', 'confuses down with stop'],
      ['Containers, networks and the images', 'thinks images go without --rmi'],
      ['Everything, including the build cache', 'thinks down prunes the cache'],
      ['Only the networks, keeping containers', 'inverts what down removes'],
    ],
  }),
  rule('secrets-mounted-as-files', {
    source:
      "docs.docker.com/compose/how-tos/use-secrets/ (a service's secrets are mounted as files under /run/secrets/<secret_name>)",
    answer: '/run/secrets',
    stem: () =>
      'A compose.yaml declares secrets: { db_password: { file: ./db_password.txt } } and gives the api service secrets: [db_password]. Where does the api container find the password?',
    keys: ['In the file /run/secrets/db_password', 'At /run/secrets/db_password, as a file'],
    wrong: [
      [
        'In the environment variable DB_PASSWORD, set by Compose',
        'thinks secrets become environment variables',
      ],
      ['In /etc/secrets/db_password.txt', 'invents a path and keeps the file name'],
      ['In the image, copied at build time', 'confuses run-time secrets with build files'],
      ['In /run/secrets/db_password.txt', 'keeps the source file’s name'],
      ['In /var/lib/docker/secrets on the host only', 'thinks the container cannot see it'],
    ],
  }),
  rule('expose-versus-ports-in-compose', {
    source:
      'docs.docker.com/reference/compose-file/services/#expose (ports reachable by other services, not published to the host) and #ports',
    answer: 'not-host',
    stem: (rng) =>
      `In a compose.yaml, the ${rng.pick(DBS)} service has expose: ["5432"] and no ports. What can reach PostgreSQL on 5432?`,
    keys: [
      'Other services on its network, not the host',
      'Containers on its network only; not the host',
    ],
    wrong: [
      [
        'The host, at localhost:5432, as well as other services',
        'thinks expose publishes to the host',
      ],
      [
        'Anyone on the internet, as expose opens the port in the firewall',
        'thinks expose opens a firewall',
      ],
      ['Nothing until ports is added too', 'thinks expose blocks other services'],
      ['The host, on a random port', 'confuses expose with -P'],
      ['Only services that list it in links', 'thinks links are needed'],
    ],
  }),
  rule('dotenv-is-for-interpolation', {
    source:
      'docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file (.env values are used to interpolate the Compose file; a container gets variables set by environment or env_file)',
    answer: 'not-passed',
    stem: (rng) =>
      `The project’s .env file holds STRIPE_KEY=sk_test_1, and compose.yaml never mentions STRIPE_KEY, environment or env_file for ${rng.pick(WEBS)}. Does the container see STRIPE_KEY?`,
    keys: [
      'No: .env only fills variable references in the file',
      'No, .env feeds interpolation, not the container',
    ],
    wrong: [
      [
        'Yes: every .env entry is passed to every service',
        'thinks .env is an env_file for all services',
      ],
      [
        'Yes, but only for the first service listed in compose.yaml',
        'invents a first-service rule',
      ],
      ['Only when the image declares ENV STRIPE_KEY', 'thinks a declaration pulls the value in'],
      ['Yes, unless the shell sets it too', 'thinks .env is injected by default'],
      [
        'Only with docker compose run, never with docker compose up',
        'thinks run and up differ here',
      ],
    ],
  }),
  rule('compose-service-name-dns', {
    source:
      'docs.docker.com/compose/how-tos/networking/ (each container joins the default network and is reachable at a hostname identical to the service name)',
    answer: 'service-name',
    stem: (rng) => {
      const web = rng.pick(WEBS)
      const db = rng.pick(['db', 'database'])
      return `A compose.yaml defines services ${web} and ${db} (MySQL on 3306), with no networks: key. Which host name does the ${web} app use to reach the database?`
    },
    keys: [
      'The database’s service name, on the default network',
      'Its service name, which Compose’s network resolves',
    ],
    wrong: [
      ['localhost, as they are in one project', 'thinks a project shares one network stack'],
      ['The host’s IP address and a published port', 'goes through the host for no reason'],
      ['The container ID, since Compose resolves no names at all', 'thinks only IDs resolve'],
      [
        'Its image name, such as mysql, which Docker resolves for you',
        'confuses image and service',
      ],
      ['Nothing until a networks: key is added', 'thinks the default network needs declaring'],
    ],
  }),
]

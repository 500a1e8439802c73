import { app, Client, client, computed, type K8sFamily, NAMESPACES, rule } from './k8s-text.js'

const CM = 'kubernetes.io/docs/concepts/configuration/configmap/'
const SECRET = 'kubernetes.io/docs/concepts/configuration/secret/'
const PROBES =
  'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'
const ENVREF = 'kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/'
const LIFECYCLE = 'kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/'

const n = (v: unknown): number => v as number
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64')
const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex')

const PASSWORDS = [
  's3cr3t-pass',
  'Tr0ub4dor&3',
  'hunter2!',
  'pg-admin-77',
  'Blue_Horse9',
  'q7Lm2xZ',
]

export const CONFIG_FAMILIES: readonly K8sFamily[] = [
  computed('secret-data-is-base64', {
    kind: 'b64',
    figures: (rng) => ({ value: rng.pick(PASSWORDS) }),
    stem: (f, rng) =>
      `${Client(rng)}’s database password is ${f.value}. Writing the Secret manifest by hand, what goes under data.password?`,
    key: (f) => b64(String(f.value)),
    wrong: [
      ['encodes the newline that echo adds', (f) => b64(`${f.value}\n`)],
      ['writes the value in hex, not base64', (f) => hex(String(f.value))],
      ['encodes the value twice', (f) => b64(b64(String(f.value)))],
      ['leaves out the base64 padding', (f) => b64(String(f.value)).replace(/=+$/, '')],
    ],
    code: true,
  }),
  computed('env-from-and-env-precedence', {
    kind: 'env-prec',
    figures: (rng) => {
      const [a, b, c] = rng.shuffle(['info', 'debug', 'warn', 'error', 'trace']).slice(0, 3)
      const secretFirst = rng.next() < 0.5
      return { cmValue: a, secretValue: b, envValue: c, secretFirst }
    },
    stem: (f, rng) => {
      const cm = `configMapRef ${app(rng)}-config (LOG_LEVEL=${f.cmValue})`
      const sec = `secretRef ${app(rng)}-secret (LOG_LEVEL=${f.secretValue})`
      return `A container lists envFrom: ${f.secretFirst ? `${sec}, then ${cm}` : `${cm}, then ${sec}`}, and under env sets LOG_LEVEL to ${f.envValue}. What value does LOG_LEVEL have in the container?`
    },
    key: (f) => String(f.envValue),
    wrong: [
      [
        'thinks the first envFrom source wins',
        (f) => String(f.secretFirst ? f.secretValue : f.cmValue),
      ],
      ['thinks envFrom overrides env', (f) => String(f.secretFirst ? f.cmValue : f.secretValue)],
      ['thinks a Secret always beats a ConfigMap', (f) => String(f.secretValue)],
      ['thinks a duplicate key stops the pod', () => 'none: the pod fails'],
    ],
  }),
  computed('startup-probe-time-budget', {
    kind: 'probe-start',
    // kubernetes.io, "Configure Liveness, Readiness and Startup Probes" (Protect slow starting
    // containers with startup probes): the app has at most failureThreshold × periodSeconds to
    // finish starting; the stem sets no initialDelaySeconds, so nothing is added to that budget.
    figures: (rng) => ({
      p: rng.pick([5, 10, 15]),
      t: rng.pick([12, 18, 24, 30]),
      to: rng.pick([2, 3]),
      lp: rng.pick([20, 30]),
      lt: rng.pick([3, 5]),
    }),
    stem: (f, rng) =>
      `The ${app(rng)} container has a startupProbe with periodSeconds ${f.p}, timeoutSeconds ${f.to} and failureThreshold ${f.t} (no initialDelaySeconds), and a livenessProbe with periodSeconds ${f.lp} and failureThreshold ${f.lt}. By the documented budget, at most how many seconds may the app take to start before the kubelet kills it?`,
    key: (f) => String(n(f.t) * n(f.p)),
    wrong: [
      ['multiplies the timeout by the threshold', (f) => String(n(f.t) * n(f.to))],
      ['counts one more probe after the last failure', (f) => String((n(f.t) + 1) * n(f.p))],
      ['adds the timeout to every period', (f) => String(n(f.t) * (n(f.p) + n(f.to)))],
      ['uses the liveness probe’s figures', (f) => String(n(f.lt) * n(f.lp))],
      [
        'adds the liveness budget after the startup one',
        (f) => String(n(f.t) * n(f.p) + n(f.lt) * n(f.lp)),
      ],
      ['assumes the default period of 10 seconds', (f) => String(n(f.t) * 10)],
    ],
  }),
  computed('readiness-removal-time', {
    kind: 'probe-ready',
    figures: (rng) => ({
      d: rng.pick([10, 20, 30]),
      p: rng.pick([3, 5, 10, 15]),
      t: rng.pick([2, 3, 4, 6]),
      to: rng.pick([1, 2]),
    }),
    stem: (f, rng) =>
      `The ${app(rng)} pods have a readinessProbe with initialDelaySeconds ${f.d}, periodSeconds ${f.p}, timeoutSeconds ${f.to} and failureThreshold ${f.t}. Long after start-up, the app’s health endpoint begins failing fast. At most about how many seconds pass before the pod leaves the Service’s endpoints?`,
    key: (f) => String(n(f.t) * n(f.p)),
    wrong: [
      ['thinks one failed probe removes the pod', (f) => String(n(f.p))],
      ['multiplies the timeout by the threshold', (f) => String(n(f.t) * n(f.to))],
      ['waits one period more than the threshold', (f) => String((n(f.t) + 1) * n(f.p))],
      ['counts the failures from the first failed probe', (f) => String((n(f.t) - 1) * n(f.p))],
      ['adds the initial delay again', (f) => String(n(f.d) + n(f.t) * n(f.p))],
      ['adds the timeout to every period', (f) => String(n(f.t) * (n(f.p) + n(f.to)))],
    ],
  }),
  rule('env-from-configmap-is-not-updated', {
    source: `${CM} ("ConfigMaps consumed as environment variables are not updated automatically and require a pod restart")`,
    answer: 'restart',
    stem: (rng) =>
      `The ${app(rng)} pods read FEATURE_FLAGS from a ConfigMap through env. The ConfigMap is edited. When do the running containers see the new value?`,
    keys: ['Only once the pods are restarted', 'Not until the containers are re-created'],
    wrong: [
      ['Within about a minute, by the kubelet’s sync', 'confuses env with a mounted volume'],
      ['At the next readiness probe', 'ties config reloads to probes'],
      [
        'At the next kubectl apply of the unchanged Deployment',
        'thinks re-applying an unchanged manifest restarts pods',
      ],
      ['Never; the ConfigMap must be re-created', 'thinks edits never apply'],
      ['At once', 'thinks env reads the ConfigMap live'],
    ],
  }),
  rule('configmap-volume-is-updated-eventually', {
    source: `${CM} ("Mounted ConfigMaps are updated automatically": after the kubelet sync period plus the cache delay)`,
    answer: 'eventually',
    stem: (rng) =>
      `The ${app(rng)} pods mount a ConfigMap as a volume (no subPath) and re-read the file every minute. The ConfigMap is edited. What happens?`,
    keys: [
      'The file changes after a delay, with no restart',
      'The kubelet updates the file in time',
    ],
    wrong: [
      ['The pods are restarted by a new rollout', 'thinks ConfigMap edits roll out'],
      ['The file is deleted until the pod restarts', 'invents a deletion'],
      ['The edit is refused while pods mount it', 'thinks mounts lock the ConfigMap'],
      ['The file changes only when the pod is restarted by someone', 'confuses volumes with env'],
    ],
  }),
  rule('subpath-mount-is-not-updated', {
    source: `${CM} ("A container using a ConfigMap as a subPath volume mount will not receive ConfigMap updates")`,
    answer: 'subpath',
    stem: (rng) =>
      `The ${app(rng)} pods mount one key of a ConfigMap with subPath as /etc/app/app.ini. The ConfigMap is edited. What does the file show?`,
    keys: ['The old content, until the pod restarts', 'Still the old content'],
    wrong: [
      ['The new content at once', 'thinks files update instantly'],
      ['Nothing: the file is removed', 'invents a removal'],
      ['The new content once a readiness probe passes', 'ties updates to probes'],
      [
        'The new content, once the kubelet has synced the volume',
        'forgets subPath mounts are not updated',
      ],
    ],
  }),
  rule('secret-data-is-only-encoded', {
    source: `${SECRET} ("Kubernetes Secrets are, by default, stored unencrypted in the API server’s etcd"; data values are base64-encoded)`,
    answer: 'encoded',
    stem: (rng) =>
      `${Client(rng)} assumes its Secrets are safe because their values look scrambled in kubectl get secret -o yaml. What do you tell them?`,
    keys: ['It is base64, which anyone can decode', 'The values are encoded, not encrypted'],
    wrong: [
      ['Only the API server can read them', 'thinks the API server keeps Secrets from users'],
      ['They are encrypted with the namespace’s key', 'invents namespace keys'],
      [
        'They are AES-encrypted with a per-cluster key held by the API server',
        'thinks data is encrypted by default',
      ],
      ['They are hashed', 'thinks values are hashed'],
    ],
  }),
  rule('string-data-overrides-data', {
    source: `${SECRET} ("If a field, such as username, is specified in both data and stringData, the value from stringData is used")`,
    answer: 'stringdata',
    stem: (rng) =>
      `A Secret manifest for the ${app(rng)} app sets username under data (base64 of admin) and under stringData as deploy. What does the stored Secret hold?`,
    keys: ['deploy, from stringData', 'The stringData value, deploy'],
    wrong: [
      ['admin', 'thinks data takes precedence over stringData'],
      ['admin in data and deploy in stringData', 'thinks both fields are stored'],
      ['admin,deploy, the two values joined', 'thinks values merge'],
      ['Nothing; the manifest is rejected', 'thinks the duplicate is an error'],
      ['deploy, base64-encoded twice', 'thinks stringData is encoded again'],
    ],
  }),
  rule('configmap-size-limit', {
    source: `${CM} ("The data stored in a ConfigMap cannot exceed 1 MiB")`,
    answer: '1mib',
    stem: (rng) =>
      `${Client(rng)} wants to put a 3 MB product catalogue file into a ConfigMap. What limit stops it?`,
    keys: ['At most 1 MiB of data', 'The 1 MiB cap on its data'],
    wrong: [
      ['There is none; etcd stores any size', 'thinks size is unlimited'],
      ['A ConfigMap holds at most 10 MiB', 'misremembers the limit as 10 MiB'],
      ['At most 1 MiB per key', 'applies the cap to each key'],
      ['At most 100 KiB of data', 'misremembers the limit as 100 KiB'],
      ['Only text under 64 KiB per key', 'invents a per-key limit'],
      [
        'A ConfigMap holds at most 256 KiB, the annotation size limit',
        'confuses it with the annotation limit',
      ],
    ],
  }),
  rule('configmap-keys-become-files', {
    source: `${CM} ("Using ConfigMaps as files from a Pod": each key in data becomes a file under the mountPath)`,
    answer: 'file-per-key',
    stem: (rng) =>
      `A ConfigMap with keys app.ini and log.conf is mounted at /etc/${app(rng)} with no items list. What appears there?`,
    keys: ['Two files, app.ini and log.conf', 'One file per key: app.ini and log.conf'],
    wrong: [
      [
        'A single file named after the ConfigMap, holding both keys',
        'thinks the map becomes one named file',
      ],
      ['A file data.yaml with both keys', 'thinks the manifest is mounted'],
      ['Environment variables, not files', 'confuses volumes with env'],
      ['Two folders named after the keys', 'thinks keys become directories'],
    ],
  }),
  rule('dollar-paren-expands-env-in-args', {
    source: `kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/ ("Use environment variables to define arguments": $(VAR) in command or args is expanded)`,
    answer: 'dollar-paren',
    stem: (rng) =>
      `The ${app(rng)} container needs its PORT environment variable in args, with no shell in the image. How is it written?`,
    keys: ['args: ["--port", "$(PORT)"]', 'args: ["--port=$(PORT)"]'],
    wrong: [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell syntax is the named mistake
      ['args: ["--port", "${PORT}"]', 'uses shell syntax Kubernetes does not expand'],
      ['args: ["--port", "$PORT"]', 'uses shell syntax without a shell'],
      ['args: ["--port", "{{PORT}}"]', 'uses template syntax'],
      ['args: ["--port", "%PORT%"]', 'uses Windows syntax'],
      ['args: ["$PORT"]', 'uses shell syntax and drops the flag'],
      ['args: ["--port", "$(env PORT)"]', 'uses shell command substitution'],
    ],
    code: true,
  }),
  rule('immutable-configmap-cannot-change', {
    source: `${CM} ("Immutable ConfigMaps": once immutable is true, data cannot be changed; delete and re-create the ConfigMap)`,
    answer: 'recreate-cm',
    stem: (rng) =>
      `${Client(rng)}’s ConfigMap has immutable: true and a value in it must change. What must the engineer do?`,
    keys: ['Delete and re-create it', 'Create a new ConfigMap'],
    wrong: [
      ['Patch it, as only kubectl edit is blocked', 'thinks patches bypass it'],

      [
        'Set immutable: false on it, then edit the value in place',
        'thinks immutability can be undone',
      ],
      [
        'Edit it with kubectl edit --force and --validate=false',
        'thinks force overrides immutability',
      ],
      ['Edit it again', 'thinks immutable is only advisory'],
      ['Use kubectl replace instead of edit', 'thinks replace bypasses immutability'],
      ['Restart its pods', 'thinks running pods lock it'],
    ],
  }),
  rule('secret-must-be-in-the-pods-namespace', {
    source: `${SECRET} ("Restrictions": a Secret can only be referenced by pods in the same namespace)`,
    answer: 'same-namespace',
    stem: (rng) => {
      const [a, b] = [rng.pick(NAMESPACES), 'ops']
      return `A pod in the ${a} namespace references a Secret that exists only in the ${b} namespace. What happens?`
    },
    keys: ['The pod cannot start: wrong namespace', 'It fails; the Secret must be local'],
    wrong: [
      ['It works once RBAC allows it', 'thinks RBAC allows it'],
      ['The Secret is copied into the pod’s namespace', 'invents copying'],
      [
        'It works if the Secret is named as ops/name in the pod spec',
        'invents cross-namespace references',
      ],
      ['It works', 'thinks Secrets are cluster-scoped'],
    ],
  }),
  rule('missing-configmap-blocks-start', {
    source: `${CM} ("ConfigMaps must exist before pods reference them, unless marked optional"; a missing one keeps the container from starting)`,
    answer: 'not-optional',
    stem: (rng) =>
      `The ${app(rng)} pod references a ConfigMap in env (not marked optional) that has not been created yet. What do you see?`,
    keys: ['The container does not start', 'It waits, unable to start'],
    wrong: [
      ['It starts with the variables empty', 'treats it as optional'],

      ['The pod is OOMKilled', 'confuses config errors with memory'],
      [
        'It starts, and the variables appear once the ConfigMap is created',
        'thinks env updates live',
      ],
      [
        'The API server rejects the pod when it is applied',
        'thinks references are checked on create',
      ],
    ],
  }),
  rule('startup-probe-holds-back-liveness', {
    source: `${PROBES} ("Protect slow starting containers with startup probes": liveness and readiness checks are disabled until the startup probe succeeds)`,
    answer: 'startup-first',
    stem: (rng) =>
      `The ${app(rng)} container has a startupProbe and a livenessProbe. When does the livenessProbe start running?`,
    keys: ['Once the startupProbe has succeeded', 'After the startupProbe first succeeds'],
    wrong: [
      ['After its own initial delay, whatever the startupProbe does', 'ignores the startup gate'],
      ['Only after the readinessProbe succeeds', 'confuses readiness with startup'],
      ['Never; the startupProbe replaces it', 'thinks the startup probe replaces liveness'],
      ['At once', 'thinks the probes run side by side'],
    ],
  }),
  rule('readiness-failure-does-not-restart', {
    source: `${LIFECYCLE} ("Container probes": a failing readinessProbe removes the pod’s IP from the endpoints of matching Services; it does not restart the container)`,
    answer: 'not-ready',
    stem: (rng) =>
      `The ${app(rng)} container’s readinessProbe keeps failing while its livenessProbe passes. What happens?`,
    keys: ['It runs on but gets no Service traffic', 'It leaves the endpoints; no restart'],
    wrong: [
      ['The Deployment rolls back', 'thinks probes roll back'],
      ['Nothing; readiness only matters at start', 'thinks readiness is checked once'],
      [
        'The kubelet restarts it after failureThreshold failed probes',
        'confuses readiness with liveness',
      ],
      ['It is evicted', 'thinks probe failures evict'],
      ['It is restarted at once', 'thinks any probe failure restarts it'],
    ],
  }),
  rule('probe-defaults', {
    source: `${PROBES} ("Configure Probes": periodSeconds 10, timeoutSeconds 1, failureThreshold 3 by default)`,
    answer: '10-1-3',
    stem: (rng) =>
      `The ${app(rng)} livenessProbe sets only httpGet path and port. What period, timeout and failure threshold apply?`,
    keys: ['Every 10 s, 1 s timeout, 3 failures', 'Period 10 s, timeout 1 s, threshold 3'],
    wrong: [
      ['Every 30 s, 10 s timeout, 3 failures', 'misremembers the defaults'],
      ['Every 1 s, 1 s timeout, 1 failure', 'thinks probes are aggressive by default'],
      ['Every 10 s, 5 s timeout, 5 failures', 'misremembers the defaults'],
      ['Every 5 s, 3 s timeout, 10 failures', 'misremembers the defaults'],
      ['Every 15 s, 1 s timeout, 3 failures, 10 s initial delay', 'adds a default initial delay'],
    ],
  }),
  rule('termination-grace-period-default', {
    source: `${LIFECYCLE} ("Termination of Pods": the default grace period is 30 seconds, then SIGKILL)`,
    answer: '30',
    stem: (rng) =>
      `The ${app(rng)} pod is deleted and its process ignores SIGTERM; no grace period is set. When does the kubelet send SIGKILL?`,
    keys: ['After 30 seconds', 'Once 30 s of grace have passed'],
    wrong: [
      ['After 10 seconds', 'uses docker stop’s default'],
      ['Immediately, unless preStop hooks are defined', 'thinks only hooks delay the kill'],
      ['After 60 seconds', 'misremembers the default'],
      ['Never; it waits for the process', 'thinks there is no deadline'],
      ['At once', 'thinks deletion kills immediately'],
    ],
  }),
  rule('env-reference-to-configmap-key', {
    source: `${ENVREF} (env[].valueFrom.configMapKeyRef: one key of a ConfigMap as one variable)`,
    answer: 'configmapkeyref',
    stem: (rng) =>
      `For ${client(rng)}, one variable DB_HOST must come from the key host of the ConfigMap db-settings. Which env entry does it?`,
    keys: [
      'valueFrom: {configMapKeyRef: {name: db-settings, key: host}}',
      'valueFrom.configMapKeyRef: name db-settings, key host',
    ],
    wrong: [
      ['envFrom: configMapRef: {name: db-settings, key: host}', 'thinks envFrom picks one key'],
      ['value: configmap/db-settings/host', 'thinks a path string is resolved'],
      ['valueFrom: fieldRef: {fieldPath: db-settings.host}', 'confuses it with the downward API'],
      [
        'valueFrom: {secretKeyRef: {name: db-settings, key: host}, optional: false}',
        'uses the Secret reference',
      ],
      ['value: $(db-settings.host)', 'thinks variable syntax reads a ConfigMap'],
    ],
    code: true,
  }),
]

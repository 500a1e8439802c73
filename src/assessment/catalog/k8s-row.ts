import { type CatalogRow, row } from './catalog-row.js'

/** Kubernetes as a freelance DevOps or platform engineer uses it on clients' clusters. */
export const K8S_ROW: CatalogRow = row(
  'kubernetes',
  'Kubernetes',
  'Technology & IT',
  6,
  40,
  [
    ['k8sResources', 20],
    ['k8sWorkloads', 20],
    ['k8sNetworking', 20],
    ['k8sConfig', 20],
    ['k8sScaling', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance DevOps or platform engineer looks after clients’ Kubernetes clusters: sizing ' +
      'workloads, shipping new versions, wiring services together, configuring apps and keeping ' +
      'them up under load. Resources: CPU requests and limits in cores and millicores, memory in ' +
      'Mi and Gi versus M and G, the effective request of pods with init containers, QoS classes, ' +
      'node allocatable, what the scheduler can still place and what a namespace quota admits, ' +
      'what happens past a limit: 20 %. Workloads: a Deployment’s rolling update (maxSurge and ' +
      'maxUnavailable as pod counts, with their rounding), revision history and rollbacks, what ' +
      'triggers a rollout, Recreate, StatefulSet ordering, DaemonSet placement and Job timing: ' +
      '20 %. Networking: which ready pods a Service selects, port, targetPort and nodePort, DNS ' +
      'names of Services and StatefulSet pods, and what NetworkPolicies allow: 20 %. ' +
      'Configuration: ConfigMaps and Secrets as environment variables or files and when changes ' +
      'reach a running container, base64 in Secrets, env precedence, and the timing of ' +
      'liveness, readiness and startup probes: 20 %. Scaling and day-to-day operation: the ' +
      'HorizontalPodAutoscaler’s desired replicas with its tolerance and bounds, label selectors ' +
      'matched by hand, CrashLoopBackOff timing and the kubectl commands of routine tasks: 20 %. ' +
      'Every item states the figures and manifest fields its key depends on and follows the ' +
      'documentation on kubernetes.io for a current release. Cluster installation, cloud ' +
      'providers’ managed services, Helm and other tools, storage classes and RBAC design are ' +
      'not tested.',
  },
)

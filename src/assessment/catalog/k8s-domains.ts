import type { ModelDomain } from './model-domains.js'

/** The Kubernetes test's domains, each served by one scenario model of its own families. */
export const K8S_DOMAINS = {
  k8sResources: {
    id: 'k8s-resources',
    title: 'Resource requests, limits and scheduling',
    itemModelIds: ['k8s-resources'],
    outcome:
      'Add up CPU and memory requests in millicores and binary or decimal units, tell a pod’s QoS class, and work out what a node or a quota still admits',
  },
  k8sWorkloads: {
    id: 'k8s-workloads',
    title: 'Deployments, rollouts and other controllers',
    itemModelIds: ['k8s-workloads'],
    outcome:
      'Work out a rolling update’s pod bounds, roll back to a revision, and predict what StatefulSets, DaemonSets and Jobs run',
  },
  k8sNetworking: {
    id: 'k8s-networking',
    title: 'Services, DNS and network policies',
    itemModelIds: ['k8s-networking'],
    outcome:
      'Tell which pods a Service sends traffic to and on which port, name Services and pods in DNS, and predict what a NetworkPolicy allows',
  },
  k8sConfig: {
    id: 'k8s-config-probes',
    title: 'ConfigMaps, Secrets and probes',
    itemModelIds: ['k8s-config-probes'],
    outcome:
      'Feed configuration and secrets to containers as environment or files, know when changes arrive, and time liveness, readiness and startup probes',
  },
  k8sScaling: {
    id: 'k8s-scaling-kubectl',
    title: 'Autoscaling, label selectors and kubectl',
    itemModelIds: ['k8s-scaling-kubectl'],
    outcome:
      'Compute what a HorizontalPodAutoscaler asks for, evaluate label selectors, and pick the kubectl command for a day-to-day task',
  },
} as const satisfies Record<string, ModelDomain>

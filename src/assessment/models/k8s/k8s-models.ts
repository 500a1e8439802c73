import { scenarioModel } from '../scenario/scenario-model.js'
import { CONFIG_FAMILIES } from './config-families.js'
import { DEPLOY_FAMILIES } from './deploy-families.js'
import type { K8sFamily } from './k8s-text.js'
import { NETWORK_FAMILIES } from './network-families.js'
import { RESOURCE_FAMILIES } from './resource-families.js'
import { SCALING_FAMILIES } from './scaling-families.js'

/** Each domain's families, for the models and the key test. */
export const K8S_RESOURCE_FAMILIES: readonly K8sFamily[] = RESOURCE_FAMILIES
export const K8S_DEPLOY_FAMILIES: readonly K8sFamily[] = DEPLOY_FAMILIES
export const K8S_NETWORK_FAMILIES: readonly K8sFamily[] = NETWORK_FAMILIES
export const K8S_CONFIG_FAMILIES: readonly K8sFamily[] = CONFIG_FAMILIES
export const K8S_SCALING_FAMILIES: readonly K8sFamily[] = SCALING_FAMILIES

export const k8sResourceModel = scenarioModel({
  id: 'k8s-resources',
  title: 'Kubernetes: resource requests and limits, QoS classes and scheduling',
  families: K8S_RESOURCE_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const k8sDeployModel = scenarioModel({
  id: 'k8s-workloads',
  title: 'Kubernetes: Deployments, rolling updates, rollbacks and other controllers',
  families: K8S_DEPLOY_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const k8sNetworkModel = scenarioModel({
  id: 'k8s-networking',
  title: 'Kubernetes: Services, ports, DNS names and NetworkPolicies',
  families: K8S_NETWORK_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const k8sConfigModel = scenarioModel({
  id: 'k8s-config-probes',
  title: 'Kubernetes: ConfigMaps, Secrets, environment and probes',
  families: K8S_CONFIG_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const k8sScalingModel = scenarioModel({
  id: 'k8s-scaling-kubectl',
  title: 'Kubernetes: autoscaling, label selectors and kubectl',
  families: K8S_SCALING_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})

/** The Kubernetes test's item models, one per blueprint domain. */
export const K8S_MODELS = [
  k8sResourceModel,
  k8sDeployModel,
  k8sNetworkModel,
  k8sConfigModel,
  k8sScalingModel,
] as const

import { scenarioModel } from '../scenario/scenario-model.js'
import { ARG_FAMILIES } from './arg-families.js'
import { CACHE_FAMILIES } from './cache-families.js'
import { CMD_FAMILIES } from './cmd-families.js'
import { COMPOSE_FAMILIES } from './compose-families.js'
import { COMPOSE_RULE_FAMILIES } from './compose-rule-families.js'
import type { DockerFamily } from './docker-text.js'
import { IMAGE_FAMILIES } from './image-families.js'
import { INSTRUCTION_FAMILIES } from './instruction-families.js'
import { LAYER_FAMILIES } from './layer-families.js'
import { NETWORK_FAMILIES } from './network-families.js'
import { RUNTIME_FAMILIES } from './runtime-families.js'
import { SECURITY_FAMILIES } from './security-families.js'

export const DOCKER_DOCKERFILE_FAMILIES: readonly DockerFamily[] = [
  ...CMD_FAMILIES,
  ...ARG_FAMILIES,
  ...INSTRUCTION_FAMILIES,
]
export const DOCKER_BUILD_FAMILIES: readonly DockerFamily[] = [
  ...CACHE_FAMILIES,
  ...LAYER_FAMILIES,
  ...IMAGE_FAMILIES,
]
export const DOCKER_RUN_FAMILIES: readonly DockerFamily[] = [
  ...RUNTIME_FAMILIES,
  ...SECURITY_FAMILIES,
]
export const DOCKER_NETWORK_FAMILIES: readonly DockerFamily[] = NETWORK_FAMILIES
export const DOCKER_COMPOSE_FAMILIES: readonly DockerFamily[] = [
  ...COMPOSE_FAMILIES,
  ...COMPOSE_RULE_FAMILIES,
]

export const dockerDockerfileModel = scenarioModel({
  id: 'docker-dockerfile',
  title: 'Docker: Dockerfile instructions, CMD and ENTRYPOINT, ARG and ENV',
  families: DOCKER_DOCKERFILE_FAMILIES,
  aimKeyPlaces: true,
})

export const dockerBuildModel = scenarioModel({
  id: 'docker-build-images',
  title: 'Docker: build cache, layers and image references',
  families: DOCKER_BUILD_FAMILIES,
  aimKeyPlaces: true,
})

export const dockerRunModel = scenarioModel({
  id: 'docker-run-secure',
  title: 'Docker: running containers, storage and security',
  families: DOCKER_RUN_FAMILIES,
  aimKeyPlaces: true,
})

export const dockerNetworkModel = scenarioModel({
  id: 'docker-network',
  title: 'Docker: publishing ports and container networking',
  families: DOCKER_NETWORK_FAMILIES,
  aimKeyPlaces: true,
})

export const dockerComposeModel = scenarioModel({
  id: 'docker-compose',
  title: 'Docker: Compose files, environment and startup order',
  families: DOCKER_COMPOSE_FAMILIES,
  aimKeyPlaces: true,
})

/** The Docker test's item models, one per blueprint domain. */
export const DOCKER_MODELS = [
  dockerDockerfileModel,
  dockerBuildModel,
  dockerRunModel,
  dockerNetworkModel,
  dockerComposeModel,
] as const

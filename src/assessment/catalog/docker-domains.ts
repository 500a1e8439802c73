import type { ModelDomain } from './model-domains.js'

/** The Docker test's domains, each served by one scenario model of its own families. */
export const DOCKER_DOMAINS = {
  dockerDockerfile: {
    id: 'docker-dockerfile',
    title: 'Dockerfile instructions',
    itemModelIds: ['docker-dockerfile'],
    outcome:
      'Tell which command a container runs from its CMD, ENTRYPOINT and run arguments, resolve ARG and ENV scope, and choose COPY, ADD, WORKDIR, USER and HEALTHCHECK lines that do what a client needs',
  },
  dockerBuild: {
    id: 'docker-build-images',
    title: 'Build cache, layers and image references',
    itemModelIds: ['docker-build-images'],
    outcome:
      'Predict which steps the build cache reruns, keep files out of the context and images small with .dockerignore, multi-stage builds and layer-aware steps, and resolve image references to registry, tag and digest',
  },
  dockerRun: {
    id: 'docker-run-secure',
    title: 'Running containers, storage and security',
    itemModelIds: ['docker-run-secure'],
    outcome:
      'Read exit statuses and stop behaviour, choose restart policies and mounts, and run containers without root, with build secrets, read-only filesystems and resource limits',
  },
  dockerNetwork: {
    id: 'docker-network',
    title: 'Ports and container networking',
    itemModelIds: ['docker-network'],
    outcome:
      'Publish ports with the right host and container order, address and protocol, and connect containers to each other and to the host by name',
  },
  dockerCompose: {
    id: 'docker-compose',
    title: 'Docker Compose',
    itemModelIds: ['docker-compose'],
    outcome:
      'Work out a service’s environment, merged configuration and started services from Compose files, and order startup with depends_on conditions',
  },
} as const satisfies Record<string, ModelDomain>

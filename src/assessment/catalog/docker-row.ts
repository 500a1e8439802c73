import { type CatalogRow, row } from './catalog-row.js'

/** Docker as a freelance DevOps or back-end engineer uses it writing clients' Dockerfiles and Compose files. */
export const DOCKER_ROW: CatalogRow = row(
  'docker',
  'Docker',
  'Technology & IT',
  5,
  20,
  [
    ['dockerDockerfile', 25],
    ['dockerBuild', 20],
    ['dockerRun', 20],
    ['dockerNetwork', 15],
    ['dockerCompose', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance DevOps or back-end engineer containerises a client’s app: writes the ' +
      'Dockerfile, hands over a compose.yaml for development and small deployments, and fixes ' +
      'containers that will not start, cannot reach each other or leak data and secrets. ' +
      'Writing the Dockerfile is the core of every job and where most client bugs sit: which ' +
      'command a container runs when CMD and ENTRYPOINT combine in shell or exec form and ' +
      'docker run adds arguments, ARG and ENV scope across FROM lines and stages, COPY versus ' +
      'ADD, WORKDIR, USER and HEALTHCHECK: 25 %. Builds that stay fast and images that stay ' +
      'small: which steps the build cache reruns after a change, .dockerignore, multi-stage ' +
      'builds, layer sizes, and how an image reference resolves to a registry, tag or digest: ' +
      '20 %. Running containers: exit statuses, stop signals and PID 1, restart policies, bind ' +
      'mounts, volumes and tmpfs, and securing them (non-root users, build secrets, read-only ' +
      'root filesystems, resource limits, the Docker socket): 20 %. Networking: publishing ' +
      'ports (host and container order, bind addresses, ranges, UDP), EXPOSE, name resolution ' +
      'on default and user-defined bridges, host networking and reaching the host: 15 %. ' +
      'Compose: environment precedence and interpolation, merging override files, profiles, ' +
      'depends_on conditions, service names as host names, secrets and what down removes: 20 %. ' +
      'Every rule an item uses is the one docs.docker.com documents (Linux containers, Docker ' +
      'Engine with BuildKit, Compose v2), and items state any figure a key depends on. ' +
      'Kubernetes and Swarm, Docker Desktop settings, registries’ own web interfaces, ' +
      'Windows containers, storage-driver internals and version-specific bugs are not tested.',
  },
)

import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `kubernetes` test (Kubernetes for freelance
 * platform work: requests and limits, QoS, scheduling and quotas; Deployments, rollouts,
 * StatefulSets, DaemonSets and Jobs; Services, DNS and NetworkPolicies; ConfigMaps, Secrets and
 * probes; the HPA, label selectors and kubectl), read as a platform engineer against the
 * kubernetes.io pages each rule family cites: 99 submitted, 99 kept, none deleted. Every family
 * was drawn several times through its item model (so with the three distractors the aimed chooser
 * shows) and each stem, key and named mistake read.
 *
 * Facts checked against published sources (secondary copies; the kubernetes.io pages were not
 * read): Job backoffLimit defaults to 6 (the Jobs page sentence quoted in Q&A threads, and the default in
 * the batch/v1 defaults source); the HPA scale-down stabilization window defaults to 300 s (the
 * HPAScalingRules and HorizontalPodAutoscalerBehavior API reference text, as mirrored by client
 * library docs); the startup-probe budget is failureThreshold × periodSeconds (a restatement of the
 * kubernetes.io example); `kubectl rollout undo` writes the old template as a new revision
 * (last + 1) and the old number leaves the history (several tutorials and a worked history
 * listing; the kubernetes.io Deployment page shows undo and --to-revision but does not spell
 * out the numbering, so this one rests on secondary sources). Not source-checked, from the
 * reviewer's knowledge: the 1 MiB ConfigMap cap, the NodePort range, probe and grace-period
 * defaults, DaemonSet pods on cordoned nodes (the unschedulable toleration), the 10 s doubling
 * back-off capped at five minutes, stringData over data.
 *
 * Fixed in place (44 families) before the fingerprints were taken. Wrong or contradicted keys
 * (3): the HPA-tolerance key at exactly 10 % off target (floating point scaled where the
 * documented tolerance holds); the HPA-needs-requests premise (limits without requests give
 * requests equal to the limits, as the test's own resources family keys); the short can-i key
 * without -n (it answers for the context's namespace), whose stem also drew a namespace the
 * commands did not name. Stem and option mismatches (3): pod names in the logs and label
 * families, an in-cluster URL that implied port 80. Distractors that were no one's mistake (4
 * families): two nudges (key − 1, key + 1), a key − 3 formula and a constant 11 that its
 * "default limit" slip does not give. The commonest fault (20 families): two options of one
 * mistake shown together, mostly a short option and a longer paraphrase added against the
 * longest-option cue; each pair is now one option, with a real, different mistake added where a
 * family would otherwise keep only three and a cue (two went to 1.00 before that). One option
 * was true as far as it went (probe period "Every 10 s"). Wording and grammar (6): "A invoicer"
 * (three), "once it runs", "whole-core", mistake names that did not fit their options. Cues (3):
 * the StatefulSet scale-down family (0.58, most similar) now asks the order of the surplus pods;
 * the HPA several-metrics (0.54) and Service endpoints (0.53) families got named mistakes on the
 * thin side. Key wordings of one shape with their distractors (2) and a named mistake added for
 * margin (2). Kept after judging: the quota family's "average charge" and "even share" are thin
 * (invented rules) but its only short wrong answers; the 0 pods a unit slip would give was tried
 * and dropped as no one's answer on an empty node.
 *
 * The key test works the new mistakes again (quota, per-node, StatefulSet order, HPA metrics,
 * Service endpoints, default history limit) and its rule markers for node allocatable, the
 * ConfigMap cap, the env reference and can-i now match whole keys. Cue rates at 300 draws (each
 * family its own seed): before, 3 families over 0.50 (StatefulSet scale-down 0.58, HPA several
 * metrics 0.54, Service endpoints 0.53) and 14 over 0.45; after, none over 0.50, the highest
 * 0.48, 15 over 0.45 (rule means at most 0.29). Single-model guessing over 200 variants: at most
 * 0.35 (k8s-scaling-kubectl, crossing out the longest and the most similar).
 */
export const KUBERNETES_REVIEW: TestFamilyReview = {
  testId: 'kubernetes',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'k8s-resources/pod-cpu-request-total': {
      verdict: 'ok',
      fingerprint: 'f0faee386a08d11c',
      note: 'Stem no longer says "once it runs" (the scheduler counts the effective request before); the slip that drops the 0.5/1.5-core container is named for the container written in cores, not a "whole-core" one.',
    },
    'k8s-resources/pod-memory-request-with-init-containers': {
      verdict: 'ok',
      fingerprint: 'e5672b727ebad92d',
    },
    'k8s-resources/memory-limits-in-mib-mixed-suffixes': {
      verdict: 'ok',
      fingerprint: '41d31af5adf8d7ba',
      note: 'Grammar: "A invoicer pod" now "The invoicer pod".',
    },
    'k8s-resources/qos-class-of-a-pod': {
      verdict: 'ok',
      fingerprint: '749e11376853fee5',
      note: 'The BestEffort distractor is named "misapplies the BestEffort rule" (it read "confuses Burstable with BestEffort" when the key was Guaranteed); containers joined by semicolons, "The <app> pod" for "A invoicer".',
    },
    'k8s-resources/node-memory-left-for-requests': {
      verdict: 'ok',
      fingerprint: '05ce789d0047dbda',
    },
    'k8s-resources/which-node-the-pod-schedules-on': {
      verdict: 'ok',
      fingerprint: 'e5ad24413f74ec79',
    },
    'k8s-resources/replicas-that-fit-a-resource-quota': {
      verdict: 'ok',
      fingerprint: '6f868359018549f5',
      note: 'The key-minus-three "reads the used CPU as cores left" was nobody\'s computation; replaced by charging each pod its request plus its limit.',
    },
    'k8s-resources/replicas-per-empty-node': {
      verdict: 'ok',
      fingerprint: 'bee806acd94b75a3',
      note: 'Removed a key-minus-one nudge ("keeps one pod\'s room spare") and an implausible sum of both counts; added one replica per whole core and the kubelet\'s 110-pod default (most similar 0.74 after the removals, now 0.38).',
    },
    'k8s-resources/requests-from-limits-only': {
      verdict: 'ok',
      fingerprint: '9f1b9cb6d87e34a9',
    },
    'k8s-resources/memory-over-limit-is-oom-killed': {
      verdict: 'ok',
      fingerprint: '771edc0a01926da0',
    },
    'k8s-resources/cpu-over-limit-is-throttled': {
      verdict: 'ok',
      fingerprint: 'd578fe8f82c477a9',
    },
    'k8s-resources/lowercase-m-memory-is-millibytes': {
      verdict: 'ok',
      fingerprint: '4e974d85c11efbb4',
      note: 'A second "400 megabytes" option under another label removed; "400 bytes, the suffix ignored" added.',
    },
    'k8s-resources/cpu-finer-than-1m-is-not-allowed': {
      verdict: 'ok',
      fingerprint: '2ecdb004296a61e0',
    },
    'k8s-resources/besteffort-evicted-first': {
      verdict: 'ok',
      fingerprint: '0fb8e73bd4eff497',
      note: '"The database pod" repeated the "Guaranteed database pod" option; removed.',
    },
    'k8s-resources/scheduler-counts-requests-not-usage': {
      verdict: 'ok',
      fingerprint: 'd8ea620808648660',
    },
    'k8s-resources/limitrange-defaults-apply-to-new-pods': {
      verdict: 'ok',
      fingerprint: '72748f42ee6fa64c',
      note: 'Two pairs of options that said the same thing reduced to one of each.',
    },
    'k8s-resources/quota-needs-requests-on-every-pod': {
      verdict: 'ok',
      fingerprint: '9153f3ce713c7a38',
    },
    'k8s-resources/node-allocatable-formula': {
      verdict: 'ok',
      fingerprint: 'd5df4fb39fe08e41',
      note: 'Two paraphrased pairs reduced to one each; added forgetting the eviction threshold and DaemonSet requests reserved up front (longest option 1.00 after the removals, now under 0.45); the rule marker now matches the whole key.',
    },
    'k8s-workloads/most-pods-during-a-rolling-update': {
      verdict: 'ok',
      fingerprint: 'fa250063a4152073',
      note: 'Removed "rounds the surge up and adds one more", a key-plus-one nudge.',
    },
    'k8s-workloads/fewest-available-during-a-rolling-update': {
      verdict: 'ok',
      fingerprint: 'a034c915ac7e6b81',
    },
    'k8s-workloads/default-rolling-update-bounds': {
      verdict: 'ok',
      fingerprint: '270d51420ef7940f',
    },
    'k8s-workloads/rollout-undo-and-the-revision-it-becomes': {
      verdict: 'ok',
      fingerprint: '6dc5e0e707557a06',
    },
    'k8s-workloads/replicasets-kept-after-updates': {
      verdict: 'ok',
      fingerprint: '26b6d6ef5e205ce7',
      note: '"Uses the default limit of 10" always showed 11, which that slip does not give; it now computes min(changes, 10) + 1, and the figures are widened so it differs from ignoring the limit.',
    },
    'k8s-workloads/statefulset-scale-down-order': {
      verdict: 'ok',
      fingerprint: '9930f515aaf04190',
      note: 'Was cued (most similar 0.58: a single ordinal among ordinals); now asks the order the two or three surplus pods stop in, with ascending order, oldest first and numbering from 1 as the named mistakes.',
    },
    'k8s-workloads/daemonset-pods-on-tainted-and-cordoned-nodes': {
      verdict: 'ok',
      fingerprint: 'bfb6dd9c7ec207b9',
    },
    'k8s-workloads/job-duration-by-parallelism': {
      verdict: 'ok',
      fingerprint: 'fa66adcf2e196921',
      note: 'Grammar: "A invoicer Job" now "The invoicer Job".',
    },
    'k8s-workloads/revision-history-limit-default': {
      verdict: 'ok',
      fingerprint: '7d539d91db503446',
    },
    'k8s-workloads/only-template-changes-trigger-a-rollout': {
      verdict: 'ok',
      fingerprint: '8efe5a1b54c7ad80',
    },
    'k8s-workloads/recreate-strategy-has-downtime': {
      verdict: 'ok',
      fingerprint: '588f72710730f285',
      note: 'Two rolling-update descriptions drawn together reduced to one; in-place container update added.',
    },
    'k8s-workloads/progress-deadline-default': {
      verdict: 'ok',
      fingerprint: '98b828257454cd16',
      note: 'Two self-rollback options reduced to one.',
    },
    'k8s-workloads/min-ready-seconds-meaning': {
      verdict: 'ok',
      fingerprint: 'a0c8f30894c02aa7',
    },
    'k8s-workloads/deployment-selector-is-immutable': {
      verdict: 'ok',
      fingerprint: '522c2cf100f91f07',
      note: 'Three "it applies" options reduced to one.',
    },
    'k8s-workloads/pod-template-hash-label': {
      verdict: 'ok',
      fingerprint: '7d4a478c7e386b8e',
    },
    'k8s-workloads/job-backoff-limit-default': {
      verdict: 'ok',
      fingerprint: 'f490227f45afb4be',
      note: 'Grammar: "The <app> Job" for "A invoicer Job".',
    },
    'k8s-workloads/rollout-pause-batches-changes': {
      verdict: 'ok',
      fingerprint: '8e6be630b8fedfe9',
      note: "One key wording (deploy/app stood apart from every distractor's deployment/app).",
    },
    'k8s-workloads/statefulset-needs-a-headless-service': {
      verdict: 'ok',
      fingerprint: '0e1945726c0a5349',
      note: 'Two LoadBalancer options reduced to one; a plain ClusterIP Service and a PVC per pod added.',
    },
    'k8s-workloads/daemonset-update-strategy-default': {
      verdict: 'ok',
      fingerprint: '9bed707be85f89cf',
    },
    'k8s-networking/service-endpoints-from-selector-and-readiness': {
      verdict: 'ok',
      fingerprint: '16a696074c4904e6',
      note: 'Middle value 0.53: added counting the Ready pods the selector leaves out, and up to three not-Ready matches so reading Ready backwards falls on both sides.',
    },
    'k8s-networking/service-port-target-port-node-port': {
      verdict: 'ok',
      fingerprint: '7782219af5d3df62',
      note: 'The in-cluster question asked for the port used "with http://<name>/", a URL that implies port 80; it now asks for the port used to reach the Service by name.',
    },
    'k8s-networking/service-fully-qualified-dns-name': {
      verdict: 'ok',
      fingerprint: 'f67ca14cbd75c901',
    },
    'k8s-networking/shortest-name-across-namespaces': {
      verdict: 'ok',
      fingerprint: '8979529d5cd76a30',
    },
    'k8s-networking/statefulset-pod-dns-name': {
      verdict: 'ok',
      fingerprint: '8cd0d930ca407d08',
    },
    'k8s-networking/network-policy-sources-allowed': {
      verdict: 'ok',
      fingerprint: 'ba21daaf498eb4e4',
    },
    'k8s-networking/no-network-policy-allows-all': {
      verdict: 'ok',
      fingerprint: '9c996956d74a11bf',
    },
    'k8s-networking/default-deny-ingress-policy': {
      verdict: 'ok',
      fingerprint: '4660436a2ea64fae',
      note: 'Two "empty selector selects nothing" options reduced to one.',
    },
    'k8s-networking/egress-deny-blocks-dns': {
      verdict: 'ok',
      fingerprint: 'a722dc5fc8698a03',
      note: 'Two ingress-rule options reduced to one.',
    },
    'k8s-networking/network-policies-are-additive': {
      verdict: 'ok',
      fingerprint: '78b0d9503323dc97',
      note: '"Neither, the policies conflict" duplicated "no pods at all"; removed.',
    },
    'k8s-networking/network-policy-needs-a-plugin': {
      verdict: 'ok',
      fingerprint: 'aa8479f3455b3d0a',
      note: 'Two "only after pods restart" options reduced to one.',
    },
    'k8s-networking/node-port-range': {
      verdict: 'ok',
      fingerprint: '0c99acc891a51a65',
      note: 'Two "accepted" options reduced to one.',
    },
    'k8s-networking/target-port-defaults-to-port': {
      verdict: 'ok',
      fingerprint: '4437691a3b88aaa4',
    },
    'k8s-networking/service-without-selector-has-no-endpoints': {
      verdict: 'ok',
      fingerprint: '1c434be29075add3',
    },
    'k8s-networking/externalname-returns-a-cname': {
      verdict: 'ok',
      fingerprint: '2cfc6a064d74dc8f',
    },
    'k8s-networking/ingress-needs-a-controller': {
      verdict: 'ok',
      fingerprint: 'a4238108a19668cb',
    },
    'k8s-networking/pod-dns-search-list': {
      verdict: 'ok',
      fingerprint: '1c35b54533d4fd3a',
    },
    'k8s-networking/session-affinity-client-ip': {
      verdict: 'ok',
      fingerprint: 'f45e8ad93600a434',
      note: 'Two externalTrafficPolicy options reduced to one.',
    },
    'k8s-config-probes/secret-data-is-base64': {
      verdict: 'ok',
      fingerprint: '9ddc770f389ceb38',
    },
    'k8s-config-probes/env-from-and-env-precedence': {
      verdict: 'ok',
      fingerprint: 'c1420b6f442df1f3',
    },
    'k8s-config-probes/startup-probe-time-budget': {
      verdict: 'ok',
      fingerprint: '5516159e6e2c7c86',
    },
    'k8s-config-probes/readiness-removal-time': {
      verdict: 'ok',
      fingerprint: '2439c2bf4ffbd427',
    },
    'k8s-config-probes/env-from-configmap-is-not-updated': {
      verdict: 'ok',
      fingerprint: 'a99ec42ad995ea6c',
      note: 'Two kubelet-sync options reduced to one; re-applying an unchanged manifest added.',
    },
    'k8s-config-probes/configmap-volume-is-updated-eventually': {
      verdict: 'ok',
      fingerprint: 'dbe231b69ca74599',
      note: '"Nothing" duplicated "only when the pod is restarted"; removed.',
    },
    'k8s-config-probes/subpath-mount-is-not-updated': {
      verdict: 'ok',
      fingerprint: '161d834aceaf14b9',
    },
    'k8s-config-probes/secret-data-is-only-encoded': {
      verdict: 'ok',
      fingerprint: '4055b767652e0d45',
      note: 'Mistake name "thinks RBAC is not the only guard" did not fit its option; now "thinks the API server keeps Secrets from users".',
    },
    'k8s-config-probes/string-data-overrides-data': {
      verdict: 'ok',
      fingerprint: '8f7ee2042d34a322',
      note: 'Two "admin" options reduced to one; "both fields are stored" added.',
    },
    'k8s-config-probes/configmap-size-limit': {
      verdict: 'ok',
      fingerprint: 'c84026462a1e353e',
      note: '"None" duplicated "There is none"; replaced by the cap read per key and a 100 KiB limit (shortest option 1.00 after the removal, now 0.48); the rule marker now matches the whole key, not "1 MiB" anywhere.',
    },
    'k8s-config-probes/configmap-keys-become-files': {
      verdict: 'ok',
      fingerprint: 'd446ff820a3f88d4',
      note: '"One file" duplicated the single-file option; removed.',
    },
    'k8s-config-probes/dollar-paren-expands-env-in-args': {
      verdict: 'ok',
      fingerprint: '63dd6ff36354a53f',
    },
    'k8s-config-probes/immutable-configmap-cannot-change': {
      verdict: 'ok',
      fingerprint: 'a1dca58aa0490bd9',
      note: '"kubectl replace instead of edit" added (cross-out rule 0.49, now 0.45).',
    },
    'k8s-config-probes/secret-must-be-in-the-pods-namespace': {
      verdict: 'ok',
      fingerprint: '91144fb63a9bc2d2',
    },
    'k8s-config-probes/missing-configmap-blocks-start': {
      verdict: 'ok',
      fingerprint: '4c3cf62b362d9756',
    },
    'k8s-config-probes/startup-probe-holds-back-liveness': {
      verdict: 'ok',
      fingerprint: '935721bcee10ca6f',
    },
    'k8s-config-probes/readiness-failure-does-not-restart': {
      verdict: 'ok',
      fingerprint: '1e38114ab54d17cb',
      note: 'Two restart-after-failures options reduced to one.',
    },
    'k8s-config-probes/probe-defaults': {
      verdict: 'ok',
      fingerprint: 'dfa6d3c5f72a76ea',
      note: '"Every 10 s" was true as far as it went (the period); removed.',
    },
    'k8s-config-probes/termination-grace-period-default': {
      verdict: 'ok',
      fingerprint: 'c325ddd0b24af864',
    },
    'k8s-config-probes/env-reference-to-configmap-key': {
      verdict: 'ok',
      fingerprint: '8716eb8b7f6a5e8f',
    },
    'k8s-scaling-kubectl/hpa-desired-replicas-on-cpu': {
      verdict: 'ok',
      fingerprint: '48c05ef276ee2305',
    },
    'k8s-scaling-kubectl/hpa-tolerance-keeps-replicas': {
      verdict: 'ok',
      fingerprint: 'dc68101fea360474',
      note: 'Wrong key in some draws: at exactly 10 % off target (55 % against 50 %) floating point put the ratio outside the tolerance and the key scaled, where the documented "within 0.1" keeps the count; such draws are now refused.',
    },
    'k8s-scaling-kubectl/hpa-clamped-by-max-replicas': {
      verdict: 'ok',
      fingerprint: 'b2c988acf3080613',
    },
    'k8s-scaling-kubectl/hpa-several-metrics-takes-the-largest': {
      verdict: 'ok',
      fingerprint: 'c94fec83847674f2',
      note: 'Middle value 0.54: added the larger proposal added to the current replicas, above the key.',
    },
    'k8s-scaling-kubectl/hpa-average-value-memory-target': {
      verdict: 'ok',
      fingerprint: '7d98ecf2d0779f67',
    },
    'k8s-scaling-kubectl/crashloop-backoff-delay': {
      verdict: 'ok',
      fingerprint: 'cf3796a91d40c4af',
    },
    'k8s-scaling-kubectl/set-based-selector-matches': {
      verdict: 'ok',
      fingerprint: 'fd1077f275f4cf3d',
    },
    'k8s-scaling-kubectl/equality-selector-matches': {
      verdict: 'ok',
      fingerprint: '8578c2e45e70977f',
    },
    'k8s-scaling-kubectl/hpa-scale-down-stabilization-window': {
      verdict: 'ok',
      fingerprint: '25ceb8361665efec',
    },
    'k8s-scaling-kubectl/hpa-utilization-needs-requests': {
      verdict: 'ok',
      fingerprint: 'a0b63fe182ea259e',
      note: 'Premise contradicted the resources domain: pods with CPU limits and no requests get requests equal to the limits, so the HPA would work; the pods now set neither, and the limit-based distractors became "needs CPU limits, as utilization is a share of them".',
    },
    'k8s-scaling-kubectl/hpa-remove-replicas-from-manifest': {
      verdict: 'ok',
      fingerprint: '58a2b4dc996f4ae7',
    },
    'k8s-scaling-kubectl/kubectl-top-needs-metrics-server': {
      verdict: 'ok',
      fingerprint: '2346c2365b0f702d',
    },
    'k8s-scaling-kubectl/kubectl-logs-previous': {
      verdict: 'ok',
      fingerprint: 'a4f7e98ddb48f971',
      note: 'Stem named the pod <app>-7d9f while every command used app-7d9f; the stem now says app-7d9f.',
    },
    'k8s-scaling-kubectl/kubectl-set-image': {
      verdict: 'ok',
      fingerprint: 'd89e41c3e2869f13',
      note: 'Added naming the Deployment in place of the container (shop=shop:2.1).',
    },
    'k8s-scaling-kubectl/kubectl-rollout-restart': {
      verdict: 'ok',
      fingerprint: 'bd7888859efa3cd5',
    },
    'k8s-scaling-kubectl/kubectl-drain-ignores-daemonsets': {
      verdict: 'ok',
      fingerprint: '4aafb3a2d8439889',
    },
    'k8s-scaling-kubectl/kubectl-port-forward': {
      verdict: 'ok',
      fingerprint: 'c59380a2e67d56b0',
    },
    'k8s-scaling-kubectl/kubectl-label-overwrite': {
      verdict: 'ok',
      fingerprint: '3256bfefcf389973',
      note: 'Stem named the pod <app>-1 while the commands used app-1; key "po app-1" now "pod app-1".',
    },
    'k8s-scaling-kubectl/kubectl-exec-double-dash': {
      verdict: 'ok',
      fingerprint: '99ab9f0252847437',
    },
    'k8s-scaling-kubectl/kubectl-auth-can-i': {
      verdict: 'ok',
      fingerprint: '1dfaed00e25ee152',
      note: "Stem drew namespace web while every command named shop; now shop. The short key lacked -n shop and so answered for the context's namespace; it now names the namespace, and the key test requires it.",
    },
    'k8s-scaling-kubectl/kubectl-scale': {
      verdict: 'ok',
      fingerprint: 'bf62cdec3531fb7d',
      note: 'Second key uses deployment/worker like the distractors.',
    },
    'k8s-scaling-kubectl/kubectl-default-namespace-of-context': {
      verdict: 'ok',
      fingerprint: 'ef371f01a983bc3e',
    },
    'k8s-scaling-kubectl/pod-phase-pending-meaning': {
      verdict: 'ok',
      fingerprint: '496b2aad36b859ea',
    },
    'k8s-scaling-kubectl/label-selector-syntax-in-kubectl': {
      verdict: 'ok',
      fingerprint: 'f40db167096a9315',
    },
  },
}

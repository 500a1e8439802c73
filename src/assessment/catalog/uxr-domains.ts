import type { ModelDomain } from './model-domains.js'

/** The UX research test's domains, each served by one scenario model of its own families. */
export const UXR_DOMAINS = {
  uxrPlanning: {
    id: 'uxr-planning',
    title: 'Study planning, sampling and recruiting',
    itemModelIds: ['uxr-planning'],
    outcome:
      'Size a study for problem discovery, apply screener rules and quotas, plan recruiting, incentives and fieldwork, and choose the method and task wording that fit the question',
  },
  uxrMetrics: {
    id: 'uxr-metrics',
    title: 'Usability metrics',
    itemModelIds: ['uxr-metrics'],
    outcome:
      'Score SUS, UMUX-LITE, SEQ and NASA-TLX, report completion rates with adjusted-Wald intervals, task times as geometric means, error rates, lostness and efficiency',
  },
  uxrSurveys: {
    id: 'uxr-surveys',
    title: 'Survey and questionnaire design',
    itemModelIds: ['uxr-surveys'],
    outcome:
      'Write unbiased single-issue questions, exclusive and exhaustive options and balanced scales, score reverse-keyed items, follow routing and apply data-quality exclusions',
  },
  uxrSynthesis: {
    id: 'uxr-synthesis',
    title: 'Synthesis and analysis',
    itemModelIds: ['uxr-synthesis'],
    outcome:
      'Count the participants behind themes, prioritise and rate problems by a stated scale, and read card sorts, tree tests, first clicks and coder agreement',
  },
  uxrEthics: {
    id: 'uxr-ethics',
    title: 'Research ethics and operations',
    itemModelIds: ['uxr-ethics'],
    outcome:
      'Handle consent and withdrawal, minimise and pseudonymise personal data, redact and limit its use, set retention dates and treat participants fairly',
  },
} as const satisfies Record<string, ModelDomain>

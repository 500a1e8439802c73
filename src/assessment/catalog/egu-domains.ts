import type { ModelDomain } from './model-domains.js'

/** The engineering unit conversion test's domains, each served by one scenario model of its own families. */
export const EGU_DOMAINS = {
  eguLength: {
    id: 'egu-length',
    title: 'Length, area and volume',
    itemModelIds: ['egu-length'],
    outcome:
      'Convert lengths, areas and volumes between SI and US customary units from exact definitions, squaring and cubing the factor as the unit needs',
  },
  eguForce: {
    id: 'egu-force',
    title: 'Mass, force, pressure and stress',
    itemModelIds: ['egu-force'],
    outcome:
      'Convert mass, force, pressure and stress, telling the pound of mass from the pound-force and gauge from absolute pressure',
  },
  eguEnergy: {
    id: 'egu-energy',
    title: 'Energy, power, heat and temperature',
    itemModelIds: ['egu-energy'],
    outcome:
      'Convert energy, power and heat by their stated definitions, and temperatures and temperature differences each by the right rule',
  },
  eguFlow: {
    id: 'egu-flow',
    title: 'Flow, speed, density and compound units',
    itemModelIds: ['egu-flow'],
    outcome:
      'Convert flow, speed, density, torque and other compound units by converting each part of the unit',
  },
  eguChecks: {
    id: 'egu-checks',
    title: 'Significant figures, prefixes and tolerances',
    itemModelIds: ['egu-checks'],
    outcome:
      'Apply SI prefixes to squared and cubed units, round to significant figures or decimal places as stated, and round converted tolerance limits to stay inside the original',
  },
} as const satisfies Record<string, ModelDomain>

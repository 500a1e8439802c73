import { ABTEST_DOMAINS } from './abtest-domains.js'
import { AFM_DOMAINS } from './afm-domains.js'
import { AGILE_DOMAINS } from './agile-domains.js'
import { ANDROID_DOMAINS } from './android-domains.js'
import { AP_DOMAINS } from './ap-domains.js'
import { AR_DOMAINS } from './ar-domains.js'
import { AUD_DOMAINS } from './aud-domains.js'
import { B2B_DOMAINS } from './b2b-domains.js'
import { BA_DOMAINS } from './ba-domains.js'
import { BASH_SCRIPTING_DOMAINS } from './bash-scripting-domains.js'
import { BKO_DOMAINS } from './bko-domains.js'
import { BMA_DOMAINS } from './bma-domains.js'
import { BOOKKEEPING_DOMAINS } from './bookkeeping-domains.js'
import { BUDGET_DOMAINS } from './budget-domains.js'
import { CAC_DOMAINS } from './cac-domains.js'
import { CALENDAR_DOMAINS } from './calendar-domains.js'
import { CFI_DOMAINS } from './cfi-domains.js'
import { CLB_DOMAINS } from './clb-domains.js'
import { CONSTRUCTION_DOMAINS } from './construction-domains.js'
import { COPYEDIT_DOMAINS } from './copyedit-domains.js'
import { COPYWRITING_DOMAINS } from './copywriting-domains.js'
import { CREDIT_DOMAINS } from './cra-domains.js'
import { CRO_DOMAINS } from './cro-domains.js'
import { CUA_DOMAINS } from './cua-domains.js'
import { CVP_DOMAINS } from './cvp-domains.js'
import { DATA_ENTRY_DOMAINS } from './data-entry-domains.js'
import { DCOL_DOMAINS } from './dcol-domains.js'
import { DJU_DOMAINS } from './dju-domains.js'
import { DOCKER_DOMAINS } from './docker-domains.js'
import { ECA_DOMAINS } from './eca-domains.js'
import { EGU_DOMAINS } from './egu-domains.js'
import { EMAIL_DOMAINS } from './email-domains.js'
import { EVENT_PLANNING_DOMAINS } from './event-planning-domains.js'
import { EXA_DOMAINS } from './exa-domains.js'
import { EXCEL_DOMAINS } from './excel-domains.js'
import { EXPENSE_DOMAINS } from './expense-domains.js'
import { FA_DOMAINS } from './fa-domains.js'
import { FAC_DOMAINS } from './fac-domains.js'
import { FIGMA_DOMAINS } from './figma-domains.js'
import { FINMODEL_DOMAINS } from './finmodel-domains.js'
import { FRENCH_DOMAINS } from './french-domains.js'
import { FRM_DOMAINS } from './frm-domains.js'
import { FSA_DOMAINS } from './fsa-domains.js'
import { GA_DOMAINS } from './ga-domains.js'
import { GADS_DOMAINS } from './gads-domains.js'
import { GDES_DOMAINS } from './gdes-domains.js'
import { GDPR_DOMAINS } from './gdpr-domains.js'
import { GERMAN_DOMAINS } from './german-domains.js'
import { GIT_DOMAINS } from './git-domains.js'
import { GOOGLE_SHEETS_DOMAINS } from './google-sheets-domains.js'
import { HCA_DOMAINS } from './hca-domains.js'
import { HED_DOMAINS } from './hed-domains.js'
import { HRM_DOMAINS } from './hrm-domains.js'
import { HTML_CSS_DOMAINS } from './html-css-domains.js'
import { HTTP_DOMAINS } from './http-domains.js'
import { I18N_DOMAINS } from './i18n-domains.js'
import { INS_DOMAINS } from './ins-domains.js'
import { INVOICING_DOMAINS } from './invoicing-domains.js'
import { IP4_DOMAINS } from './ip4-domains.js'
import { IVA_DOMAINS } from './iva-domains.js'
import { JAVA_DOMAINS } from './java-domains.js'
import { JAVASCRIPT_DOMAINS } from './javascript-domains.js'
import { K8S_DOMAINS } from './k8s-domains.js'
import { LEGAL_DOMAINS } from './legal-domains.js'
import { LGC_DOMAINS } from './lgc-domains.js'
import { LINUX_DOMAINS } from './linux-domains.js'
import { LMA_DOMAINS } from './lma-domains.js'
import { LSS_DOMAINS } from './lss-domains.js'
import { MGA_DOMAINS } from './mga-domains.js'
import { MKS_DOMAINS } from './mks-domains.js'
import { MNA_DOMAINS } from './mna-domains.js'
import { MRES_DOMAINS } from './mres-domains.js'
import { MSPPT_DOMAINS } from './msppt-domains.js'
import { MSWORD_DOMAINS } from './msword-domains.js'
import { NETFUND_DOMAINS } from './netfund-domains.js'
import { NSYS_DOMAINS } from './nsys-domains.js'
import { OFFICE_DOMAINS } from './office-domains.js'
import { OHS_DOMAINS } from './ohs-domains.js'
import { OPR_DOMAINS } from './opr-domains.js'
import { OSA_DOMAINS } from './osa-domains.js'
import { PAYROLL_DOMAINS } from './payroll-domains.js'
import { PFL_DOMAINS } from './pfl-domains.js'
import { PFP_DOMAINS } from './pfp-domains.js'
import { PHOTOSHOP_DOMAINS } from './photoshop-domains.js'
import { PJM_DOMAINS } from './pjm-domains.js'
import { POSTGRESQL_DOMAINS } from './postgresql-domains.js'
import { PPC_DOMAINS } from './ppc-domains.js'
import { PRICING_DOMAINS } from './pricing-domains.js'
import { PRINT_DOMAINS } from './print-domains.js'
import { PROCUREMENT_DOMAINS } from './procurement-domains.js'
import { PROJECT_COORDINATION_DOMAINS } from './project-coordination-domains.js'
import { PROOFREADING_DOMAINS } from './proofreading-domains.js'
import { PYTHON_DOMAINS } from './python-domains.js'
import { REF_DOMAINS } from './ref-domains.js'
import { RMM_DOMAINS } from './rmm-domains.js'
import { RTA_DOMAINS } from './rta-domains.js'
import { RWD_DOMAINS } from './rwd-domains.js'
import { SAAS_DOMAINS } from './saas-domains.js'
import { SALESFC_DOMAINS } from './salesfc-domains.js'
import { SCI_DOMAINS } from './sci-domains.js'
import { SCM_DOMAINS } from './scm-domains.js'
import { SEO_DOMAINS } from './seo-domains.js'
import { SMM_DOMAINS } from './smm-domains.js'
import { SOP_DOMAINS } from './sop-domains.js'
import { SPANISH_DOMAINS } from './spanish-domains.js'
import { SQL_QUERIES_DOMAINS } from './sql-queries-domains.js'
import { STATFUND_DOMAINS } from './statfund-domains.js'
import { SUBTITLING_DOMAINS } from './subtitling-domains.js'
import { SUPPORT_DESK_DOMAINS } from './support-desk-domains.js'
import { TDL_DOMAINS } from './tdl-domains.js'
import { TECHNICAL_WRITING_DOMAINS } from './techwriting-domains.js'
import { TFS_DOMAINS } from './tfs-domains.js'
import { TRANSLATION_DOMAINS } from './translation-domains.js'
import { TRAVEL_DOMAINS } from './travel-domains.js'
import { TS_DEV_DOMAINS } from './ts-dev-domains.js'
import { TSY_DOMAINS } from './tsy-domains.js'
import { TVM_DOMAINS } from './tvm-domains.js'
import { TYPOGRAPHY_DOMAINS } from './typography-domains.js'
import { UI_DESIGN_DOMAINS } from './ui-design-domains.js'
import { UKSA_DOMAINS } from './uksa-domains.js'
import { USTX_DOMAINS } from './ustx-domains.js'
import { UXR_DOMAINS } from './uxr-domains.js'
import { VAT_COMPLIANCE_DOMAINS } from './vat-compliance-domains.js'
import { VCP_DOMAINS } from './vcp-domains.js'
import { VIDEO_DOMAINS } from './video-domains.js'

/** A content domain whose operational items come from item models (an unlimited pool). */
export interface ModelDomain {
  readonly id: string
  readonly title: string
  readonly itemModelIds: readonly string[]
  /** The learning outcome a candidate who masters the domain has shown. */
  readonly outcome: string
}

const domain = (
  id: string,
  title: string,
  itemModelIds: readonly string[],
  outcome: string,
): ModelDomain => ({ id, title, itemModelIds, outcome })

/** The reviewed library of model-backed domains that the catalog composes blueprints from. */
export const D = {
  ...TRANSLATION_DOMAINS,
  jsArrays: domain(
    'js-arrays',
    'Arrays and collection methods',
    ['js-array-pipeline', 'js-default-sort'],
    'Predict the result of array transformations, searches and sorts',
  ),
  jsSemantics: domain(
    'js-semantics',
    'Scope, closures, coercion and destructuring',
    ['js-closures', 'js-type-coercion', 'js-spread-destructuring'],
    'Explain how scope, closures, type coercion and object spreading determine what code does',
  ),
  jsStrings: domain(
    'js-strings',
    'String handling',
    ['js-string-methods'],
    'Manipulate strings with the standard library without off-by-one errors',
  ),
  tsTypes: domain(
    'ts-types',
    'Types, enums, classes and narrowing',
    ['ts-enums-classes', 'ts-narrowing-generics'],
    'Read typed code with enums, classes, generics and discriminated unions and predict its behaviour',
  ),
  regexQuantifiers: domain(
    'regex-quantifiers',
    'Quantifiers, boundaries and flags',
    ['regex-global-match'],
    'Predict what a pattern with quantifiers, boundaries and flags matches',
  ),
  regexValidation: domain(
    'regex-validation',
    'Validation patterns',
    ['regex-which-match'],
    'Decide which inputs a validation pattern accepts',
  ),
  regexReplace: domain(
    'regex-replace',
    'Capture groups and replacement',
    ['regex-replace-groups'],
    'Rewrite text with capture groups and replacement patterns',
  ),
  sqlAggregation: domain(
    'sql-aggregation',
    'Grouping and aggregation',
    ['sql-group-having'],
    'Aggregate rows with GROUP BY and filter groups with HAVING',
  ),
  sqlJoins: domain(
    'sql-joins',
    'Joins',
    ['sql-join-count'],
    'Choose between inner and outer joins and count matched rows correctly',
  ),
  sqlNullsWindows: domain(
    'sql-nulls-windows',
    'NULL semantics and window functions',
    ['sql-nulls-ranking'],
    'Handle NULL in aggregates and rank rows with window functions',
  ),
  sheetLookup: domain(
    'sheet-lookup',
    'Lookups and conditional aggregates',
    ['sheet-lookup-conditional'],
    'Use VLOOKUP, SUMIF, COUNTIF, AVERAGEIF and SUMPRODUCT on a table',
  ),
  sheetRounding: domain(
    'sheet-rounding',
    'Rounding and operator precedence',
    ['sheet-rounding-precedence'],
    'Predict spreadsheet rounding and operator precedence',
  ),
  vat: domain(
    'vat',
    'VAT and sales tax',
    ['fin-vat'],
    'Compute net, tax and gross amounts and extract tax from gross prices',
  ),
  compounding: domain(
    'compounding',
    'Compound interest',
    ['fin-compound-interest'],
    'Compute future values under periodic compounding',
  ),
  loans: domain(
    'loans',
    'Loans and amortisation',
    ['fin-loan-payment'],
    'Compute the level payment of an amortising loan',
  ),
  npv: domain(
    'npv',
    'Discounted cash flow',
    ['fin-npv'],
    'Appraise an investment by its net present value',
  ),
  depreciation: domain(
    'depreciation',
    'Depreciation',
    ['fin-depreciation'],
    'Depreciate assets by the straight-line and declining-balance methods',
  ),
  pricing: domain(
    'pricing',
    'Margin and markup',
    ['fin-margin-markup'],
    'Set prices from a target margin or markup and tell the two apart',
  ),
  breakEven: domain(
    'break-even',
    'Cost-volume-profit',
    ['fin-break-even'],
    'Find the break-even volume from fixed and unit costs',
  ),
  ratios: domain(
    'ratios',
    'Liquidity ratios',
    ['fin-ratios'],
    'Compute and interpret current and quick ratios',
  ),
  adMetrics: domain(
    'ad-metrics',
    'Campaign metrics',
    ['mkt-ad-metrics'],
    'Compute CTR, CPC, CPM, conversion rate, CPA and ROAS',
  ),
  experiments: domain(
    'experiments',
    'A/B tests',
    ['mkt-ab-lift'],
    'Report conversion rates and the relative lift of an A/B test',
  ),
  salesMath: domain(
    'sales-math',
    'Commission and discounts',
    ['mkt-sales-math'],
    'Compute tiered commission and stacked discounts',
  ),
  customerValue: domain(
    'customer-value',
    'Customer lifetime value',
    ['mkt-customer-value'],
    'Estimate customer lifetime value and compare it with acquisition cost',
  ),
  statistics: domain(
    'statistics',
    'Descriptive statistics',
    ['stats-descriptive'],
    'Summarise data by mean, median and standard deviation',
  ),
  percentages: domain(
    'percentages',
    'Percentages',
    ['stats-percentages'],
    'Compute percentage changes and reverse a percentage',
  ),
  units: domain(
    'units',
    'Unit conversion',
    ['units-conversion'],
    'Convert between metric, imperial and US customary units and temperatures',
  ),
  dataSizes: domain(
    'data-sizes',
    'Data sizes and transfer',
    ['units-data-size'],
    'Convert decimal and binary data units and estimate transfer times',
  ),
  designUnits: domain(
    'design-units',
    'Resolution, aspect ratio and type units',
    ['design-units'],
    'Work out print sizes, aspect-preserving dimensions and px, rem and pt values',
  ),
  timeZones: domain(
    'time-zones',
    'Time zones',
    ['dates-time-zones'],
    'Convert meeting times across time zones, daylight saving time included',
  ),
  dates: domain(
    'dates',
    'Date arithmetic',
    ['dates-arithmetic'],
    'Count days, add business days and find dates',
  ),
  localeFormats: domain(
    'locale-formats',
    'Locale conventions',
    ['l10n-locale-formats'],
    'Write numbers, amounts and dates the way a target locale does',
  ),
  plurals: domain(
    'plurals',
    'Plural rules',
    ['l10n-plural-rules'],
    'Select the CLDR plural category a language needs for a count',
  ),
  subnets: domain(
    'subnets',
    'IPv4 subnetting',
    ['it-ipv4-subnet'],
    'Derive network, broadcast, mask and host counts from CIDR notation',
  ),
  permissions: domain(
    'permissions',
    'File permissions',
    ['it-unix-permissions'],
    'Translate Unix permission modes between octal and symbolic forms',
  ),
  numberBases: domain(
    'number-bases',
    'Number bases',
    ['it-number-bases'],
    'Convert between binary, octal, decimal and hexadecimal',
  ),
  colour: domain(
    'colour',
    'Colour notation',
    ['design-color-notation'],
    'Convert colours between hex and RGB notation',
  ),
  contrast: domain(
    'contrast',
    'Colour contrast',
    ['design-wcag-contrast'],
    'Judge text and background pairs against WCAG contrast thresholds',
  ),
  timecode: domain(
    'timecode',
    'Timecode',
    ['design-video-timecode'],
    'Convert frame counts to timecode at common frame rates',
  ),
  cssSpecificity: domain(
    'css-specificity',
    'Selectors and specificity',
    ['css-specificity'],
    'Predict which CSS rule wins by selector specificity',
  ),
  pyNumbers: domain(
    'py-numbers',
    'Numeric semantics',
    ['py-arithmetic'],
    'Predict floor division, remainders, powers and rounding in Python',
  ),
  pySequences: domain(
    'py-sequences',
    'Indexing and slicing',
    ['py-slicing'],
    'Index and slice strings and lists, with negative indices and steps',
  ),
  pyDebugging: domain(
    'py-debugging',
    'Reading and fixing functions',
    ['py-debugging'],
    'Tell which version of a short Python function does what its docstring says',
  ),
  htmlAccessibility: domain(
    'html-accessibility',
    'Accessible markup',
    ['html-accessibility'],
    'Tell accessible markup from markup that fails WCAG 2 (names, labels, roles, structure)',
  ),
  supportPolicy: domain(
    'support-policy-replies',
    'Applying policy in replies',
    ['support-policy-replies'],
    'Apply refund, warranty, escalation and privacy policies in a reply with a professional tone',
  ),
  falseFriends: domain(
    'tr-false-friends',
    'False friends in translation into English',
    ['tr-false-friends'],
    'Translate Spanish, French and German sentences into English without falling for false friends',
  ),
  gitCommands: domain(
    'git-commands',
    'Version control with Git',
    ['git-commands'],
    'Choose the git command that leaves a repository in the state a task needs',
  ),
  enAgreement: domain(
    'en-agreement',
    'Agreement and pronoun case',
    ['en-agreement'],
    'Make verbs agree with their subjects and choose pronoun case in edited copy',
  ),
  enUsage: domain(
    'en-word-usage',
    'Commonly confused words',
    ['en-word-usage'],
    'Correct commonly confused words and homophones in client copy',
  ),
  enPunctuation: domain(
    'en-punctuation-structure',
    'Punctuation and sentence structure',
    ['en-punctuation-structure'],
    'Punctuate sentence boundaries, possessives and modifiers and repair broken sentence structure',
  ),
  enConcision: domain(
    'en-concision-register',
    'Concision and professional register',
    ['en-concision-register'],
    'Cut padded and redundant phrasing and keep a professional register',
  ),
  ...BOOKKEEPING_DOMAINS,
  ...OFFICE_DOMAINS,
  ...SEO_DOMAINS,
  ...COPYWRITING_DOMAINS,
  ...UI_DESIGN_DOMAINS,
  ...SUPPORT_DESK_DOMAINS,
  ...LEGAL_DOMAINS,
  ...EMAIL_DOMAINS,
  ...GIT_DOMAINS,
  ...JAVA_DOMAINS,
  ...HTML_CSS_DOMAINS,
  ...ANDROID_DOMAINS,
  ...AGILE_DOMAINS,
  ...LINUX_DOMAINS,
  ...POSTGRESQL_DOMAINS,
  ...CALENDAR_DOMAINS,
  ...STATFUND_DOMAINS,
  ...DATA_ENTRY_DOMAINS,
  ...INVOICING_DOMAINS,
  ...CRO_DOMAINS,
  ...FINMODEL_DOMAINS,
  ...SCM_DOMAINS,
  ...LSS_DOMAINS,
  ...MRES_DOMAINS,
  ...FIGMA_DOMAINS,
  ...PHOTOSHOP_DOMAINS,
  ...MSWORD_DOMAINS,
  ...BA_DOMAINS,
  ...TYPOGRAPHY_DOMAINS,
  ...COPYEDIT_DOMAINS,
  ...SMM_DOMAINS,
  ...FSA_DOMAINS,
  ...TRAVEL_DOMAINS,
  ...SUBTITLING_DOMAINS,
  ...PAYROLL_DOMAINS,
  ...TVM_DOMAINS,
  ...K8S_DOMAINS,
  ...GDES_DOMAINS,
  ...B2B_DOMAINS,
  ...SPANISH_DOMAINS,
  ...FRENCH_DOMAINS,
  ...GERMAN_DOMAINS,
  ...AR_DOMAINS,
  ...PROCUREMENT_DOMAINS,
  ...FA_DOMAINS,
  ...SAAS_DOMAINS,
  ...EXPENSE_DOMAINS,
  ...EVENT_PLANNING_DOMAINS,
  ...VAT_COMPLIANCE_DOMAINS,
  ...CVP_DOMAINS,
  ...CONSTRUCTION_DOMAINS,
  ...PRINT_DOMAINS,
  ...PRICING_DOMAINS,
  ...EGU_DOMAINS,
  ...CUA_DOMAINS,
  ...OPR_DOMAINS,
  ...RMM_DOMAINS,
  ...LGC_DOMAINS,
  ...LMA_DOMAINS,
  ...TDL_DOMAINS,
  ...SOP_DOMAINS,
  ...CAC_DOMAINS,
  ...NSYS_DOMAINS,
  ...DCOL_DOMAINS,
  ...CLB_DOMAINS,
  ...CREDIT_DOMAINS,
  ...IP4_DOMAINS,
  ...IVA_DOMAINS,
  ...BUDGET_DOMAINS,
  ...VIDEO_DOMAINS,
  ...ABTEST_DOMAINS,
  ...OHS_DOMAINS,
  ...SALESFC_DOMAINS,
  ...MSPPT_DOMAINS,
  ...I18N_DOMAINS,
  ...DJU_DOMAINS,
  ...AFM_DOMAINS,
  ...PFP_DOMAINS,
  ...BMA_DOMAINS,
  ...CFI_DOMAINS,
  ...REF_DOMAINS,
  ...TFS_DOMAINS,
  ...PFL_DOMAINS,
  ...OSA_DOMAINS,
  ...MGA_DOMAINS,
  ...MKS_DOMAINS,
  ...HRM_DOMAINS,
  ...EXCEL_DOMAINS,
  ...GOOGLE_SHEETS_DOMAINS,
  ...NETFUND_DOMAINS,
  ...PPC_DOMAINS,
  ...PROOFREADING_DOMAINS,
  ...BASH_SCRIPTING_DOMAINS,
  ...PROJECT_COORDINATION_DOMAINS,
  ...HTTP_DOMAINS,
  ...GDPR_DOMAINS,
  ...RWD_DOMAINS,
  ...DOCKER_DOMAINS,
  ...PJM_DOMAINS,
  ...EXA_DOMAINS,
  ...GADS_DOMAINS,
  ...GA_DOMAINS,
  ...PYTHON_DOMAINS,
  ...TECHNICAL_WRITING_DOMAINS,
  ...JAVASCRIPT_DOMAINS,
  ...TS_DEV_DOMAINS,
  ...AP_DOMAINS,
  ...SQL_QUERIES_DOMAINS,
  ...UXR_DOMAINS,
  ...HED_DOMAINS,
  ...RTA_DOMAINS,
  ...ECA_DOMAINS,
  ...SCI_DOMAINS,
  ...INS_DOMAINS,
  ...UKSA_DOMAINS,
  ...USTX_DOMAINS,
  ...BKO_DOMAINS,
  ...TSY_DOMAINS,
  ...AUD_DOMAINS,
  ...VCP_DOMAINS,
  ...HCA_DOMAINS,
  ...MNA_DOMAINS,
  ...FRM_DOMAINS,
  ...FAC_DOMAINS,
} as const satisfies Record<string, ModelDomain>

export type ModelDomainName = keyof typeof D

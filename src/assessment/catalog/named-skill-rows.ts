import { AB_TESTING_ROW } from './abtest-row.js'
import { AFFILIATE_MARKETING_ROW } from './afm-row.js'
import { AGILE_ROW } from './agile-row.js'
import { ANDROID_ROW } from './android-row.js'
import { ACCOUNTS_PAYABLE_ROW } from './ap-row.js'
import { ACCOUNTS_RECEIVABLE_ROW } from './ar-row.js'
import { AUDITING_ROW } from './aud-row.js'
import { B2B_ROW } from './b2b-row.js'
import { BA_ROW } from './ba-row.js'
import { BASH_SCRIPTING_ROW } from './bash-scripting-row.js'
import { BANKING_OPERATIONS_ROW } from './bko-row.js'
import { BUSINESS_MATHEMATICS_ROW } from './bma-row.js'
import { BOOKKEEPING_ROW } from './bookkeeping-row.js'
import { BUDGETING_AND_FORECASTING_ROW } from './budget-row.js'
import { COST_ACCOUNTING_ROW } from './cac-row.js'
import { CALENDAR_ROW } from './calendar-row.js'
import { type CatalogRow, row } from './catalog-row.js'
import { CORPORATE_FINANCE_ROW } from './cfi-row.js'
import { CONTRACT_LAW_BASICS_ROW } from './clb-row.js'
import { CONSTRUCTION_ESTIMATING_ROW } from './construction-row.js'
import { COPYEDIT_ROW } from './copyedit-row.js'
import { COPYWRITING_ROW } from './copywriting-row.js'
import { CREDIT_ANALYSIS_ROW } from './cra-row.js'
import { CRO_ROW } from './cro-row.js'
import { CUSTOMER_ANALYTICS_ROW } from './cua-row.js'
import { CUSTOMER_SUPPORT_ROW } from './customer-support-row.js'
import { COST_VOLUME_PROFIT_ROW } from './cvp-row.js'
import { DATA_ENTRY_ROW } from './data-entry-row.js'
import { DIGITAL_COLOUR_ROW } from './dcol-row.js'
import { DATA_JOURNALISM_ROW } from './dju-row.js'
import { DOCKER_ROW } from './docker-row.js'
import { E_COMMERCE_ACCOUNTING_ROW } from './eca-row.js'
import { ENGINEERING_UNITS_ROW } from './egu-row.js'
import { EMAIL_MARKETING_ROW } from './email-marketing-row.js'
import { EVENT_PLANNING_ROW } from './event-planning-row.js'
import { EXECUTIVE_ASSISTANCE_ROW } from './exa-row.js'
import { EXCEL_ROW } from './excel-row.js'
import { EXPENSE_REPORTING_ROW } from './expense-row.js'
import { FIXED_ASSET_ROW } from './fa-row.js'
import { FORENSIC_ACCOUNTING_ROW } from './fac-row.js'
import { FIGMA_ROW } from './figma-row.js'
import { FINMODEL_ROW } from './finmodel-row.js'
import { FRENCH_ROW } from './french-row.js'
import { FINANCIAL_RISK_MANAGEMENT_ROW } from './frm-row.js'
import { FSA_ROW } from './fsa-row.js'
import { GA_ROW } from './ga-row.js'
import { GADS_ROW } from './gads-row.js'
import { GDES_ROW } from './gdes-row.js'
import { GDPR_ROW } from './gdpr-row.js'
import { GERMAN_ROW } from './german-row.js'
import { GIT_ROW } from './git-row.js'
import { GOOGLE_SHEETS_ROW } from './google-sheets-row.js'
import { HEALTHCARE_ADMINISTRATION_ROW } from './hca-row.js'
import { HTML_EMAIL_DESIGN_ROW } from './hed-row.js'
import { HRM_ROW } from './hrm-row.js'
import { HTML_CSS_ROW } from './html-css-row.js'
import { HTTP_ROW } from './http-row.js'
import { INTERNATIONALISATION_ROW } from './i18n-row.js'
import { INSURANCE_FUNDAMENTALS_ROW } from './ins-row.js'
import { INVOICING_ROW } from './invoicing-row.js'
import { IPV4_SUBNETTING_ROW } from './ip4-row.js'
import { INVESTMENT_APPRAISAL_ROW } from './iva-row.js'
import { JAVA_ROW } from './java-row.js'
import { JAVASCRIPT_ROW } from './javascript-row.js'
import { K8S_ROW } from './k8s-row.js'
import { LEGAL_BASICS_ROW } from './legal-basics-row.js'
import { LOGISTICS_CALCULATIONS_ROW } from './lgc-row.js'
import { LINUX_ROW } from './linux-row.js'
import { LOAN_AND_MORTGAGE_ROW } from './lma-row.js'
import { LSS_ROW } from './lss-row.js'
import { MANAGEMENT_ACCOUNTING_ROW } from './mga-row.js'
import { MARKETING_STATISTICS_ROW } from './mks-row.js'
import { MERGERS_ACQUISITIONS_ROW } from './mna-row.js'
import { MRES_ROW } from './mres-row.js'
import { MSPPT_ROW } from './msppt-row.js'
import { MSWORD_ROW } from './msword-row.js'
import { NETFUND_ROW } from './netfund-row.js'
import { NUMBER_SYSTEMS_ROW } from './nsys-row.js'
import { OFFICE_SOFTWARE_ROW } from './office-software-row.js'
import { OHS_ROW } from './ohs-row.js'
import { ORDER_PROCESSING_ROW } from './opr-row.js'
import { ONLINE_STORE_ADMINISTRATION_ROW } from './osa-row.js'
import { PAYROLL_ROW } from './payroll-row.js'
import { PERSONAL_FINANCE_LITERACY_ROW } from './pfl-row.js'
import { PERSONAL_FINANCIAL_PLANNING_ROW } from './pfp-row.js'
import { PHOTOSHOP_ROW } from './photoshop-row.js'
import { PROJECT_MANAGEMENT_ROW } from './pjm-row.js'
import { POSTGRESQL_ROW } from './postgresql-row.js'
import { PPC_ROW } from './ppc-row.js'
import { PRICING_STRATEGY_ROW } from './pricing-row.js'
import { PRINT_PRODUCTION_ROW } from './print-row.js'
import { PROCUREMENT_ROW } from './procurement-row.js'
import { PROJECT_COORDINATION_ROW } from './project-coordination-row.js'
import { PROOFREADING_ROW } from './proofreading-row.js'
import { PYTHON_ROW } from './python-row.js'
import { REAL_ESTATE_FINANCE_ROW } from './ref-row.js'
import { RETAIL_MERCHANDISING_ROW } from './rmm-row.js'
import { RETAIL_ACCOUNTING_ROW } from './rta-row.js'
import { RWD_ROW } from './rwd-row.js'
import { SUBSCRIPTION_METRICS_ROW } from './saas-row.js'
import { SALES_FORECASTING_ROW } from './salesfc-row.js'
import { SCIENTIFIC_DATA_HANDLING_ROW } from './sci-row.js'
import { SCM_ROW } from './scm-row.js'
import { SEO_ROW } from './seo-row.js'
import { SMM_ROW } from './smm-row.js'
import { SALES_OPERATIONS_ROW } from './sop-row.js'
import { SPANISH_ROW } from './spanish-row.js'
import { SQL_QUERIES_ROW } from './sql-queries-row.js'
import { STATFUND_ROW } from './statfund-row.js'
import { SUBTITLING_ROW } from './subtitling-row.js'
import { TIME_AND_DATE_ROW } from './tdl-row.js'
import { TECHNICAL_WRITING_ROW } from './techwriting-row.js'
import { TYPOGRAPHY_FOR_SCREENS_ROW } from './tfs-row.js'
import { TRANSLATION_ROWS } from './translation-rows.js'
import { TRAVEL_ROW } from './travel-row.js'
import { TS_DEV_ROW } from './ts-dev-row.js'
import { TREASURY_MANAGEMENT_ROW } from './tsy-row.js'
import { TVM_ROW } from './tvm-row.js'
import { TYPOGRAPHY_ROW } from './typography-row.js'
import { UI_DESIGN_ROW } from './ui-design-row.js'
import { UK_SELF_ASSESSMENT_ROW } from './uksa-row.js'
import { US_TAX_PREPARATION_ROW } from './ustx-row.js'
import { UX_RESEARCH_ROW } from './uxr-row.js'
import { VAT_COMPLIANCE_ROW } from './vat-compliance-row.js'
import { VENTURE_CAPITAL_ROW } from './vcp-row.js'
import { VIDEO_EDITING_ROW } from './video-row.js'

/**
 * Tests of a named skill whose every domain is that skill's own work, each with the job-task
 * analysis its weights come from. The analyses are our reading of what clients hire the role
 * for, written down so a reviewer can dispute a weight; they are not survey results.
 */
export const NAMED_SKILL_ROWS: readonly CatalogRow[] = [
  row(
    'english-grammar',
    'English grammar and usage for editing',
    'Writing & Translation',
    4,
    20,
    [
      ['enUsage', 30],
      ['enAgreement', 25],
      ['enPunctuation', 25],
      ['enConcision', 20],
    ],
    {
      jobTaskAnalysis:
        'A freelance editor or proofreader corrects client copy (emails, reports, web pages) to ' +
        'standard written English without changing its meaning. The corrections such copy needs ' +
        'fall into four tasks: fixing commonly confused words and homophones (the most frequent ' +
        'correction: 30 %), making verbs agree with their subjects and choosing pronoun case ' +
        '(25 %), punctuating sentence boundaries, possessives and modifiers and repairing ' +
        'fragments, splices and dangling modifiers (25 %), and cutting padded or redundant ' +
        'phrasing and off-register words (20 %). Rules on which British and American style ' +
        'guides differ (serial comma, quotation marks, collective nouns) are not tested.',
    },
  ),
  ...TRANSLATION_ROWS,
  BOOKKEEPING_ROW,
  OFFICE_SOFTWARE_ROW,
  SEO_ROW,
  COPYWRITING_ROW,
  UI_DESIGN_ROW,
  CUSTOMER_SUPPORT_ROW,
  LEGAL_BASICS_ROW,
  GIT_ROW,
  JAVA_ROW,
  HTML_CSS_ROW,
  ANDROID_ROW,
  AGILE_ROW,
  LINUX_ROW,
  POSTGRESQL_ROW,
  EMAIL_MARKETING_ROW,
  CALENDAR_ROW,
  STATFUND_ROW,
  PPC_ROW,
  PROOFREADING_ROW,
  BASH_SCRIPTING_ROW,
  PROJECT_COORDINATION_ROW,
  DATA_ENTRY_ROW,
  INVOICING_ROW,
  CRO_ROW,
  FINMODEL_ROW,
  SCM_ROW,
  LSS_ROW,
  MRES_ROW,
  FIGMA_ROW,
  MSWORD_ROW,
  BA_ROW,
  TYPOGRAPHY_ROW,
  COPYEDIT_ROW,
  SMM_ROW,
  FSA_ROW,
  TRAVEL_ROW,
  SUBTITLING_ROW,
  PAYROLL_ROW,
  TVM_ROW,
  K8S_ROW,
  B2B_ROW,
  HRM_ROW,
  EXCEL_ROW,
  GOOGLE_SHEETS_ROW,
  NETFUND_ROW,
  HTTP_ROW,
  GDPR_ROW,
  RWD_ROW,
  DOCKER_ROW,
  PROJECT_MANAGEMENT_ROW,
  EXECUTIVE_ASSISTANCE_ROW,
  GADS_ROW,
  GA_ROW,
  PYTHON_ROW,
  TECHNICAL_WRITING_ROW,
  JAVASCRIPT_ROW,
  ACCOUNTS_PAYABLE_ROW,
  TS_DEV_ROW,
  PHOTOSHOP_ROW,
  SQL_QUERIES_ROW,
  GDES_ROW,
  SPANISH_ROW,
  FRENCH_ROW,
  GERMAN_ROW,
  ACCOUNTS_RECEIVABLE_ROW,
  PROCUREMENT_ROW,
  FIXED_ASSET_ROW,
  SUBSCRIPTION_METRICS_ROW,
  UX_RESEARCH_ROW,
  EXPENSE_REPORTING_ROW,
  EVENT_PLANNING_ROW,
  VAT_COMPLIANCE_ROW,
  COST_VOLUME_PROFIT_ROW,
  CONSTRUCTION_ESTIMATING_ROW,
  PRINT_PRODUCTION_ROW,
  PRICING_STRATEGY_ROW,
  ENGINEERING_UNITS_ROW,
  CUSTOMER_ANALYTICS_ROW,
  ORDER_PROCESSING_ROW,
  RETAIL_MERCHANDISING_ROW,
  LOGISTICS_CALCULATIONS_ROW,
  LOAN_AND_MORTGAGE_ROW,
  TIME_AND_DATE_ROW,
  SALES_OPERATIONS_ROW,
  COST_ACCOUNTING_ROW,
  NUMBER_SYSTEMS_ROW,
  DIGITAL_COLOUR_ROW,
  CONTRACT_LAW_BASICS_ROW,
  CREDIT_ANALYSIS_ROW,
  IPV4_SUBNETTING_ROW,
  INVESTMENT_APPRAISAL_ROW,
  BUDGETING_AND_FORECASTING_ROW,
  VIDEO_EDITING_ROW,
  AB_TESTING_ROW,
  OHS_ROW,
  SALES_FORECASTING_ROW,
  MSPPT_ROW,
  INTERNATIONALISATION_ROW,
  DATA_JOURNALISM_ROW,
  AFFILIATE_MARKETING_ROW,
  PERSONAL_FINANCIAL_PLANNING_ROW,
  BUSINESS_MATHEMATICS_ROW,
  CORPORATE_FINANCE_ROW,
  REAL_ESTATE_FINANCE_ROW,
  TYPOGRAPHY_FOR_SCREENS_ROW,
  PERSONAL_FINANCE_LITERACY_ROW,
  ONLINE_STORE_ADMINISTRATION_ROW,
  MANAGEMENT_ACCOUNTING_ROW,
  MARKETING_STATISTICS_ROW,
  HTML_EMAIL_DESIGN_ROW,
  RETAIL_ACCOUNTING_ROW,
  E_COMMERCE_ACCOUNTING_ROW,
  SCIENTIFIC_DATA_HANDLING_ROW,
  INSURANCE_FUNDAMENTALS_ROW,
  UK_SELF_ASSESSMENT_ROW,
  US_TAX_PREPARATION_ROW,
  BANKING_OPERATIONS_ROW,
  TREASURY_MANAGEMENT_ROW,
  AUDITING_ROW,
  VENTURE_CAPITAL_ROW,
  HEALTHCARE_ADMINISTRATION_ROW,
  MERGERS_ACQUISITIONS_ROW,
  FINANCIAL_RISK_MANAGEMENT_ROW,
  FORENSIC_ACCOUNTING_ROW,
]

import type { TestFamilyReview } from '../family-review.js'
import { AB_TESTING_REVIEW } from './ab-testing.js'
import { ACCOUNTS_PAYABLE_REVIEW } from './accounts-payable.js'
import { ACCOUNTS_RECEIVABLE_REVIEW } from './accounts-receivable.js'
import { ADOBE_PHOTOSHOP_REVIEW } from './adobe-photoshop.js'
import { AFFILIATE_MARKETING_REVIEW } from './affiliate-marketing.js'
import { AGILE_SCRUM_REVIEW } from './agile-scrum.js'
import { ANDROID_DEVELOPMENT_REVIEW } from './android-development.js'
import { AUDITING_REVIEW } from './auditing.js'
import { B2B_SALES_REVIEW } from './b2b-sales.js'
import { BANKING_OPERATIONS_REVIEW } from './banking-operations.js'
import { BASH_SCRIPTING_REVIEW } from './bash-scripting.js'
import { BOOKKEEPING_REVIEW } from './bookkeeping.js'
import { BUDGETING_AND_FORECASTING_REVIEW } from './budgeting-and-forecasting.js'
import { BUSINESS_ANALYSIS_REVIEW } from './business-analysis.js'
import { BUSINESS_MATHEMATICS_REVIEW } from './business-mathematics.js'
import { CALENDAR_MANAGEMENT_REVIEW } from './calendar-management.js'
import { CONSTRUCTION_ESTIMATING_REVIEW } from './construction-estimating.js'
import { CONTRACT_LAW_BASICS_REVIEW } from './contract-law-basics.js'
import { CONVERSION_RATE_OPTIMISATION_REVIEW } from './conversion-rate-optimisation.js'
import { COPY_EDITING_REVIEW } from './copy-editing.js'
import { COPYWRITING_MARKETING_REVIEW } from './copywriting-marketing.js'
import { CORPORATE_FINANCE_REVIEW } from './corporate-finance.js'
import { COST_ACCOUNTING_REVIEW } from './cost-accounting.js'
import { COST_VOLUME_PROFIT_REVIEW } from './cost-volume-profit.js'
import { CREDIT_ANALYSIS_REVIEW } from './credit-analysis.js'
import { CUSTOMER_ANALYTICS_REVIEW } from './customer-analytics.js'
import { CUSTOMER_SUPPORT_REVIEW } from './customer-support.js'
import { DATA_ENTRY_REVIEW } from './data-entry.js'
import { DATA_JOURNALISM_REVIEW } from './data-journalism.js'
import { DIGITAL_COLOUR_REVIEW } from './digital-colour.js'
import { DOCKER_REVIEW } from './docker.js'
import { E_COMMERCE_ACCOUNTING_REVIEW } from './e-commerce-accounting.js'
import { EMAIL_MARKETING_ANALYTICS_REVIEW } from './email-marketing-analytics.js'
import { ENGINEERING_UNITS_REVIEW } from './engineering-units.js'
import { ENGLISH_GRAMMAR_REVIEW } from './english-grammar.js'
import { EVENT_PLANNING_REVIEW } from './event-planning.js'
import { EXECUTIVE_ASSISTANCE_REVIEW } from './executive-assistance.js'
import { EXPENSE_REPORTING_REVIEW } from './expense-reporting.js'
import { FIGMA_REVIEW } from './figma.js'
import { FINANCIAL_MODELLING_REVIEW } from './financial-modelling.js'
import { FINANCIAL_RISK_MANAGEMENT_REVIEW } from './financial-risk-management.js'
import { FINANCIAL_STATEMENT_ANALYSIS_REVIEW } from './financial-statement-analysis.js'
import { FIXED_ASSET_ACCOUNTING_REVIEW } from './fixed-asset-accounting.js'
import { FORENSIC_ACCOUNTING_REVIEW } from './forensic-accounting.js'
import { FRENCH_LANGUAGE_REVIEW } from './french-language.js'
import { GDPR_REVIEW } from './gdpr.js'
import { GERMAN_LANGUAGE_REVIEW } from './german-language.js'
import { GIT_VERSION_CONTROL_REVIEW } from './git-version-control.js'
import { GOOGLE_ADS_REVIEW } from './google-ads.js'
import { GOOGLE_ANALYTICS_REVIEW } from './google-analytics.js'
import { GOOGLE_SHEETS_REVIEW } from './google-sheets.js'
import { GRAPHIC_DESIGN_PRINCIPLES_REVIEW } from './graphic-design-principles.js'
import { HEALTHCARE_ADMINISTRATION_REVIEW } from './healthcare-administration.js'
import { HTML_CSS_REVIEW } from './html-css.js'
import { HTML_EMAIL_DESIGN_REVIEW } from './html-email-design.js'
import { HTTP_PROTOCOL_REVIEW } from './http-protocol.js'
import { HUMAN_RESOURCES_REVIEW } from './human-resources.js'
import { INSURANCE_FUNDAMENTALS_REVIEW } from './insurance-fundamentals.js'
import { INTERNATIONALISATION_REVIEW } from './internationalisation.js'
import { INVESTMENT_APPRAISAL_REVIEW } from './investment-appraisal.js'
import { INVOICING_AND_BILLING_REVIEW } from './invoicing-and-billing.js'
import { IPV4_SUBNETTING_REVIEW } from './ipv4-subnetting.js'
import { JAVA_REVIEW } from './java.js'
import { JAVASCRIPT_REVIEW } from './javascript.js'
import { KUBERNETES_REVIEW } from './kubernetes.js'
import { LEAN_SIX_SIGMA_REVIEW } from './lean-six-sigma.js'
import { LEGAL_BASICS_FREELANCERS_REVIEW } from './legal-basics-freelancers.js'
import { LINUX_COMMAND_LINE_REVIEW } from './linux-command-line.js'
import { LOAN_AND_MORTGAGE_ANALYSIS_REVIEW } from './loan-and-mortgage-analysis.js'
import { LOGISTICS_CALCULATIONS_REVIEW } from './logistics-calculations.js'
import { MANAGEMENT_ACCOUNTING_REVIEW } from './management-accounting.js'
import { MARKET_RESEARCH_REVIEW } from './market-research.js'
import { MARKETING_STATISTICS_REVIEW } from './marketing-statistics.js'
import { MERGERS_ACQUISITIONS_REVIEW } from './mergers-acquisitions.js'
import { MICROSOFT_EXCEL_REVIEW } from './microsoft-excel.js'
import { MICROSOFT_POWERPOINT_REVIEW } from './microsoft-powerpoint.js'
import { MICROSOFT_WORD_REVIEW } from './microsoft-word.js'
import { NETWORKING_FUNDAMENTALS_REVIEW } from './networking-fundamentals.js'
import { NUMBER_SYSTEMS_REVIEW } from './number-systems.js'
import { OCCUPATIONAL_SAFETY_REVIEW } from './occupational-safety.js'
import { OFFICE_SOFTWARE_REVIEW } from './office-software.js'
import { ONLINE_STORE_ADMINISTRATION_REVIEW } from './online-store-administration.js'
import { ORDER_PROCESSING_REVIEW } from './order-processing.js'
import { PAYROLL_REVIEW } from './payroll.js'
import { PERSONAL_FINANCE_LITERACY_REVIEW } from './personal-finance-literacy.js'
import { PERSONAL_FINANCIAL_PLANNING_REVIEW } from './personal-financial-planning.js'
import { POSTGRESQL_REVIEW } from './postgresql.js'
import { PPC_ADVERTISING_REVIEW } from './ppc-advertising.js'
import { PRICING_STRATEGY_REVIEW } from './pricing-strategy.js'
import { PRINT_PRODUCTION_REVIEW } from './print-production.js'
import { PROCUREMENT_REVIEW } from './procurement.js'
import { PROJECT_COORDINATION_REVIEW } from './project-coordination.js'
import { PROJECT_MANAGEMENT_REVIEW } from './project-management.js'
import { PROOFREADING_REVIEW } from './proofreading.js'
import { PYTHON_REVIEW } from './python.js'
import { REAL_ESTATE_FINANCE_REVIEW } from './real-estate-finance.js'
import { RESPONSIVE_WEB_DESIGN_REVIEW } from './responsive-web-design.js'
import { RETAIL_ACCOUNTING_REVIEW } from './retail-accounting.js'
import { RETAIL_MERCHANDISING_REVIEW } from './retail-merchandising.js'
import { SALES_FORECASTING_REVIEW } from './sales-forecasting.js'
import { SALES_OPERATIONS_REVIEW } from './sales-operations.js'
import { SCIENTIFIC_DATA_HANDLING_REVIEW } from './scientific-data-handling.js'
import { SEO_REVIEW } from './seo.js'
import { SOCIAL_MEDIA_MARKETING_REVIEW } from './social-media-marketing.js'
import { SPANISH_LANGUAGE_REVIEW } from './spanish-language.js'
import { SQL_REVIEW } from './sql.js'
import { STATISTICS_FUNDAMENTALS_REVIEW } from './statistics-fundamentals.js'
import { SUBSCRIPTION_METRICS_REVIEW } from './subscription-metrics.js'
import { SUBTITLING_REVIEW } from './subtitling.js'
import { SUPPLY_CHAIN_BASICS_REVIEW } from './supply-chain-basics.js'
import { TAX_PREPARATION_US_REVIEW } from './tax-preparation-us.js'
import { TECHNICAL_WRITING_REVIEW } from './technical-writing.js'
import { TIME_AND_DATE_LITERACY_REVIEW } from './time-and-date-literacy.js'
import { TIME_VALUE_OF_MONEY_REVIEW } from './time-value-of-money.js'
import { TRANSLATION_ENGLISH_ARABIC_REVIEW } from './translation-english-arabic.js'
import { TRANSLATION_ENGLISH_CHINESE_REVIEW } from './translation-english-chinese.js'
import { TRANSLATION_ENGLISH_DUTCH_REVIEW } from './translation-english-dutch.js'
import { TRANSLATION_ENGLISH_FRENCH_REVIEW } from './translation-english-french.js'
import { TRANSLATION_ENGLISH_GERMAN_REVIEW } from './translation-english-german.js'
import { TRANSLATION_ENGLISH_ITALIAN_REVIEW } from './translation-english-italian.js'
import { TRANSLATION_ENGLISH_JAPANESE_REVIEW } from './translation-english-japanese.js'
import { TRANSLATION_ENGLISH_POLISH_REVIEW } from './translation-english-polish.js'
import { TRANSLATION_ENGLISH_PORTUGUESE_REVIEW } from './translation-english-portuguese.js'
import { TRANSLATION_ENGLISH_RUSSIAN_REVIEW } from './translation-english-russian.js'
import { TRANSLATION_ENGLISH_SPANISH_REVIEW } from './translation-english-spanish.js'
import { TRAVEL_PLANNING_REVIEW } from './travel-planning.js'
import { TREASURY_MANAGEMENT_REVIEW } from './treasury-management.js'
import { TYPESCRIPT_REVIEW } from './typescript.js'
import { TYPOGRAPHY_REVIEW } from './typography.js'
import { TYPOGRAPHY_FOR_SCREENS_REVIEW } from './typography-for-screens.js'
import { UI_DESIGN_REVIEW } from './ui-design.js'
import { UK_SELF_ASSESSMENT_REVIEW } from './uk-self-assessment.js'
import { UX_RESEARCH_REVIEW } from './ux-research.js'
import { VAT_COMPLIANCE_REVIEW } from './vat-compliance.js'
import { VENTURE_CAPITAL_REVIEW } from './venture-capital.js'
import { VIDEO_EDITING_REVIEW } from './video-editing.js'

/** Each reviewed test's family review record, by test id. */
export const FAMILY_REVIEWS: ReadonlyMap<string, TestFamilyReview> = new Map(
  [
    BOOKKEEPING_REVIEW,
    GRAPHIC_DESIGN_PRINCIPLES_REVIEW,
    DOCKER_REVIEW,
    TIME_VALUE_OF_MONEY_REVIEW,
    FINANCIAL_MODELLING_REVIEW,
    OCCUPATIONAL_SAFETY_REVIEW,
    OFFICE_SOFTWARE_REVIEW,
    SEO_REVIEW,
    SOCIAL_MEDIA_MARKETING_REVIEW,
    COPYWRITING_MARKETING_REVIEW,
    UI_DESIGN_REVIEW,
    CONVERSION_RATE_OPTIMISATION_REVIEW,
    TRANSLATION_ENGLISH_SPANISH_REVIEW,
    TRANSLATION_ENGLISH_GERMAN_REVIEW,
    TRANSLATION_ENGLISH_FRENCH_REVIEW,
    TRANSLATION_ENGLISH_ITALIAN_REVIEW,
    TRANSLATION_ENGLISH_JAPANESE_REVIEW,
    TRANSLATION_ENGLISH_ARABIC_REVIEW,
    CUSTOMER_SUPPORT_REVIEW,
    LEGAL_BASICS_FREELANCERS_REVIEW,
    TRANSLATION_ENGLISH_DUTCH_REVIEW,
    ENGLISH_GRAMMAR_REVIEW,
    TRANSLATION_ENGLISH_PORTUGUESE_REVIEW,
    GIT_VERSION_CONTROL_REVIEW,
    JAVA_REVIEW,
    INVESTMENT_APPRAISAL_REVIEW,
    HTML_CSS_REVIEW,
    RESPONSIVE_WEB_DESIGN_REVIEW,
    HTTP_PROTOCOL_REVIEW,
    IPV4_SUBNETTING_REVIEW,
    ANDROID_DEVELOPMENT_REVIEW,
    AGILE_SCRUM_REVIEW,
    LINUX_COMMAND_LINE_REVIEW,
    POSTGRESQL_REVIEW,
    EMAIL_MARKETING_ANALYTICS_REVIEW,
    EXECUTIVE_ASSISTANCE_REVIEW,
    EXPENSE_REPORTING_REVIEW,
    CALENDAR_MANAGEMENT_REVIEW,
    STATISTICS_FUNDAMENTALS_REVIEW,
    SUPPLY_CHAIN_BASICS_REVIEW,
    SUBTITLING_REVIEW,
    LEAN_SIX_SIGMA_REVIEW,
    FIGMA_REVIEW,
    TYPOGRAPHY_REVIEW,
    FINANCIAL_STATEMENT_ANALYSIS_REVIEW,
    FIXED_ASSET_ACCOUNTING_REVIEW,
    PPC_ADVERTISING_REVIEW,
    TRANSLATION_ENGLISH_POLISH_REVIEW,
    TRANSLATION_ENGLISH_RUSSIAN_REVIEW,
    TRANSLATION_ENGLISH_CHINESE_REVIEW,
    PROOFREADING_REVIEW,
    BASH_SCRIPTING_REVIEW,
    CONSTRUCTION_ESTIMATING_REVIEW,
    PROJECT_COORDINATION_REVIEW,
    DATA_ENTRY_REVIEW,
    NETWORKING_FUNDAMENTALS_REVIEW,
    FRENCH_LANGUAGE_REVIEW,
    INVOICING_AND_BILLING_REVIEW,
    COPY_EDITING_REVIEW,
    GDPR_REVIEW,
    GERMAN_LANGUAGE_REVIEW,
    PYTHON_REVIEW,
    MICROSOFT_EXCEL_REVIEW,
    TECHNICAL_WRITING_REVIEW,
    GOOGLE_SHEETS_REVIEW,
    JAVASCRIPT_REVIEW,
    GOOGLE_ANALYTICS_REVIEW,
    AB_TESTING_REVIEW,
    ACCOUNTS_PAYABLE_REVIEW,
    AFFILIATE_MARKETING_REVIEW,
    TYPESCRIPT_REVIEW,
    BUSINESS_ANALYSIS_REVIEW,
    TRAVEL_PLANNING_REVIEW,
    MARKET_RESEARCH_REVIEW,
    PAYROLL_REVIEW,
    MICROSOFT_POWERPOINT_REVIEW,
    MICROSOFT_WORD_REVIEW,
    KUBERNETES_REVIEW,
    ADOBE_PHOTOSHOP_REVIEW,
    PROJECT_MANAGEMENT_REVIEW,
    GOOGLE_ADS_REVIEW,
    SQL_REVIEW,
    COST_VOLUME_PROFIT_REVIEW,
    SUBSCRIPTION_METRICS_REVIEW,
    ACCOUNTS_RECEIVABLE_REVIEW,
    B2B_SALES_REVIEW,
    HUMAN_RESOURCES_REVIEW,
    SPANISH_LANGUAGE_REVIEW,
    PROCUREMENT_REVIEW,
    UX_RESEARCH_REVIEW,
    EVENT_PLANNING_REVIEW,
    VAT_COMPLIANCE_REVIEW,
    BUDGETING_AND_FORECASTING_REVIEW,
    PRINT_PRODUCTION_REVIEW,
    PRICING_STRATEGY_REVIEW,
    VIDEO_EDITING_REVIEW,
    ENGINEERING_UNITS_REVIEW,
    LOAN_AND_MORTGAGE_ANALYSIS_REVIEW,
    LOGISTICS_CALCULATIONS_REVIEW,
    SALES_FORECASTING_REVIEW,
    SALES_OPERATIONS_REVIEW,
    INTERNATIONALISATION_REVIEW,
    CREDIT_ANALYSIS_REVIEW,
    DIGITAL_COLOUR_REVIEW,
    NUMBER_SYSTEMS_REVIEW,
    COST_ACCOUNTING_REVIEW,
    CONTRACT_LAW_BASICS_REVIEW,
    CORPORATE_FINANCE_REVIEW,
    TIME_AND_DATE_LITERACY_REVIEW,
    RETAIL_MERCHANDISING_REVIEW,
    CUSTOMER_ANALYTICS_REVIEW,
    ORDER_PROCESSING_REVIEW,
    DATA_JOURNALISM_REVIEW,
    PERSONAL_FINANCIAL_PLANNING_REVIEW,
    BUSINESS_MATHEMATICS_REVIEW,
    MANAGEMENT_ACCOUNTING_REVIEW,
    MARKETING_STATISTICS_REVIEW,
    HTML_EMAIL_DESIGN_REVIEW,
    REAL_ESTATE_FINANCE_REVIEW,
    PERSONAL_FINANCE_LITERACY_REVIEW,
    TYPOGRAPHY_FOR_SCREENS_REVIEW,
    ONLINE_STORE_ADMINISTRATION_REVIEW,
    RETAIL_ACCOUNTING_REVIEW,
    SCIENTIFIC_DATA_HANDLING_REVIEW,
    E_COMMERCE_ACCOUNTING_REVIEW,
    INSURANCE_FUNDAMENTALS_REVIEW,
    UK_SELF_ASSESSMENT_REVIEW,
    TAX_PREPARATION_US_REVIEW,
    BANKING_OPERATIONS_REVIEW,
    TREASURY_MANAGEMENT_REVIEW,
    AUDITING_REVIEW,
    VENTURE_CAPITAL_REVIEW,
    HEALTHCARE_ADMINISTRATION_REVIEW,
    MERGERS_ACQUISITIONS_REVIEW,
    FINANCIAL_RISK_MANAGEMENT_REVIEW,
    FORENSIC_ACCOUNTING_REVIEW,
  ].map((review) => [review.testId, review]),
)

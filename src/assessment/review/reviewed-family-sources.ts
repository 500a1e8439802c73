import type { ItemModel } from '../item-model.js'
import {
  ABTEST_BAYES_FAMILIES,
  ABTEST_DESIGN_FAMILIES,
  ABTEST_METRIC_FAMILIES,
  ABTEST_PITFALL_FAMILIES,
  ABTEST_SIGNIFICANCE_FAMILIES,
  abtestBayesModel,
  abtestDesignModel,
  abtestMetricModel,
  abtestPitfallModel,
  abtestSignificanceModel,
} from '../models/abtest/abtest-models.js'
import {
  AFM_COMMISSION_FAMILIES,
  AFM_PARTNER_FAMILIES,
  AFM_PAYOUT_FAMILIES,
  AFM_PERFORMANCE_FAMILIES,
  AFM_TRACKING_FAMILIES,
  afmCommissionModel,
  afmPartnersModel,
  afmPayoutsModel,
  afmPerformanceModel,
  afmTrackingModel,
} from '../models/afm/afm-models.js'
import {
  agileArtifactsModel,
  agileEventsModel,
  agileManifestoModel,
  agileMetricsModel,
  agileScrumTeamModel,
} from '../models/agile/agile-models.js'
import { ARTIFACT_FAMILIES as AGILE_ARTIFACT_FAMILIES } from '../models/agile/artifact-families.js'
import { EVENT_FAMILIES as AGILE_EVENT_FAMILIES } from '../models/agile/event-families.js'
import { FLOW_FAMILIES as AGILE_FLOW_FAMILIES } from '../models/agile/flow-families.js'
import { FORECAST_FAMILIES as AGILE_FORECAST_FAMILIES } from '../models/agile/forecast-families.js'
import { MANIFESTO_FAMILIES as AGILE_MANIFESTO_FAMILIES } from '../models/agile/manifesto-families.js'
import { TEAM_FAMILIES as AGILE_TEAM_FAMILIES } from '../models/agile/team-families.js'
import {
  androidBackgroundDataModel,
  androidComposeModel,
  androidKotlinModel,
  androidLifecycleModel,
  androidPermissionsModel,
  androidReleaseModel,
} from '../models/android/android-models.js'
import { BACKGROUND_DATA_FAMILIES as ANDROID_BACKGROUND_DATA_FAMILIES } from '../models/android/background-data-families.js'
import { COMPOSE_FAMILIES as ANDROID_COMPOSE_FAMILIES } from '../models/android/compose-families.js'
import { KOTLIN_FAMILIES as ANDROID_KOTLIN_FAMILIES } from '../models/android/kotlin-families.js'
import { LIFECYCLE_FAMILIES as ANDROID_LIFECYCLE_FAMILIES } from '../models/android/lifecycle-families.js'
import { PERMISSION_FAMILIES as ANDROID_PERMISSION_FAMILIES } from '../models/android/permission-families.js'
import { RELEASE_FAMILIES as ANDROID_RELEASE_FAMILIES } from '../models/android/release-families.js'
import {
  AUD_CONTROLS_FAMILIES,
  AUD_DETAILS_FAMILIES,
  AUD_EVALUATION_FAMILIES,
  AUD_MATERIALITY_FAMILIES,
  AUD_SAMPLING_FAMILIES,
  audControlsModel,
  audDetailsModel,
  audEvaluationModel,
  audMaterialityModel,
  audSamplingModel,
} from '../models/aud/aud-models.js'
import {
  B2B_NEGOTIATION_FAMILIES,
  B2B_PIPELINE_FAMILIES,
  B2B_PRICING_FAMILIES,
  B2B_PROSPECTING_FAMILIES,
  B2B_QUALIFICATION_FAMILIES,
  b2bNegotiationModel,
  b2bPipelineModel,
  b2bPricingModel,
  b2bProspectingModel,
  b2bQualificationModel,
} from '../models/b2b/b2b-models.js'
import {
  BA_REQUIREMENT_FAMILIES,
  baDataModel,
  baDecisionsModel,
  baPriorityModel,
  baProcessModel,
  baRequirementsModel,
  baTechniquesModel,
  baValueModel,
} from '../models/ba/ba-models.js'
import { DATA_FAMILIES as BA_DATA_FAMILIES } from '../models/ba/data-families.js'
import { DECISION_FAMILIES as BA_DECISION_FAMILIES } from '../models/ba/decision-families.js'
import { PRIORITY_FAMILIES as BA_PRIORITY_FAMILIES } from '../models/ba/priority-families.js'
import { PROCESS_FAMILIES as BA_PROCESS_FAMILIES } from '../models/ba/process-families.js'
import { TECHNIQUE_FAMILIES as BA_TECHNIQUE_FAMILIES } from '../models/ba/technique-families.js'
import { VALUE_FAMILIES as BA_VALUE_FAMILIES } from '../models/ba/value-families.js'
import {
  bashFilesModel,
  bashFunctionsModel,
  bashParamsModel,
  bashQuotingModel,
  bashStatusModel,
} from '../models/bash/bash-models.js'
import { FILES_FAMILIES as BASH_FILES_FAMILIES } from '../models/bash/files-families.js'
import { FUNCTIONS_FAMILIES as BASH_FUNCTIONS_FAMILIES } from '../models/bash/functions-families.js'
import { PARAMS_FAMILIES as BASH_PARAMS_FAMILIES } from '../models/bash/params-families.js'
import { QUOTING_FAMILIES as BASH_QUOTING_FAMILIES } from '../models/bash/quoting-families.js'
import { STATUS_FAMILIES as BASH_STATUS_FAMILIES } from '../models/bash/status-families.js'
import {
  BKO_COMPLIANCE_FAMILIES,
  BKO_DEPOSIT_FAMILIES,
  BKO_LIQUIDITY_FAMILIES,
  BKO_PAYMENT_FAMILIES,
  BKO_RECONCILIATION_FAMILIES,
  bkoComplianceModel,
  bkoDepositModel,
  bkoLiquidityModel,
  bkoPaymentModel,
  bkoReconciliationModel,
} from '../models/bko/bko-models.js'
import {
  BMA_INTEREST_FAMILIES,
  BMA_PAYROLL_SALES_FAMILIES,
  BMA_PERCENT_FAMILIES,
  BMA_PRICING_FAMILIES,
  BMA_RATIOS_FAMILIES,
  bmaInterestModel,
  bmaPayrollSalesModel,
  bmaPercentModel,
  bmaPricingModel,
  bmaRatiosModel,
} from '../models/bma/bma-models.js'
import { ADJUSTMENT_FAMILIES } from '../models/bookkeeping/adjustment-families.js'
import {
  adjustmentsModel,
  reconciliationModel,
  recordingModel,
  reportsModel,
  salesTaxModel,
} from '../models/bookkeeping/bookkeeping-models.js'
import { RECONCILIATION_FAMILIES } from '../models/bookkeeping/reconciliation-families.js'
import { RECORDING_FAMILIES } from '../models/bookkeeping/recording-families.js'
import { REPORTS_FAMILIES } from '../models/bookkeeping/reports-families.js'
import { SALES_TAX_FAMILIES } from '../models/bookkeeping/sales-tax-families.js'
import {
  BUDGET_CASH_FAMILIES,
  BUDGET_FORECAST_FAMILIES,
  BUDGET_OPERATING_FAMILIES,
  BUDGET_REVIEW_FAMILIES,
  BUDGET_VARIANCE_FAMILIES,
  budgetCashModel,
  budgetForecastModel,
  budgetOperatingModel,
  budgetReviewModel,
  budgetVarianceModel,
} from '../models/budget/budget-models.js'
import {
  CAC_INVENTORY_FAMILIES,
  CAC_JOB_FAMILIES,
  CAC_OVERHEAD_FAMILIES,
  CAC_PROCESS_FAMILIES,
  CAC_VARIANCE_FAMILIES,
  cacInventoryModel,
  cacJobsModel,
  cacOverheadsModel,
  cacProcessModel,
  cacVariancesModel,
} from '../models/cac/cac-models.js'
import {
  calDatesModel,
  calRecurrenceModel,
  calSlotsModel,
  calTravelModel,
  calZonesModel,
} from '../models/calendar/calendar-models.js'
import { DATE_FAMILIES } from '../models/calendar/date-families.js'
import { INVITE_FAMILIES } from '../models/calendar/invite-families.js'
import { RECURRENCE_FAMILIES } from '../models/calendar/recurrence-families.js'
import { SLOT_FAMILIES } from '../models/calendar/slot-families.js'
import { TRAVEL_FAMILIES } from '../models/calendar/travel-families.js'
import { ZONE_FAMILIES } from '../models/calendar/zone-families.js'
import {
  CFI_APPRAISAL_FAMILIES,
  CFI_CAPITAL_FAMILIES,
  CFI_STRUCTURE_FAMILIES,
  CFI_VALUATION_FAMILIES,
  CFI_WORKING_FAMILIES,
  cfiAppraisalModel,
  cfiCapitalModel,
  cfiStructureModel,
  cfiValuationModel,
  cfiWorkingModel,
} from '../models/cfi/cfi-models.js'
import {
  CLB_CONSIDERATION_FAMILIES,
  CLB_DISCHARGE_FAMILIES,
  CLB_FORMATION_FAMILIES,
  CLB_REMEDIES_FAMILIES,
  CLB_TERMS_FAMILIES,
  clbConsiderationModel,
  clbDischargeModel,
  clbFormationModel,
  clbRemediesModel,
  clbTermsModel,
} from '../models/clb/clb-models.js'
import {
  CEST_BID_FAMILIES,
  CEST_CONCRETE_FAMILIES,
  CEST_FINISH_FAMILIES,
  CEST_FRAMING_FAMILIES,
  CEST_PRICING_FAMILIES,
  cestBidModel,
  cestConcreteModel,
  cestFinishModel,
  cestFramingModel,
  cestPricingModel,
} from '../models/construction/cest-models.js'
import { BRIEF_FAMILIES } from '../models/copyedit/brief-families.js'
import { CITATION_FAMILIES } from '../models/copyedit/citation-families.js'
import {
  COPYEDIT_CHECK_FAMILIES,
  COPYEDIT_LANGUAGE_FAMILIES,
  COPYEDIT_NUMBERING_FAMILIES,
  COPYEDIT_STYLE_FAMILIES,
  copyeditChecksModel,
  copyeditCitationsModel,
  copyeditLanguageModel,
  copyeditNumberingModel,
  copyeditQueriesModel,
  copyeditStyleModel,
} from '../models/copyedit/copyedit-models.js'
import { AUDIENCE_FAMILIES } from '../models/copywriting/audience-families.js'
import { CLAIMS_FAMILIES } from '../models/copywriting/claims-families.js'
import { CLARITY_FAMILIES } from '../models/copywriting/clarity-families.js'
import {
  copyAudienceModel,
  copyClaimsModel,
  copyClarityModel,
  copyHeadlinesCtasModel,
  copyTestingModel,
} from '../models/copywriting/copywriting-models.js'
import { HEADLINE_CTA_FAMILIES } from '../models/copywriting/headline-cta-families.js'
import { TESTING_FAMILIES } from '../models/copywriting/testing-families.js'
import {
  CREDIT_CASHFLOW_FAMILIES,
  CREDIT_LEVERAGE_FAMILIES,
  CREDIT_LIQUIDITY_FAMILIES,
  CREDIT_RISK_FAMILIES,
  CREDIT_STRUCTURING_FAMILIES,
  creditCashflowModel,
  creditLeverageModel,
  creditLiquidityModel,
  creditRiskModel,
  creditStructuringModel,
} from '../models/cra/cra-models.js'
import { ANALYSIS_FAMILIES as CRO_ANALYSIS_FAMILIES } from '../models/cro/analysis-families.js'
import {
  croAnalysisModel,
  croDesignModel,
  croMetricsModel,
  croPrioritiseModel,
  croResearchModel,
  croUxModel,
} from '../models/cro/cro-models.js'
import { DESIGN_FAMILIES as CRO_DESIGN_FAMILIES } from '../models/cro/design-families.js'
import { METRICS_FAMILIES as CRO_METRICS_FAMILIES } from '../models/cro/metrics-families.js'
import { PRIORITISE_FAMILIES as CRO_PRIORITISE_FAMILIES } from '../models/cro/prioritise-families.js'
import { RESEARCH_FAMILIES as CRO_RESEARCH_FAMILIES } from '../models/cro/research-families.js'
import { UX_FAMILIES as CRO_UX_FAMILIES } from '../models/cro/ux-families.js'
import {
  CUA_BEHAVIOUR_FAMILIES,
  CUA_CAMPAIGN_FAMILIES,
  CUA_RETENTION_FAMILIES,
  CUA_SEGMENT_FAMILIES,
  CUA_VALUE_FAMILIES,
  cuaBehaviourModel,
  cuaCampaignsModel,
  cuaRetentionModel,
  cuaSegmentsModel,
  cuaValueModel,
} from '../models/cua/cua-models.js'
import {
  CVP_BREAKEVEN_FAMILIES,
  CVP_COST_FAMILIES,
  CVP_DECISION_FAMILIES,
  CVP_LEVERAGE_FAMILIES,
  CVP_MIX_FAMILIES,
  cvpBreakEvenModel,
  cvpCostModel,
  cvpDecisionModel,
  cvpLeverageModel,
  cvpMixModel,
} from '../models/cvp/cvp-models.js'
import {
  dataEntryFormatsModel,
  dataEntryHygieneModel,
  dataEntryMatchingModel,
  dataEntryReconcileModel,
  dataEntryValidationModel,
} from '../models/dataentry/dataentry-models.js'
import { FORMAT_FAMILIES as DE_FORMAT_FAMILIES } from '../models/dataentry/format-families.js'
import { HYGIENE_FAMILIES as DE_HYGIENE_FAMILIES } from '../models/dataentry/hygiene-families.js'
import { MATCHING_FAMILIES as DE_MATCHING_FAMILIES } from '../models/dataentry/matching-families.js'
import { RECONCILE_FAMILIES as DE_RECONCILE_FAMILIES } from '../models/dataentry/reconcile-families.js'
import { VALIDATION_FAMILIES as DE_VALIDATION_FAMILIES } from '../models/dataentry/validation-families.js'
import {
  DCOL_CONTRAST_FAMILIES,
  DCOL_HANDOFF_FAMILIES,
  DCOL_NOTATION_FAMILIES,
  DCOL_SCHEME_FAMILIES,
  DCOL_SPACE_FAMILIES,
  dcolContrastModel,
  dcolHandoffModel,
  dcolNotationModel,
  dcolSchemeModel,
  dcolSpaceModel,
} from '../models/dcol/dcol-models.js'
import { COLOUR_ACCESS_FAMILIES } from '../models/design/colour-access-families.js'
import { FIGMA_FAMILIES } from '../models/design/figma-families.js'
import { LAYOUT_FAMILIES } from '../models/design/layout-families.js'
import { PATTERN_FAMILIES } from '../models/design/pattern-families.js'
import { TYPOGRAPHY_FAMILIES } from '../models/design/typography-families.js'
import {
  uiColourAccessModel,
  uiFigmaModel,
  uiLayoutModel,
  uiPatternsModel,
  uiTypographyModel,
} from '../models/design/ui-design-models.js'
import {
  DJU_CHECK_FAMILIES,
  DJU_MONEY_FAMILIES,
  DJU_POLL_FAMILIES,
  DJU_RATES_FAMILIES,
  DJU_SUMMARY_FAMILIES,
  djuChecksModel,
  djuMoneyModel,
  djuPollsModel,
  djuRatesModel,
  djuSummariesModel,
} from '../models/dju/dju-models.js'
import {
  DOCKER_BUILD_FAMILIES,
  DOCKER_COMPOSE_FAMILIES,
  DOCKER_DOCKERFILE_FAMILIES,
  DOCKER_NETWORK_FAMILIES,
  DOCKER_RUN_FAMILIES,
  dockerBuildModel,
  dockerComposeModel,
  dockerDockerfileModel,
  dockerNetworkModel,
  dockerRunModel,
} from '../models/docker/docker-models.js'
import {
  ECA_ECONOMICS_FAMILIES,
  ECA_REVENUE_FAMILIES,
  ECA_SETTLEMENT_FAMILIES,
  ECA_STOCK_FAMILIES,
  ECA_TAX_FAMILIES,
  ecaEconomicsModel,
  ecaRevenueModel,
  ecaSettlementModel,
  ecaStockModel,
  ecaTaxModel,
} from '../models/eca/eca-models.js'
import {
  EGU_CHECKS_FAMILIES,
  EGU_ENERGY_FAMILIES,
  EGU_FLOW_FAMILIES,
  EGU_FORCE_FAMILIES,
  EGU_LENGTH_FAMILIES,
  eguChecksModel,
  eguEnergyModel,
  eguFlowModel,
  eguForceModel,
  eguLengthModel,
} from '../models/egu/egu-models.js'
import { COMPLIANCE_FAMILIES } from '../models/email/compliance-families.js'
import { DELIVERABILITY_FAMILIES } from '../models/email/deliverability-families.js'
import {
  AUTHENTICATION_FAMILIES,
  emailAuthenticationModel,
  emailComplianceModel,
  emailDeliverabilityModel,
  emailMetricsModel,
  emailTestingAutomationModel,
} from '../models/email/email-models.js'
import { METRICS_FAMILIES } from '../models/email/metrics-families.js'
import { TESTING_AUTOMATION_FAMILIES } from '../models/email/testing-automation-families.js'
import { AGREEMENT_FAMILIES } from '../models/english/agreement-families.js'
import { CONCISION_FAMILIES } from '../models/english/concision-families.js'
import {
  agreementModel,
  concisionRegisterModel,
  punctuationModel,
  wordUsageModel,
} from '../models/english/english-models.js'
import { PUNCTUATION_FAMILIES } from '../models/english/punctuation-families.js'
import { USAGE_FAMILIES } from '../models/english/usage-families.js'
import {
  EVP_BUDGET_FAMILIES,
  EVP_CATERING_FAMILIES,
  EVP_ROOMS_FAMILIES,
  EVP_SCHEDULE_FAMILIES,
  EVP_VENUE_FAMILIES,
  evpBudgetModel,
  evpCateringModel,
  evpRoomsModel,
  evpScheduleModel,
  evpVenueModel,
} from '../models/events/evp-models.js'
import {
  EXA_ACCESS_FAMILIES,
  EXA_EXPENSE_FAMILIES,
  EXA_OFFICE_FAMILIES,
  EXA_TRAVEL_FAMILIES,
  EXA_ZONE_FAMILIES,
  exaAccessModel,
  exaExpensesModel,
  exaOfficeModel,
  exaTravelModel,
  exaZonesModel,
} from '../models/exa/exa-models.js'
import { AGGREGATE_FAMILIES as XL_AGGREGATE_FAMILIES } from '../models/excel/aggregate-families.js'
import {
  xlConditionalModel,
  xlFormatsModel,
  xlLookupsModel,
  xlTablesModel,
  xlTextDatesModel,
} from '../models/excel/excel-models.js'
import { FORMAT_FAMILIES as XL_FORMAT_FAMILIES } from '../models/excel/format-families.js'
import { LOOKUP_FAMILIES as XL_LOOKUP_FAMILIES } from '../models/excel/lookup-families.js'
import { TABLE_FAMILIES as XL_TABLE_FAMILIES } from '../models/excel/table-families.js'
import { TEXT_DATE_FAMILIES as XL_TEXT_DATE_FAMILIES } from '../models/excel/text-date-families.js'
import {
  EXPENSE_APPROVAL_FAMILIES,
  EXPENSE_CURRENCY_FAMILIES,
  EXPENSE_MILEAGE_FAMILIES,
  EXPENSE_POLICY_FAMILIES,
  EXPENSE_RECONCILE_FAMILIES,
  expenseApprovalModel,
  expenseCurrencyModel,
  expenseMileageModel,
  expensePolicyModel,
  expenseReconcileModel,
} from '../models/expenses/expense-models.js'
import {
  FAC_ANALYTICS_FAMILIES,
  FAC_DAMAGES_FAMILIES,
  FAC_INCOME_FAMILIES,
  FAC_SCHEMES_FAMILIES,
  FAC_TRACING_FAMILIES,
  facAnalyticsModel,
  facDamagesModel,
  facIncomeModel,
  facSchemesModel,
  facTracingModel,
} from '../models/fac/fac-models.js'
import {
  FIGMA_COMPONENT_FAMILIES,
  FIGMA_CONSTRAINT_FAMILIES,
  FIGMA_EXPORT_FAMILIES,
  FIGMA_LAYOUT_FAMILIES,
  FIGMA_PROTOTYPE_FAMILIES,
  FIGMA_VARIABLE_FAMILIES,
  figmaComponentsModel,
  figmaConstraintsModel,
  figmaExportModel,
  figmaLayoutModel,
  figmaPrototypeModel,
  figmaVariablesModel,
} from '../models/figma/figma-models.js'
import {
  fmScenariosModel,
  fmStatementsModel,
  fmStructureModel,
  fmTimeValueModel,
  fmValuationModel,
} from '../models/finmodel/finmodel-models.js'
import { SCENARIO_FAMILIES as FM_SCENARIO_FAMILIES } from '../models/finmodel/scenario-families.js'
import { STATEMENT_FAMILIES as FM_STATEMENT_FAMILIES } from '../models/finmodel/statement-families.js'
import { STRUCTURE_FAMILIES as FM_STRUCTURE_FAMILIES } from '../models/finmodel/structure-families.js'
import { TIME_VALUE_FAMILIES as FM_TIME_VALUE_FAMILIES } from '../models/finmodel/time-value-families.js'
import { VALUATION_FAMILIES as FM_VALUATION_FAMILIES } from '../models/finmodel/valuation-families.js'
import {
  FA_COST_FAMILIES,
  FA_DEPRECIATION_FAMILIES,
  FA_DISPOSAL_FAMILIES,
  FA_IMPAIRMENT_FAMILIES,
  FA_TAX_FAMILIES,
  faCostModel,
  faDepreciationModel,
  faDisposalModel,
  faImpairmentModel,
  faTaxModel,
} from '../models/fixed-assets/fixed-asset-models.js'
import {
  FRENCH_AGREEMENT_FAMILIES,
  FRENCH_NUMBER_FAMILIES,
  FRENCH_ORTHOGRAPHY_FAMILIES,
  FRENCH_PRONOUN_FAMILIES,
  FRENCH_VERB_FAMILIES,
  frenchAgreementModel,
  frenchNumbersModel,
  frenchOrthographyModel,
  frenchPronounsModel,
  frenchVerbsModel,
} from '../models/french/french-models.js'
import {
  FRM_CAPITAL_FAMILIES,
  FRM_CREDIT_FAMILIES,
  FRM_HEDGE_FAMILIES,
  FRM_MARKET_FAMILIES,
  FRM_RATES_FAMILIES,
  frmCapitalModel,
  frmCreditModel,
  frmHedgeModel,
  frmMarketModel,
  frmRatesModel,
} from '../models/frm/frm-models.js'
import { CASH_FLOW_FAMILIES as FSA_CASH_FLOW_FAMILIES } from '../models/fsa/cash-flow-families.js'
import { EFFICIENCY_FAMILIES as FSA_EFFICIENCY_FAMILIES } from '../models/fsa/efficiency-families.js'
import {
  FSA_QUALITY_FAMILIES,
  fsaCashFlowModel,
  fsaEfficiencyModel,
  fsaLiquidityModel,
  fsaProfitabilityModel,
  fsaQualityModel,
  fsaTrendModel,
} from '../models/fsa/fsa-models.js'
import { LIQUIDITY_FAMILIES as FSA_LIQUIDITY_FAMILIES } from '../models/fsa/liquidity-families.js'
import { PROFITABILITY_FAMILIES as FSA_PROFITABILITY_FAMILIES } from '../models/fsa/profitability-families.js'
import { TREND_FAMILIES as FSA_TREND_FAMILIES } from '../models/fsa/trend-families.js'
import { ATTRIBUTION_FAMILIES as GA_ATTRIBUTION_FAMILIES } from '../models/ga/attribution-families.js'
import { BIGQUERY_FAMILIES as GA_BIGQUERY_FAMILIES } from '../models/ga/bigquery-families.js'
import { CHANNEL_FAMILIES as GA_CHANNEL_FAMILIES } from '../models/ga/channel-families.js'
import { EVENT_FAMILIES as GA_EVENT_FAMILIES } from '../models/ga/event-families.js'
import { EXPLORATION_FAMILIES as GA_EXPLORATION_FAMILIES } from '../models/ga/exploration-families.js'
import {
  gaAcquisitionModel,
  gaAttributionModel,
  gaDataModel,
  gaEventsModel,
  gaMetricsModel,
} from '../models/ga/ga-models.js'
import { METRIC_FAMILIES as GA_METRIC_FAMILIES } from '../models/ga/metrics-families.js'
import { PRIVACY_FAMILIES as GA_PRIVACY_FAMILIES } from '../models/ga/privacy-families.js'
import { SESSION_FAMILIES as GA_SESSION_FAMILIES } from '../models/ga/session-families.js'
import { SETUP_FAMILIES as GA_SETUP_FAMILIES } from '../models/ga/setup-families.js'
import { TAGGING_FAMILIES as GA_TAGGING_FAMILIES } from '../models/ga/tagging-families.js'
import {
  GADS_ADS_FAMILIES,
  GADS_BIDDING_FAMILIES,
  GADS_KEYWORD_FAMILIES,
  GADS_MEASURE_FAMILIES,
  GADS_METRIC_FAMILIES,
  gadsAdsModel,
  gadsBiddingModel,
  gadsKeywordsModel,
  gadsMeasureModel,
  gadsMetricsModel,
} from '../models/gads/gads-models.js'
import {
  GDES_COLOUR_FAMILIES,
  GDES_COMPOSE_FAMILIES,
  GDES_LAYOUT_FAMILIES,
  GDES_OUTPUT_FAMILIES,
  GDES_TYPE_FAMILIES,
  gdesColourModel,
  gdesComposeModel,
  gdesLayoutModel,
  gdesOutputModel,
  gdesTypeModel,
} from '../models/gdes/gdes-models.js'
import { BASES_FAMILIES as GDPR_BASES_FAMILIES } from '../models/gdpr/bases-families.js'
import {
  gdprBasesModel,
  gdprRightsModel,
  gdprRolesModel,
  gdprSecurityModel,
  gdprTransfersModel,
} from '../models/gdpr/gdpr-models.js'
import { RIGHTS_FAMILIES as GDPR_RIGHTS_FAMILIES } from '../models/gdpr/rights-families.js'
import { ROLES_FAMILIES as GDPR_ROLES_FAMILIES } from '../models/gdpr/roles-families.js'
import { SECURITY_FAMILIES as GDPR_SECURITY_FAMILIES } from '../models/gdpr/security-families.js'
import { TRANSFER_FAMILIES as GDPR_TRANSFER_FAMILIES } from '../models/gdpr/transfers-families.js'
import {
  GERMAN_CASE_FAMILIES,
  GERMAN_ORDER_FAMILIES,
  GERMAN_PREPOSITION_FAMILIES,
  GERMAN_SPELLING_FAMILIES,
  GERMAN_VERB_FAMILIES,
  germanCaseModel,
  germanOrderModel,
  germanPrepositionModel,
  germanSpellingModel,
  germanVerbModel,
} from '../models/german/german-models.js'
import { GIT_BRANCHING_FAMILIES } from '../models/git/branching-families.js'
import {
  gitBranchingModel,
  gitRecordingModel,
  gitRecoveryModel,
  gitRemotesModel,
} from '../models/git/git-models.js'
import { GIT_RECORDING_FAMILIES } from '../models/git/recording-families.js'
import { GIT_RECOVERY_FAMILIES } from '../models/git/recovery-families.js'
import { GIT_REMOTE_FAMILIES } from '../models/git/remote-families.js'
import {
  GS_ARRAY_FAMILIES,
  GS_CLEAN_FAMILIES,
  GS_LOOKUP_FAMILIES,
  GS_RULE_FAMILIES,
  GS_SHARE_FAMILIES,
  gsArraysModel,
  gsCleanModel,
  gsLookupsModel,
  gsRulesModel,
  gsShareModel,
} from '../models/gsheets/sheets-models.js'
import {
  HCA_CLAIMS_FAMILIES,
  HCA_COST_FAMILIES,
  HCA_FEES_FAMILIES,
  HCA_OFFICE_FAMILIES,
  HCA_REVENUE_FAMILIES,
  hcaClaimsModel,
  hcaCostModel,
  hcaFeesModel,
  hcaOfficeModel,
  hcaRevenueModel,
} from '../models/hca/hca-models.js'
import {
  HED_CLIENT_BUILD_FAMILIES,
  HED_IMAGE_FAMILIES,
  HED_LAYOUT_FAMILIES,
  HED_MEASURE_FAMILIES,
  HED_TYPE_ACCESS_FAMILIES,
  hedClientBuildModel,
  hedImagesModel,
  hedLayoutModel,
  hedMeasureModel,
  hedTypeAccessModel,
} from '../models/hed/hed-models.js'
import {
  HRM_COMP_FAMILIES,
  HRM_LEAVE_FAMILIES,
  HRM_METRIC_FAMILIES,
  HRM_RECRUIT_FAMILIES,
  HRM_RELATIONS_FAMILIES,
  hrmCompModel,
  hrmLeaveModel,
  hrmMetricModel,
  hrmRecruitModel,
  hrmRelationsModel,
} from '../models/hrm/hrm-models.js'
import { BOX_FAMILIES } from '../models/htmlcss/box-families.js'
import { CASCADE_FAMILIES } from '../models/htmlcss/cascade-families.js'
import {
  htmlcssBoxModel,
  htmlcssCascadeModel,
  htmlcssLayoutModel,
  htmlcssMarkupModel,
  htmlcssResponsiveModel,
} from '../models/htmlcss/htmlcss-models.js'
import { LAYOUT_FAMILIES as HTMLCSS_LAYOUT_FAMILIES } from '../models/htmlcss/layout-families.js'
import { MARKUP_FAMILIES } from '../models/htmlcss/markup-families.js'
import { RESPONSIVE_FAMILIES } from '../models/htmlcss/responsive-families.js'
import { CACHING_FAMILIES as HTTP_CACHING_FAMILIES } from '../models/http/caching-families.js'
import { COOKIE_FAMILIES as HTTP_COOKIE_FAMILIES } from '../models/http/cookie-families.js'
import { CORS_FAMILIES as HTTP_CORS_FAMILIES } from '../models/http/cors-families.js'
import { HEADER_FAMILIES as HTTP_HEADER_FAMILIES } from '../models/http/header-families.js'
import {
  httpCachingModel,
  httpCookiesModel,
  httpCorsModel,
  httpHeadersModel,
  httpMethodsModel,
  httpStatusModel,
} from '../models/http/http-models.js'
import { METHOD_FAMILIES as HTTP_METHOD_FAMILIES } from '../models/http/method-families.js'
import { STATUS_FAMILIES as HTTP_STATUS_FAMILIES } from '../models/http/status-families.js'
import {
  I18N_LOCALE_FAMILIES,
  I18N_NUMBER_FAMILIES,
  I18N_PLURAL_FAMILIES,
  I18N_TEXT_FAMILIES,
  I18N_TIME_FAMILIES,
  i18nLocaleModel,
  i18nNumberModel,
  i18nPluralModel,
  i18nTextModel,
  i18nTimeModel,
} from '../models/i18n/i18n-models.js'
import {
  INS_CLAIMS_FAMILIES,
  INS_PRICING_FAMILIES,
  INS_RATING_FAMILIES,
  INS_REINSURANCE_FAMILIES,
  INS_RESULTS_FAMILIES,
  insClaimsModel,
  insPricingModel,
  insRatingModel,
  insReinsuranceModel,
  insResultsModel,
} from '../models/ins/ins-models.js'
import { DOCUMENT_FAMILIES as BILL_DOCUMENT_FAMILIES } from '../models/invoicing/document-families.js'
import {
  billDocumentsModel,
  billLinesModel,
  billPaymentsModel,
  billReceivablesModel,
  billReconcileModel,
  billRecurringModel,
} from '../models/invoicing/invoicing-models.js'
import { LINE_FAMILIES as BILL_LINE_FAMILIES } from '../models/invoicing/line-families.js'
import { PAYMENT_FAMILIES as BILL_PAYMENT_FAMILIES } from '../models/invoicing/payment-families.js'
import { RECEIVABLES_FAMILIES as BILL_RECEIVABLES_FAMILIES } from '../models/invoicing/receivables-families.js'
import { RECONCILE_FAMILIES as BILL_RECONCILE_FAMILIES } from '../models/invoicing/reconcile-families.js'
import { RECURRING_FAMILIES as BILL_RECURRING_FAMILIES } from '../models/invoicing/recurring-families.js'
import {
  IP4_DESIGN_FAMILIES,
  IP4_MASK_FAMILIES,
  IP4_ROUTE_FAMILIES,
  IP4_SPECIAL_FAMILIES,
  IP4_TROUBLE_FAMILIES,
  ip4DesignModel,
  ip4MaskModel,
  ip4RouteModel,
  ip4SpecialModel,
  ip4TroubleModel,
} from '../models/ip4/ip4-models.js'
import {
  IVA_CAPITAL_FAMILIES,
  IVA_IRR_FAMILIES,
  IVA_NPV_FAMILIES,
  IVA_RISK_FAMILIES,
  IVA_TVM_FAMILIES,
  ivaCapitalModel,
  ivaIrrModel,
  ivaNpvModel,
  ivaRiskModel,
  ivaTvmModel,
} from '../models/iva/iva-models.js'
import { CONCURRENCY_FAMILIES as JAVA_CONCURRENCY_FAMILIES } from '../models/java/concurrency-families.js'
import { CORE_FAMILIES as JAVA_CORE_FAMILIES } from '../models/java/core-families.js'
import { EXCEPTION_FAMILIES as JAVA_EXCEPTION_FAMILIES } from '../models/java/exception-families.js'
import {
  javaConcurrencyModel,
  javaCoreModel,
  javaExceptionsModel,
  javaStreamsModel,
  javaTestingBuildModel,
} from '../models/java/java-models.js'
import { STREAM_FAMILIES as JAVA_STREAM_FAMILIES } from '../models/java/stream-families.js'
import {
  TESTING_FAMILIES as JAVA_TESTING_FAMILIES,
  MAVEN_FAMILIES,
} from '../models/java/testing-families.js'
import { ASYNC_FAMILIES as JS_ASYNC_FAMILIES } from '../models/js-dev/async-families.js'
import { CLASS_FAMILIES as JS_CLASS_FAMILIES } from '../models/js-dev/class-families.js'
import { DATA_FAMILIES as JS_DATA_FAMILIES } from '../models/js-dev/data-families.js'
import {
  jsAsyncModel,
  jsClassesModel,
  jsDataModel,
  jsScopeModel,
  jsValuesModel,
  jsWebModel,
} from '../models/js-dev/js-models.js'
import { SCOPE_FAMILIES as JS_SCOPE_FAMILIES } from '../models/js-dev/scope-families.js'
import { VALUE_FAMILIES as JS_VALUE_FAMILIES } from '../models/js-dev/value-families.js'
import { WEB_FAMILIES as JS_WEB_FAMILIES } from '../models/js-dev/web-families.js'
import {
  K8S_CONFIG_FAMILIES,
  K8S_DEPLOY_FAMILIES,
  K8S_NETWORK_FAMILIES,
  K8S_RESOURCE_FAMILIES,
  K8S_SCALING_FAMILIES,
  k8sConfigModel,
  k8sDeployModel,
  k8sNetworkModel,
  k8sResourceModel,
  k8sScalingModel,
} from '../models/k8s/k8s-models.js'
import { CONTRACT_FAMILIES } from '../models/legal/contract-families.js'
import { GDPR_FAMILIES } from '../models/legal/gdpr-families.js'
import { IP_FAMILIES } from '../models/legal/ip-families.js'
import { LATE_PAYMENT_FAMILIES } from '../models/legal/late-payment-families.js'
import {
  legalContractsModel,
  legalGdprModel,
  legalIpModel,
  legalLatePaymentModel,
  legalVatInvoicingModel,
} from '../models/legal/legal-models.js'
import { VAT_INVOICING_FAMILIES } from '../models/legal/vat-invoicing-families.js'
import {
  LGC_COST_FAMILIES,
  LGC_LANDED_FAMILIES,
  LGC_LOAD_FAMILIES,
  LGC_SERVICE_FAMILIES,
  LGC_WEIGHT_FAMILIES,
  lgcCostModel,
  lgcLandedModel,
  lgcLoadModel,
  lgcServiceModel,
  lgcWeightModel,
} from '../models/lgc/lgc-models.js'
import { LINUX_FILES_FAMILIES } from '../models/linux/files-families.js'
import { LINUX_FIND_FAMILIES } from '../models/linux/find-families.js'
import {
  linuxFilesModel,
  linuxFindArchivesModel,
  linuxProcessesModel,
  linuxShellModel,
  linuxTextModel,
} from '../models/linux/linux-models.js'
import { LINUX_PROCESS_FAMILIES } from '../models/linux/process-families.js'
import { LINUX_SHELL_FAMILIES } from '../models/linux/shell-families.js'
import { LINUX_TEXT_FAMILIES } from '../models/linux/text-families.js'
import {
  LMA_PAYMENT_FAMILIES,
  LMA_RATE_FAMILIES,
  LMA_RATIO_FAMILIES,
  LMA_REFINANCE_FAMILIES,
  LMA_STRUCTURE_FAMILIES,
  lmaPaymentModel,
  lmaRateModel,
  lmaRatioModel,
  lmaRefinanceModel,
  lmaStructureModel,
} from '../models/lma/lma-models.js'
import { ANALYZE_FAMILIES as LSS_ANALYZE_FAMILIES } from '../models/lss/analyze-families.js'
import { CONTROL_FAMILIES as LSS_CONTROL_FAMILIES } from '../models/lss/control-families.js'
import { DEFINE_FAMILIES as LSS_DEFINE_FAMILIES } from '../models/lss/define-families.js'
import {
  LSS_LEAN_FAMILIES,
  LSS_MEASURE_FAMILIES,
  LSS_SPC_FAMILIES,
  lssAnalyzeModel,
  lssControlModel,
  lssDefineModel,
  lssLeanModel,
  lssMeasureModel,
  lssSpcModel,
} from '../models/lss/lss-models.js'
import {
  MGA_BUDGETING_FAMILIES,
  MGA_COSTING_FAMILIES,
  MGA_CVP_FAMILIES,
  MGA_DECISIONS_FAMILIES,
  MGA_VARIANCES_FAMILIES,
  mgaBudgetingModel,
  mgaCostingModel,
  mgaCvpModel,
  mgaDecisionsModel,
  mgaVariancesModel,
} from '../models/mga/mga-models.js'
import {
  MKS_DESCRIBE_FAMILIES,
  MKS_FORECAST_FAMILIES,
  MKS_REGRESSION_FAMILIES,
  MKS_SURVEYS_FAMILIES,
  MKS_TESTS_FAMILIES,
  mksDescribeModel,
  mksForecastModel,
  mksRegressionModel,
  mksSurveysModel,
  mksTestsModel,
} from '../models/mks/mks-models.js'
import {
  MNA_ACCRETION_FAMILIES,
  MNA_CLOSING_FAMILIES,
  MNA_PPA_FAMILIES,
  MNA_STRUCTURE_FAMILIES,
  MNA_VALUE_FAMILIES,
  mnaAccretionModel,
  mnaClosingModel,
  mnaPpaModel,
  mnaStructureModel,
  mnaValueModel,
} from '../models/mna/mna-models.js'
import { ANALYSIS_FAMILIES as MRES_ANALYSIS_FAMILIES } from '../models/mres/analysis-families.js'
import { DESIGN_FAMILIES as MRES_DESIGN_FAMILIES } from '../models/mres/design-families.js'
import { ETHICS_FAMILIES as MRES_ETHICS_FAMILIES } from '../models/mres/ethics-families.js'
import {
  MRES_SAMPLING_FAMILIES,
  mresAnalysisModel,
  mresDesignModel,
  mresEthicsModel,
  mresQuestionnaireModel,
  mresSamplingModel,
  mresSizingModel,
} from '../models/mres/mres-models.js'
import { QUESTIONNAIRE_FAMILIES as MRES_QUESTIONNAIRE_FAMILIES } from '../models/mres/questionnaire-families.js'
import { SIZING_FAMILIES as MRES_SIZING_FAMILIES } from '../models/mres/sizing-families.js'
import {
  PPT_ANIMATION_FAMILIES,
  PPT_GEOMETRY_FAMILIES,
  PPT_MASTER_FAMILIES,
  PPT_OUTPUT_FAMILIES,
  PPT_SHOW_FAMILIES,
  pptAnimationModel,
  pptGeometryModel,
  pptMasterModel,
  pptOutputModel,
  pptShowModel,
} from '../models/msppt/msppt-models.js'
import {
  WORD_FIELD_FAMILIES,
  WORD_LAYOUT_FAMILIES,
  WORD_MERGE_FAMILIES,
  WORD_REFERENCE_FAMILIES,
  WORD_REVIEW_FAMILIES,
  WORD_STYLE_FAMILIES,
  wordFieldsModel,
  wordLayoutModel,
  wordMergeModel,
  wordReferencesModel,
  wordReviewModel,
  wordStylesModel,
} from '../models/msword/msword-models.js'
import { DNS_FAMILIES } from '../models/netfund/dns-families.js'
import { IPV6_FAMILIES } from '../models/netfund/ipv6-families.js'
import {
  nfDnsModel,
  nfIpv6Model,
  nfPortsModel,
  nfRoutingModel,
  nfSubnetModel,
  nfTroubleModel,
} from '../models/netfund/netfund-models.js'
import { PORT_FAMILIES } from '../models/netfund/port-families.js'
import { ROUTING_FAMILIES } from '../models/netfund/routing-families.js'
import { SUBNET_FAMILIES } from '../models/netfund/subnet-families.js'
import { TRANSPORT_FAMILIES } from '../models/netfund/transport-families.js'
import { TROUBLE_FAMILIES } from '../models/netfund/trouble-families.js'
import {
  NSYS_BASES_FAMILIES,
  NSYS_BITS_FAMILIES,
  NSYS_BYTES_FAMILIES,
  NSYS_FLOAT_FAMILIES,
  NSYS_SIGNED_FAMILIES,
  nsysBasesModel,
  nsysBitsModel,
  nsysBytesModel,
  nsysFloatModel,
  nsysSignedModel,
} from '../models/nsys/nsys-models.js'
import { DATA_TOOL_FAMILIES } from '../models/office/data-tool-families.js'
import { DOCUMENT_FAMILIES } from '../models/office/document-families.js'
import { FORMULA_FAMILIES } from '../models/office/formula-families.js'
import {
  documentsModel,
  presentationsModel,
  sheetFormulasModel,
  sheetToolsModel,
} from '../models/office/office-models.js'
import { PRESENTATION_FAMILIES } from '../models/office/presentation-families.js'
import {
  OHS_EQUIPMENT_FAMILIES,
  OHS_EXPOSURE_FAMILIES,
  OHS_FIRE_FAMILIES,
  OHS_RISK_FAMILIES,
  OHS_STATS_FAMILIES,
  ohsEquipmentModel,
  ohsExposureModel,
  ohsFireModel,
  ohsRiskModel,
  ohsStatsModel,
} from '../models/ohs/ohs-models.js'
import {
  OPR_DISPATCH_FAMILIES,
  OPR_RECORDS_FAMILIES,
  OPR_REFUNDS_FAMILIES,
  OPR_STOCK_FAMILIES,
  OPR_TOTALS_FAMILIES,
  oprDispatchModel,
  oprRecordsModel,
  oprRefundsModel,
  oprStockModel,
  oprTotalsModel,
} from '../models/opr/opr-models.js'
import {
  OSA_CATALOGUE_FAMILIES,
  OSA_INVENTORY_FAMILIES,
  OSA_ORDERS_FAMILIES,
  OSA_REFUNDS_FAMILIES,
  OSA_REPORTING_FAMILIES,
  osaCatalogueModel,
  osaInventoryModel,
  osaOrdersModel,
  osaRefundsModel,
  osaReportingModel,
} from '../models/osa/osa-models.js'
import { CAPTURE_FAMILIES as AP_CAPTURE_FAMILIES } from '../models/payables/capture-families.js'
import { CLOSE_FAMILIES as AP_CLOSE_FAMILIES } from '../models/payables/close-families.js'
import { CONTROL_FAMILIES as AP_CONTROL_FAMILIES } from '../models/payables/control-families.js'
import { MATCHING_FAMILIES as AP_MATCHING_FAMILIES } from '../models/payables/matching-families.js'
import {
  apCaptureModel,
  apCloseModel,
  apControlsModel,
  apMatchingModel,
  apPaymentsModel,
  apReconcileModel,
} from '../models/payables/payables-models.js'
import { PAYMENT_FAMILIES as AP_PAYMENT_FAMILIES } from '../models/payables/payment-families.js'
import { RECONCILE_FAMILIES as AP_RECONCILE_FAMILIES } from '../models/payables/reconcile-families.js'
import {
  PAYROLL_COMPLIANCE_FAMILIES,
  PAYROLL_DEDUCTION_FAMILIES,
  PAYROLL_EMPLOYEE_TAX_FAMILIES,
  PAYROLL_EMPLOYER_TAX_FAMILIES,
  PAYROLL_GROSS_FAMILIES,
  PAYROLL_JOURNAL_FAMILIES,
  payrollComplianceModel,
  payrollDeductionsModel,
  payrollEmployeeTaxModel,
  payrollEmployerTaxModel,
  payrollGrossModel,
  payrollJournalModel,
} from '../models/payroll/payroll-models.js'
import { CHANGE_FAMILIES } from '../models/pcoord/change-families.js'
import { EARNED_VALUE_FAMILIES } from '../models/pcoord/earned-value-families.js'
import {
  pcoordChangeModel,
  pcoordEarnedValueModel,
  pcoordRaciModel,
  pcoordRaidModel,
  pcoordScheduleModel,
} from '../models/pcoord/pcoord-models.js'
import { RACI_FAMILIES } from '../models/pcoord/raci-families.js'
import { RAID_FAMILIES } from '../models/pcoord/raid-families.js'
import { SCHEDULE_FAMILIES } from '../models/pcoord/schedule-families.js'
import {
  PFL_BUDGET_FAMILIES,
  PFL_CREDIT_FAMILIES,
  PFL_INSURANCE_FAMILIES,
  PFL_SAVING_FAMILIES,
  PFL_TAX_FAMILIES,
  pflBudgetModel,
  pflCreditModel,
  pflInsuranceModel,
  pflSavingModel,
  pflTaxModel,
} from '../models/pfl/pfl-models.js'
import {
  PFP_CASHFLOW_FAMILIES,
  PFP_DEBT_FAMILIES,
  PFP_GOALS_FAMILIES,
  PFP_INVEST_FAMILIES,
  PFP_TAX_FAMILIES,
  pfpCashflowModel,
  pfpDebtModel,
  pfpGoalsModel,
  pfpInvestModel,
  pfpTaxModel,
} from '../models/pfp/pfp-models.js'
import {
  PS_BLEND_FAMILIES,
  PS_COLOUR_FAMILIES,
  PS_EXPORT_FAMILIES,
  PS_LAYER_FAMILIES,
  PS_SIZE_FAMILIES,
  psBlendModel,
  psColourModel,
  psExportModel,
  psLayerModel,
  psSizeModel,
} from '../models/photoshop/photoshop-models.js'
import {
  PJM_COST_FAMILIES,
  PJM_DEAL_FAMILIES,
  PJM_GOVERN_FAMILIES,
  PJM_RISK_FAMILIES,
  PJM_SCHEDULE_FAMILIES,
  pjmCostModel,
  pjmDealModel,
  pjmGovernModel,
  pjmRiskModel,
  pjmScheduleModel,
} from '../models/pjm/pjm-models.js'
import { PG_MODEL_FAMILIES } from '../models/postgresql/pg-models.js'
import { ADS_FAMILIES } from '../models/ppc/ads-families.js'
import { BIDDING_FAMILIES } from '../models/ppc/bidding-families.js'
import { MATCH_FAMILIES } from '../models/ppc/match-families.js'
import { METRICS_FAMILIES as PPC_METRICS_FAMILIES } from '../models/ppc/metrics-families.js'
import {
  ppcAdsModel,
  ppcBiddingModel,
  ppcMatchModel,
  ppcMetricsModel,
  ppcTrackingModel,
} from '../models/ppc/ppc-models.js'
import { TRACKING_FAMILIES } from '../models/ppc/tracking-families.js'
import {
  PRICING_COST_FAMILIES,
  PRICING_ELASTICITY_FAMILIES,
  PRICING_PROMO_FAMILIES,
  PRICING_TIER_FAMILIES,
  PRICING_VALUE_FAMILIES,
  pricingCostModel,
  pricingElasticityModel,
  pricingPromoModel,
  pricingTierModel,
  pricingValueModel,
} from '../models/pricing/pricing-models.js'
import {
  PRINT_COLOUR_FAMILIES,
  PRINT_IMPOSE_FAMILIES,
  PRINT_PAPER_FAMILIES,
  PRINT_QUOTE_FAMILIES,
  PRINT_SETUP_FAMILIES,
  printColourModel,
  printImposeModel,
  printPaperModel,
  printQuoteModel,
  printSetupModel,
} from '../models/print/print-models.js'
import {
  PRO_CONTRACT_FAMILIES,
  PRO_COST_FAMILIES,
  PRO_ORDER_FAMILIES,
  PRO_SAVINGS_FAMILIES,
  PRO_SOURCING_FAMILIES,
  proContractsModel,
  proCostModel,
  proOrdersModel,
  proSavingsModel,
  proSourcingModel,
} from '../models/procurement/procurement-models.js'
import { PROOF_HOUSE_STYLE_FAMILIES } from '../models/proofreading/house-style-families.js'
import { PROOF_LAYOUT_FAMILIES } from '../models/proofreading/layout-families.js'
import { PROOF_MARK_FAMILIES } from '../models/proofreading/mark-families.js'
import { PROOF_MORE_SPELLING_FAMILIES } from '../models/proofreading/more-spelling-families.js'
import {
  proofHouseStyleModel,
  proofLayoutModel,
  proofMarksModel,
  proofSpellingModel,
  proofTypographyModel,
} from '../models/proofreading/proofreading-models.js'
import { PROOF_SPELLING_FAMILIES } from '../models/proofreading/spelling-families.js'
import { PROOF_TYPOGRAPHY_FAMILIES } from '../models/proofreading/typography-families.js'
import { CLASS_FAMILIES as PY_CLASS_FAMILIES } from '../models/python-dev/class-families.js'
import { COLLECTION_FAMILIES as PY_COLLECTION_FAMILIES } from '../models/python-dev/collection-families.js'
import { CORE_FAMILIES as PY_CORE_FAMILIES } from '../models/python-dev/core-families.js'
import { FUNCTION_FAMILIES as PY_FUNCTION_FAMILIES } from '../models/python-dev/function-families.js'
import {
  pyClassesModel,
  pyCollectionsModel,
  pyCoreModel,
  pyFunctionsModel,
  pyStdlibModel,
  pyStringsModel,
} from '../models/python-dev/python-models.js'
import { STDLIB_FAMILIES as PY_STDLIB_FAMILIES } from '../models/python-dev/stdlib-families.js'
import { STRING_FAMILIES as PY_STRING_FAMILIES } from '../models/python-dev/string-families.js'
import {
  AR_AGEING_FAMILIES,
  AR_ALLOWANCE_FAMILIES,
  AR_CASH_FAMILIES,
  AR_COLLECTIONS_FAMILIES,
  AR_TERMS_FAMILIES,
  arAgeingModel,
  arAllowanceModel,
  arCashModel,
  arCollectionsModel,
  arTermsModel,
} from '../models/receivables/receivables-models.js'
import {
  REF_DEVELOPMENT_FAMILIES,
  REF_INCOME_FAMILIES,
  REF_LEASE_FAMILIES,
  REF_MORTGAGE_FAMILIES,
  REF_RETURN_FAMILIES,
  refDevelopmentModel,
  refIncomeModel,
  refLeasesModel,
  refMortgagesModel,
  refReturnsModel,
} from '../models/ref/ref-models.js'
import {
  RMM_MARKDOWN_FAMILIES,
  RMM_MARKUP_FAMILIES,
  RMM_PERFORMANCE_FAMILIES,
  RMM_PLANNING_FAMILIES,
  RMM_SPACE_FAMILIES,
  rmmMarkdownModel,
  rmmMarkupModel,
  rmmPerformanceModel,
  rmmPlanningModel,
  rmmSpaceModel,
} from '../models/rmm/rmm-models.js'
import {
  RTA_REVENUE_FAMILIES,
  RTA_STOCK_FAMILIES,
  RTA_STORE_FAMILIES,
  RTA_TAX_FAMILIES,
  RTA_TILL_FAMILIES,
  rtaRevenueModel,
  rtaStockModel,
  rtaStoreModel,
  rtaTaxModel,
  rtaTillModel,
} from '../models/rta/rta-models.js'
import {
  RWD_IMAGE_FAMILIES,
  RWD_LAYOUT_FAMILIES,
  RWD_MEDIA_FAMILIES,
  RWD_TARGET_FAMILIES,
  RWD_UNIT_FAMILIES,
  rwdImagesModel,
  rwdLayoutModel,
  rwdMediaModel,
  rwdTargetsModel,
  rwdUnitsModel,
} from '../models/rwd/rwd-models.js'
import {
  SALESFC_ACCURACY_FAMILIES,
  SALESFC_PIPELINE_FAMILIES,
  SALESFC_QUOTA_FAMILIES,
  SALESFC_SEASON_FAMILIES,
  SALESFC_SERIES_FAMILIES,
  salesfcAccuracyModel,
  salesfcPipelineModel,
  salesfcQuotaModel,
  salesfcSeasonModel,
  salesfcSeriesModel,
} from '../models/salesfc/salesfc-models.js'
import {
  SCI_CALIBRATION_FAMILIES,
  SCI_PRECISION_FAMILIES,
  SCI_REPLICATES_FAMILIES,
  SCI_UNCERTAINTY_FAMILIES,
  SCI_UNITS_FAMILIES,
  sciCalibrationModel,
  sciPrecisionModel,
  sciReplicatesModel,
  sciUncertaintyModel,
  sciUnitsModel,
} from '../models/sci/sci-models.js'
import { FORECAST_FAMILIES as SCM_FORECAST_FAMILIES } from '../models/scm/forecast-families.js'
import { FREIGHT_FAMILIES as SCM_FREIGHT_FAMILIES } from '../models/scm/freight-families.js'
import { INCOTERM_FAMILIES as SCM_INCOTERM_FAMILIES } from '../models/scm/incoterm-families.js'
import { METRIC_FAMILIES as SCM_METRIC_FAMILIES } from '../models/scm/metric-families.js'
import { POLICY_FAMILIES as SCM_POLICY_FAMILIES } from '../models/scm/policy-families.js'
import {
  SCM_OPERATION_FAMILIES,
  scmForecastModel,
  scmFreightModel,
  scmIncotermsModel,
  scmMetricsModel,
  scmOperationsModel,
  scmPolicyModel,
} from '../models/scm/scm-models.js'
import { INDEXING_FAMILIES } from '../models/seo/indexing-families.js'
import { ON_PAGE_FAMILIES } from '../models/seo/on-page-families.js'
import { ROBOTS_FAMILIES } from '../models/seo/robots-families.js'
import { SEARCH_CONSOLE_FAMILIES } from '../models/seo/search-console-families.js'
import {
  seoCrawlIndexModel,
  seoOnPageModel,
  seoSearchConsoleModel,
  seoStructuredDataModel,
} from '../models/seo/seo-models.js'
import { STRUCTURED_DATA_FAMILIES } from '../models/seo/structured-data-families.js'
import {
  SMM_COMMUNITY_FAMILIES,
  SMM_DISCLOSURE_FAMILIES,
  SMM_METRIC_FAMILIES,
  SMM_PAID_FAMILIES,
  SMM_PLANNING_FAMILIES,
  SMM_PLATFORM_FAMILIES,
  smmCommunityModel,
  smmDisclosureModel,
  smmMetricsModel,
  smmPaidModel,
  smmPlanningModel,
  smmPlatformModel,
} from '../models/smm/smm-models.js'
import {
  SOP_CAPACITY_FAMILIES,
  SOP_COMP_FAMILIES,
  SOP_CRM_FAMILIES,
  SOP_PIPELINE_FAMILIES,
  SOP_QUOTA_FAMILIES,
  sopCapacityModel,
  sopCompModel,
  sopCrmModel,
  sopPipelineModel,
  sopQuotaModel,
} from '../models/sop/sop-models.js'
import {
  SPANISH_AGREEMENT_FAMILIES,
  SPANISH_NUMBER_FAMILIES,
  SPANISH_ORTHOGRAPHY_FAMILIES,
  SPANISH_PRONOUN_FAMILIES,
  SPANISH_VERB_FAMILIES,
  spanishAgreementModel,
  spanishNumbersModel,
  spanishOrthographyModel,
  spanishPronounsModel,
  spanishVerbsModel,
} from '../models/spanish/spanish-models.js'
import {
  SQLQ_AGGREGATE_FAMILIES,
  SQLQ_FILTER_FAMILIES,
  SQLQ_JOIN_FAMILIES,
  SQLQ_SCHEMA_FAMILIES,
  SQLQ_WINDOW_FAMILIES,
  sqlqAggregateModel,
  sqlqFilterModel,
  sqlqJoinModel,
  sqlqSchemaModel,
  sqlqWindowModel,
} from '../models/sql-queries/sqlq-models.js'
import { DESCRIBE_FAMILIES } from '../models/statfund/describe-families.js'
import { DESIGN_FAMILIES as SF_DESIGN_FAMILIES } from '../models/statfund/design-families.js'
import { INTERVAL_FAMILIES } from '../models/statfund/interval-families.js'
import { PROBABILITY_FAMILIES } from '../models/statfund/probability-families.js'
import { REGRESSION_FAMILIES } from '../models/statfund/regression-families.js'
import {
  sfDescribeModel,
  sfDesignModel,
  sfIntervalsModel,
  sfProbabilityModel,
  sfRegressionModel,
  sfTestingModel,
} from '../models/statfund/statfund-models.js'
import { TESTING_FAMILIES as SF_TESTING_FAMILIES } from '../models/statfund/testing-families.js'
import {
  SAAS_BILLING_FAMILIES,
  SAAS_CHURN_FAMILIES,
  SAAS_FORECAST_FAMILIES,
  SAAS_MRR_FAMILIES,
  SAAS_UNIT_FAMILIES,
  saasBillingModel,
  saasChurnModel,
  saasForecastModel,
  saasMrrModel,
  saasUnitModel,
} from '../models/subscriptions/subscriptions-models.js'
import { QC_FAMILIES as SUB_QC_FAMILIES } from '../models/subtitling/qc-families.js'
import { SEGMENT_FAMILIES as SUB_SEGMENT_FAMILIES } from '../models/subtitling/segment-families.js'
import {
  SUB_FORMAT_FAMILIES,
  SUB_READING_FAMILIES,
  SUB_SDH_FAMILIES,
  SUB_TIMING_FAMILIES,
  subtitlingFormatsModel,
  subtitlingQcModel,
  subtitlingReadingModel,
  subtitlingSdhModel,
  subtitlingSegmentationModel,
  subtitlingTimingModel,
} from '../models/subtitling/subtitling-models.js'
import { KNOWLEDGE_PRIVACY_FAMILIES } from '../models/support/knowledge-privacy-families.js'
import { METRIC_FAMILIES } from '../models/support/metric-families.js'
import { POLICY_CASE_FAMILIES } from '../models/support/policy-case-families.js'
import {
  supportKnowledgePrivacyModel,
  supportMetricsModel,
  supportPolicyCasesModel,
  supportToneModel,
  supportTriageSlaModel,
} from '../models/support/support-desk-models.js'
import { TONE_FAMILIES } from '../models/support/tone-families.js'
import { TRIAGE_SLA_FAMILIES } from '../models/support/triage-sla-families.js'
import {
  TDL_CALENDAR_FAMILIES,
  TDL_DST_FAMILIES,
  TDL_NOTATION_FAMILIES,
  TDL_TIMESHEET_FAMILIES,
  TDL_ZONE_FAMILIES,
  tdlCalendarModel,
  tdlDstModel,
  tdlNotationModel,
  tdlTimesheetsModel,
  tdlZonesModel,
} from '../models/tdl/tdl-models.js'
import {
  TW_INTERFACE_FAMILIES,
  TW_PLAIN_FAMILIES,
  TW_PROCEDURE_FAMILIES,
  TW_REFERENCE_FAMILIES,
  TW_TOPIC_FAMILIES,
  twInterfaceModel,
  twPlainModel,
  twProceduresModel,
  twReferenceModel,
  twTopicsModel,
} from '../models/techwriting/tw-models.js'
import {
  TFS_ACCESS_FAMILIES,
  TFS_FONTS_FAMILIES,
  TFS_LAYOUT_FAMILIES,
  TFS_MEASURE_FAMILIES,
  TFS_SCALE_FAMILIES,
  tfsAccessModel,
  tfsFontsModel,
  tfsLayoutModel,
  tfsMeasureModel,
  tfsScaleModel,
} from '../models/tfs/tfs-models.js'
import { AR_CONVENTIONS_FAMILIES } from '../models/translation/arabic/ar-conventions-families.js'
import { AR_GRAMMAR_FAMILIES } from '../models/translation/arabic/ar-grammar-families.js'
import { AR_LEXIS_FAMILIES } from '../models/translation/arabic/ar-lexis-families.js'
import {
  arConventionsModel,
  arGrammarModel,
  arLexisModel,
  arRegisterModel,
} from '../models/translation/arabic/ar-models.js'
import { AR_REGISTER_FAMILIES } from '../models/translation/arabic/ar-register-families.js'
import { ZH_CONVENTIONS_FAMILIES } from '../models/translation/chinese/zh-conventions-families.js'
import { ZH_GRAMMAR_FAMILIES } from '../models/translation/chinese/zh-grammar-families.js'
import { ZH_LEXIS_FAMILIES } from '../models/translation/chinese/zh-lexis-families.js'
import {
  zhConventionsModel,
  zhGrammarModel,
  zhLexisModel,
  zhRegisterModel,
} from '../models/translation/chinese/zh-models.js'
import { ZH_REGISTER_FAMILIES } from '../models/translation/chinese/zh-register-families.js'
import { NL_CONVENTIONS_FAMILIES } from '../models/translation/dutch/nl-conventions-families.js'
import { NL_GRAMMAR_FAMILIES } from '../models/translation/dutch/nl-grammar-families.js'
import { NL_LEXIS_FAMILIES } from '../models/translation/dutch/nl-lexis-families.js'
import {
  nlConventionsModel,
  nlGrammarModel,
  nlLexisModel,
  nlRegisterModel,
} from '../models/translation/dutch/nl-models.js'
import { NL_REGISTER_FAMILIES } from '../models/translation/dutch/nl-register-families.js'
import { FR_CONVENTIONS_FAMILIES } from '../models/translation/french/fr-conventions-families.js'
import { FR_GRAMMAR_FAMILIES } from '../models/translation/french/fr-grammar-families.js'
import { FR_LEXIS_FAMILIES } from '../models/translation/french/fr-lexis-families.js'
import {
  frConventionsModel,
  frGrammarModel,
  frLexisModel,
  frRegisterModel,
} from '../models/translation/french/fr-models.js'
import { FR_REGISTER_FAMILIES } from '../models/translation/french/fr-register-families.js'
import { DE_CONVENTIONS_FAMILIES } from '../models/translation/german/de-conventions-families.js'
import { DE_GRAMMAR_FAMILIES } from '../models/translation/german/de-grammar-families.js'
import { DE_LEXIS_FAMILIES } from '../models/translation/german/de-lexis-families.js'
import {
  deConventionsModel,
  deGrammarModel,
  deLexisModel,
  deRegisterModel,
} from '../models/translation/german/de-models.js'
import { DE_REGISTER_FAMILIES } from '../models/translation/german/de-register-families.js'
import { IT_CONVENTIONS_FAMILIES } from '../models/translation/italian/it-conventions-families.js'
import { IT_GRAMMAR_FAMILIES } from '../models/translation/italian/it-grammar-families.js'
import { IT_LEXIS_FAMILIES } from '../models/translation/italian/it-lexis-families.js'
import {
  itConventionsModel,
  itGrammarModel,
  itLexisModel,
  itRegisterModel,
} from '../models/translation/italian/it-models.js'
import { IT_REGISTER_FAMILIES } from '../models/translation/italian/it-register-families.js'
import { JA_CONVENTIONS_FAMILIES } from '../models/translation/japanese/ja-conventions-families.js'
import { JA_GRAMMAR_FAMILIES } from '../models/translation/japanese/ja-grammar-families.js'
import { JA_LEXIS_FAMILIES } from '../models/translation/japanese/ja-lexis-families.js'
import {
  jaConventionsModel,
  jaGrammarModel,
  jaLexisModel,
  jaRegisterModel,
} from '../models/translation/japanese/ja-models.js'
import { JA_REGISTER_FAMILIES } from '../models/translation/japanese/ja-register-families.js'
import { PL_CONVENTIONS_FAMILIES } from '../models/translation/polish/pl-conventions-families.js'
import { PL_GRAMMAR_FAMILIES } from '../models/translation/polish/pl-grammar-families.js'
import { PL_LEXIS_FAMILIES } from '../models/translation/polish/pl-lexis-families.js'
import {
  plConventionsModel,
  plGrammarModel,
  plLexisModel,
  plRegisterModel,
} from '../models/translation/polish/pl-models.js'
import { PL_REGISTER_FAMILIES } from '../models/translation/polish/pl-register-families.js'
import { PT_CONVENTIONS_FAMILIES } from '../models/translation/portuguese/pt-conventions-families.js'
import { PT_GRAMMAR_FAMILIES } from '../models/translation/portuguese/pt-grammar-families.js'
import { PT_LEXIS_FAMILIES } from '../models/translation/portuguese/pt-lexis-families.js'
import {
  ptConventionsModel,
  ptGrammarModel,
  ptLexisModel,
  ptRegisterModel,
} from '../models/translation/portuguese/pt-models.js'
import { PT_REGISTER_FAMILIES } from '../models/translation/portuguese/pt-register-families.js'
import { RU_CONVENTIONS_FAMILIES } from '../models/translation/russian/ru-conventions-families.js'
import { RU_GRAMMAR_FAMILIES } from '../models/translation/russian/ru-grammar-families.js'
import { RU_LEXIS_FAMILIES } from '../models/translation/russian/ru-lexis-families.js'
import {
  ruConventionsModel,
  ruGrammarModel,
  ruLexisModel,
  ruRegisterModel,
} from '../models/translation/russian/ru-models.js'
import { RU_REGISTER_FAMILIES } from '../models/translation/russian/ru-register-families.js'
import { ES_CONVENTIONS_FAMILIES } from '../models/translation/spanish/es-conventions-families.js'
import { ES_GRAMMAR_FAMILIES } from '../models/translation/spanish/es-grammar-families.js'
import { ES_LEXIS_FAMILIES } from '../models/translation/spanish/es-lexis-families.js'
import {
  esConventionsModel,
  esGrammarModel,
  esLexisModel,
  esRegisterModel,
} from '../models/translation/spanish/es-models.js'
import { ES_REGISTER_FAMILIES } from '../models/translation/spanish/es-register-families.js'
import {
  TRAVEL_CARE_FAMILIES,
  TRAVEL_DOCUMENT_FAMILIES,
  TRAVEL_EXPENSE_FAMILIES,
  TRAVEL_FARE_FAMILIES,
  TRAVEL_HOTEL_FAMILIES,
  TRAVEL_ITINERARY_FAMILIES,
  travelCareModel,
  travelDocumentsModel,
  travelExpensesModel,
  travelFaresModel,
  travelHotelsModel,
  travelItineraryModel,
} from '../models/travel/travel-models.js'
import { ASSIGNABILITY_FAMILIES as TS_ASSIGNABILITY_FAMILIES } from '../models/ts-dev/assignability-families.js'
import { DATA_FAMILIES as TS_DATA_FAMILIES } from '../models/ts-dev/data-families.js'
import { GENERIC_FAMILIES as TS_GENERIC_FAMILIES } from '../models/ts-dev/generic-families.js'
import { NARROWING_FAMILIES as TS_NARROWING_FAMILIES } from '../models/ts-dev/narrowing-families.js'
import { STRICT_FLAG_FAMILIES as TS_STRICT_FLAG_FAMILIES } from '../models/ts-dev/strict-flag-families.js'
import {
  tsAssignabilityModel,
  tsDataModel,
  tsGenericsModel,
  tsNarrowingModel,
  tsStrictFlagsModel,
  tsTypeOperatorsModel,
} from '../models/ts-dev/ts-models.js'
import { TYPE_OPERATOR_FAMILIES as TS_TYPE_OPERATOR_FAMILIES } from '../models/ts-dev/type-operator-families.js'
import {
  TSY_CASH_FAMILIES,
  TSY_FUNDING_FAMILIES,
  TSY_FX_FAMILIES,
  TSY_MONEY_FAMILIES,
  TSY_RATE_FAMILIES,
  tsyCashModel,
  tsyFundingModel,
  tsyFxModel,
  tsyMoneyModel,
  tsyRateModel,
} from '../models/tsy/tsy-models.js'
import {
  TVM_ANNUITY_FAMILIES,
  TVM_LOAN_FAMILIES,
  TVM_LUMP_FAMILIES,
  TVM_NPV_FAMILIES,
  TVM_RATE_FAMILIES,
  tvmAnnuityModel,
  tvmLoanModel,
  tvmLumpModel,
  tvmNpvModel,
  tvmRateModel,
} from '../models/tvm/tvm-models.js'
import {
  TYPO_CSS_FAMILIES,
  TYPO_FACE_FAMILIES,
  TYPO_FEATURE_FAMILIES,
  TYPO_SCALE_FAMILIES,
  TYPO_WEB_FAMILIES,
  typoCssModel,
  typoFacesModel,
  typoFeaturesModel,
  typoScaleModel,
  typoWebModel,
} from '../models/typography/typo-models.js'
import {
  UKSA_INCOME_FAMILIES,
  UKSA_NIC_FAMILIES,
  UKSA_PAY_FAMILIES,
  UKSA_PROPERTY_FAMILIES,
  UKSA_TRADE_FAMILIES,
  uksaIncomeModel,
  uksaNicModel,
  uksaPayModel,
  uksaPropertyModel,
  uksaTradeModel,
} from '../models/uksa/uksa-models.js'
import {
  USTX_COMPUTATION_FAMILIES,
  USTX_CREDIT_FAMILIES,
  USTX_DEDUCTION_FAMILIES,
  USTX_INCOME_FAMILIES,
  USTX_STATUS_FAMILIES,
  ustxComputationModel,
  ustxCreditModel,
  ustxDeductionModel,
  ustxIncomeModel,
  ustxStatusModel,
} from '../models/ustx/ustx-models.js'
import {
  UXR_ETHICS_FAMILIES,
  UXR_METRICS_FAMILIES,
  UXR_PLANNING_FAMILIES,
  UXR_SURVEY_FAMILIES,
  UXR_SYNTHESIS_FAMILIES,
  uxrEthicsModel,
  uxrMetricsModel,
  uxrPlanningModel,
  uxrSurveyModel,
  uxrSynthesisModel,
} from '../models/uxr/uxr-models.js'
import {
  VATC_RATES_FAMILIES,
  VATC_RETURN_FAMILIES,
  VATC_SALES_TAX_FAMILIES,
  VATC_SCHEMES_FAMILIES,
  VATC_SUPPLY_FAMILIES,
  vatcRatesModel,
  vatcReturnModel,
  vatcSalesTaxModel,
  vatcSchemesModel,
  vatcSupplyModel,
} from '../models/vat-compliance/vat-models.js'
import {
  VCP_CONVERT_FAMILIES,
  VCP_FUND_FAMILIES,
  VCP_PROTECT_FAMILIES,
  VCP_ROUND_FAMILIES,
  VCP_WATERFALL_FAMILIES,
  vcpConvertModel,
  vcpFundModel,
  vcpProtectModel,
  vcpRoundModel,
  vcpWaterfallModel,
} from '../models/vcp/vcp-models.js'
import {
  VIDEO_AUDIO_FAMILIES,
  VIDEO_DELIVERY_FAMILIES,
  VIDEO_EDIT_FAMILIES,
  VIDEO_LOGISTICS_FAMILIES,
  VIDEO_TIMECODE_FAMILIES,
  videoAudioModel,
  videoDeliveryModel,
  videoEditModel,
  videoLogisticsModel,
  videoTimecodeModel,
} from '../models/video/video-models.js'
import type { FamilySource } from './family-review.js'

/** Each reviewed item model with the families it draws from, as their authors wrote them. */
const MODEL_SOURCES: readonly (readonly [ItemModel, readonly FamilySource[]])[] = [
  [recordingModel, RECORDING_FAMILIES],
  [adjustmentsModel, ADJUSTMENT_FAMILIES],
  [reconciliationModel, RECONCILIATION_FAMILIES],
  [salesTaxModel, SALES_TAX_FAMILIES],
  [reportsModel, REPORTS_FAMILIES],
  [sheetFormulasModel, FORMULA_FAMILIES],
  [sheetToolsModel, DATA_TOOL_FAMILIES],
  [documentsModel, DOCUMENT_FAMILIES],
  [presentationsModel, PRESENTATION_FAMILIES],
  [seoCrawlIndexModel, [...ROBOTS_FAMILIES, ...INDEXING_FAMILIES]],
  [seoOnPageModel, ON_PAGE_FAMILIES],
  [seoStructuredDataModel, STRUCTURED_DATA_FAMILIES],
  [seoSearchConsoleModel, SEARCH_CONSOLE_FAMILIES],
  [copyHeadlinesCtasModel, HEADLINE_CTA_FAMILIES],
  [copyClarityModel, CLARITY_FAMILIES],
  [copyAudienceModel, AUDIENCE_FAMILIES],
  [copyTestingModel, TESTING_FAMILIES],
  [copyClaimsModel, CLAIMS_FAMILIES],
  [uiTypographyModel, TYPOGRAPHY_FAMILIES],
  [uiLayoutModel, LAYOUT_FAMILIES],
  [uiColourAccessModel, COLOUR_ACCESS_FAMILIES],
  [uiFigmaModel, FIGMA_FAMILIES],
  [uiPatternsModel, PATTERN_FAMILIES],
  [esGrammarModel, ES_GRAMMAR_FAMILIES],
  [esLexisModel, ES_LEXIS_FAMILIES],
  [esRegisterModel, ES_REGISTER_FAMILIES],
  [esConventionsModel, ES_CONVENTIONS_FAMILIES],
  [deGrammarModel, DE_GRAMMAR_FAMILIES],
  [deLexisModel, DE_LEXIS_FAMILIES],
  [deRegisterModel, DE_REGISTER_FAMILIES],
  [deConventionsModel, DE_CONVENTIONS_FAMILIES],
  [frGrammarModel, FR_GRAMMAR_FAMILIES],
  [frLexisModel, FR_LEXIS_FAMILIES],
  [frRegisterModel, FR_REGISTER_FAMILIES],
  [frConventionsModel, FR_CONVENTIONS_FAMILIES],
  [itGrammarModel, IT_GRAMMAR_FAMILIES],
  [itLexisModel, IT_LEXIS_FAMILIES],
  [itRegisterModel, IT_REGISTER_FAMILIES],
  [itConventionsModel, IT_CONVENTIONS_FAMILIES],
  [ptGrammarModel, PT_GRAMMAR_FAMILIES],
  [ptLexisModel, PT_LEXIS_FAMILIES],
  [ptRegisterModel, PT_REGISTER_FAMILIES],
  [ptConventionsModel, PT_CONVENTIONS_FAMILIES],
  [nlGrammarModel, NL_GRAMMAR_FAMILIES],
  [nlLexisModel, NL_LEXIS_FAMILIES],
  [nlRegisterModel, NL_REGISTER_FAMILIES],
  [nlConventionsModel, NL_CONVENTIONS_FAMILIES],
  [plGrammarModel, PL_GRAMMAR_FAMILIES],
  [plLexisModel, PL_LEXIS_FAMILIES],
  [plRegisterModel, PL_REGISTER_FAMILIES],
  [plConventionsModel, PL_CONVENTIONS_FAMILIES],
  [ruGrammarModel, RU_GRAMMAR_FAMILIES],
  [ruLexisModel, RU_LEXIS_FAMILIES],
  [ruRegisterModel, RU_REGISTER_FAMILIES],
  [ruConventionsModel, RU_CONVENTIONS_FAMILIES],
  [jaGrammarModel, JA_GRAMMAR_FAMILIES],
  [jaLexisModel, JA_LEXIS_FAMILIES],
  [jaRegisterModel, JA_REGISTER_FAMILIES],
  [jaConventionsModel, JA_CONVENTIONS_FAMILIES],
  [zhGrammarModel, ZH_GRAMMAR_FAMILIES],
  [zhLexisModel, ZH_LEXIS_FAMILIES],
  [zhRegisterModel, ZH_REGISTER_FAMILIES],
  [zhConventionsModel, ZH_CONVENTIONS_FAMILIES],
  [arGrammarModel, AR_GRAMMAR_FAMILIES],
  [arLexisModel, AR_LEXIS_FAMILIES],
  [arRegisterModel, AR_REGISTER_FAMILIES],
  [arConventionsModel, AR_CONVENTIONS_FAMILIES],
  [supportPolicyCasesModel, POLICY_CASE_FAMILIES],
  [supportTriageSlaModel, TRIAGE_SLA_FAMILIES],
  [supportToneModel, TONE_FAMILIES],
  [supportKnowledgePrivacyModel, KNOWLEDGE_PRIVACY_FAMILIES],
  [supportMetricsModel, METRIC_FAMILIES],
  [legalLatePaymentModel, LATE_PAYMENT_FAMILIES],
  [legalGdprModel, GDPR_FAMILIES],
  [legalVatInvoicingModel, VAT_INVOICING_FAMILIES],
  [legalIpModel, IP_FAMILIES],
  [legalContractsModel, CONTRACT_FAMILIES],
  [gdprBasesModel, GDPR_BASES_FAMILIES],
  [gdprRightsModel, GDPR_RIGHTS_FAMILIES],
  [gdprRolesModel, GDPR_ROLES_FAMILIES],
  [gdprSecurityModel, GDPR_SECURITY_FAMILIES],
  [gdprTransfersModel, GDPR_TRANSFER_FAMILIES],
  [twProceduresModel, TW_PROCEDURE_FAMILIES],
  [twTopicsModel, TW_TOPIC_FAMILIES],
  [twPlainModel, TW_PLAIN_FAMILIES],
  [twInterfaceModel, TW_INTERFACE_FAMILIES],
  [twReferenceModel, TW_REFERENCE_FAMILIES],
  [rwdMediaModel, RWD_MEDIA_FAMILIES],
  [rwdUnitsModel, RWD_UNIT_FAMILIES],
  [rwdLayoutModel, RWD_LAYOUT_FAMILIES],
  [rwdImagesModel, RWD_IMAGE_FAMILIES],
  [rwdTargetsModel, RWD_TARGET_FAMILIES],
  [dockerDockerfileModel, DOCKER_DOCKERFILE_FAMILIES],
  [dockerBuildModel, DOCKER_BUILD_FAMILIES],
  [dockerRunModel, DOCKER_RUN_FAMILIES],
  [dockerNetworkModel, DOCKER_NETWORK_FAMILIES],
  [dockerComposeModel, DOCKER_COMPOSE_FAMILIES],
  [pjmScheduleModel, PJM_SCHEDULE_FAMILIES],
  [pjmCostModel, PJM_COST_FAMILIES],
  [pjmRiskModel, PJM_RISK_FAMILIES],
  [pjmGovernModel, PJM_GOVERN_FAMILIES],
  [pjmDealModel, PJM_DEAL_FAMILIES],
  [exaZonesModel, EXA_ZONE_FAMILIES],
  [exaTravelModel, EXA_TRAVEL_FAMILIES],
  [exaExpensesModel, EXA_EXPENSE_FAMILIES],
  [exaOfficeModel, EXA_OFFICE_FAMILIES],
  [exaAccessModel, EXA_ACCESS_FAMILIES],
  [gadsKeywordsModel, GADS_KEYWORD_FAMILIES],
  [gadsAdsModel, GADS_ADS_FAMILIES],
  [gadsBiddingModel, GADS_BIDDING_FAMILIES],
  [gadsMetricsModel, GADS_METRIC_FAMILIES],
  [gadsMeasureModel, GADS_MEASURE_FAMILIES],
  [sqlqFilterModel, SQLQ_FILTER_FAMILIES],
  [sqlqJoinModel, SQLQ_JOIN_FAMILIES],
  [sqlqAggregateModel, SQLQ_AGGREGATE_FAMILIES],
  [sqlqWindowModel, SQLQ_WINDOW_FAMILIES],
  [sqlqSchemaModel, SQLQ_SCHEMA_FAMILIES],
  [gaEventsModel, [...GA_EVENT_FAMILIES, ...GA_SETUP_FAMILIES]],
  [gaMetricsModel, [...GA_METRIC_FAMILIES, ...GA_SESSION_FAMILIES]],
  [gaAcquisitionModel, [...GA_CHANNEL_FAMILIES, ...GA_TAGGING_FAMILIES]],
  [gaAttributionModel, [...GA_ATTRIBUTION_FAMILIES, ...GA_EXPLORATION_FAMILIES]],
  [gaDataModel, [...GA_PRIVACY_FAMILIES, ...GA_BIGQUERY_FAMILIES]],
  [apCaptureModel, AP_CAPTURE_FAMILIES],
  [apMatchingModel, AP_MATCHING_FAMILIES],
  [apPaymentsModel, AP_PAYMENT_FAMILIES],
  [apControlsModel, AP_CONTROL_FAMILIES],
  [apCloseModel, AP_CLOSE_FAMILIES],
  [apReconcileModel, AP_RECONCILE_FAMILIES],
  [agreementModel, AGREEMENT_FAMILIES],
  [wordUsageModel, USAGE_FAMILIES],
  [punctuationModel, PUNCTUATION_FAMILIES],
  [concisionRegisterModel, CONCISION_FAMILIES],
  [gitRecordingModel, GIT_RECORDING_FAMILIES],
  [gitBranchingModel, GIT_BRANCHING_FAMILIES],
  [gitRemotesModel, GIT_REMOTE_FAMILIES],
  [gitRecoveryModel, GIT_RECOVERY_FAMILIES],
  [javaCoreModel, JAVA_CORE_FAMILIES],
  [javaExceptionsModel, JAVA_EXCEPTION_FAMILIES],
  [javaStreamsModel, JAVA_STREAM_FAMILIES],
  [javaConcurrencyModel, JAVA_CONCURRENCY_FAMILIES],
  [javaTestingBuildModel, [...JAVA_TESTING_FAMILIES, ...MAVEN_FAMILIES]],
  [htmlcssCascadeModel, CASCADE_FAMILIES],
  [htmlcssBoxModel, BOX_FAMILIES],
  [htmlcssLayoutModel, HTMLCSS_LAYOUT_FAMILIES],
  [htmlcssResponsiveModel, RESPONSIVE_FAMILIES],
  [htmlcssMarkupModel, MARKUP_FAMILIES],
  [androidLifecycleModel, ANDROID_LIFECYCLE_FAMILIES],
  [androidComposeModel, ANDROID_COMPOSE_FAMILIES],
  [androidPermissionsModel, ANDROID_PERMISSION_FAMILIES],
  [androidBackgroundDataModel, ANDROID_BACKGROUND_DATA_FAMILIES],
  [androidKotlinModel, ANDROID_KOTLIN_FAMILIES],
  [androidReleaseModel, ANDROID_RELEASE_FAMILIES],
  [agileScrumTeamModel, AGILE_TEAM_FAMILIES],
  [agileEventsModel, AGILE_EVENT_FAMILIES],
  [agileArtifactsModel, AGILE_ARTIFACT_FAMILIES],
  [agileManifestoModel, AGILE_MANIFESTO_FAMILIES],
  [agileMetricsModel, [...AGILE_FORECAST_FAMILIES, ...AGILE_FLOW_FAMILIES]],
  [linuxFilesModel, LINUX_FILES_FAMILIES],
  [linuxTextModel, LINUX_TEXT_FAMILIES],
  [linuxShellModel, LINUX_SHELL_FAMILIES],
  [linuxFindArchivesModel, LINUX_FIND_FAMILIES],
  [linuxProcessesModel, LINUX_PROCESS_FAMILIES],
  ...PG_MODEL_FAMILIES,
  [emailComplianceModel, COMPLIANCE_FAMILIES],
  [emailAuthenticationModel, AUTHENTICATION_FAMILIES],
  [emailDeliverabilityModel, DELIVERABILITY_FAMILIES],
  [emailMetricsModel, METRICS_FAMILIES],
  [emailTestingAutomationModel, TESTING_AUTOMATION_FAMILIES],
  [calZonesModel, ZONE_FAMILIES],
  [calSlotsModel, SLOT_FAMILIES],
  [calRecurrenceModel, [...RECURRENCE_FAMILIES, ...INVITE_FAMILIES]],
  [calTravelModel, TRAVEL_FAMILIES],
  [calDatesModel, DATE_FAMILIES],
  [sfDescribeModel, DESCRIBE_FAMILIES],
  [sfProbabilityModel, PROBABILITY_FAMILIES],
  [sfIntervalsModel, INTERVAL_FAMILIES],
  [sfTestingModel, SF_TESTING_FAMILIES],
  [sfRegressionModel, REGRESSION_FAMILIES],
  [sfDesignModel, SF_DESIGN_FAMILIES],
  [dataEntryFormatsModel, DE_FORMAT_FAMILIES],
  [dataEntryValidationModel, DE_VALIDATION_FAMILIES],
  [dataEntryMatchingModel, DE_MATCHING_FAMILIES],
  [dataEntryReconcileModel, DE_RECONCILE_FAMILIES],
  [dataEntryHygieneModel, DE_HYGIENE_FAMILIES],
  [billDocumentsModel, BILL_DOCUMENT_FAMILIES],
  [billLinesModel, BILL_LINE_FAMILIES],
  [billPaymentsModel, BILL_PAYMENT_FAMILIES],
  [billRecurringModel, BILL_RECURRING_FAMILIES],
  [billReceivablesModel, BILL_RECEIVABLES_FAMILIES],
  [billReconcileModel, BILL_RECONCILE_FAMILIES],
  [croMetricsModel, CRO_METRICS_FAMILIES],
  [croResearchModel, CRO_RESEARCH_FAMILIES],
  [croPrioritiseModel, CRO_PRIORITISE_FAMILIES],
  [croDesignModel, CRO_DESIGN_FAMILIES],
  [croAnalysisModel, CRO_ANALYSIS_FAMILIES],
  [croUxModel, CRO_UX_FAMILIES],
  [fmStructureModel, FM_STRUCTURE_FAMILIES],
  [fmTimeValueModel, FM_TIME_VALUE_FAMILIES],
  [fmStatementsModel, FM_STATEMENT_FAMILIES],
  [fmValuationModel, FM_VALUATION_FAMILIES],
  [fmScenariosModel, FM_SCENARIO_FAMILIES],
  [scmPolicyModel, SCM_POLICY_FAMILIES],
  [scmMetricsModel, SCM_METRIC_FAMILIES],
  [scmForecastModel, SCM_FORECAST_FAMILIES],
  [scmIncotermsModel, SCM_INCOTERM_FAMILIES],
  [scmFreightModel, SCM_FREIGHT_FAMILIES],
  [scmOperationsModel, SCM_OPERATION_FAMILIES],
  [subtitlingTimingModel, SUB_TIMING_FAMILIES],
  [subtitlingReadingModel, SUB_READING_FAMILIES],
  [subtitlingSegmentationModel, SUB_SEGMENT_FAMILIES],
  [subtitlingFormatsModel, SUB_FORMAT_FAMILIES],
  [subtitlingSdhModel, SUB_SDH_FAMILIES],
  [subtitlingQcModel, SUB_QC_FAMILIES],
  [lssDefineModel, LSS_DEFINE_FAMILIES],
  [lssMeasureModel, LSS_MEASURE_FAMILIES],
  [lssSpcModel, LSS_SPC_FAMILIES],
  [lssAnalyzeModel, LSS_ANALYZE_FAMILIES],
  [lssLeanModel, LSS_LEAN_FAMILIES],
  [lssControlModel, LSS_CONTROL_FAMILIES],
  [mresDesignModel, MRES_DESIGN_FAMILIES],
  [mresQuestionnaireModel, MRES_QUESTIONNAIRE_FAMILIES],
  [mresSamplingModel, MRES_SAMPLING_FAMILIES],
  [mresAnalysisModel, MRES_ANALYSIS_FAMILIES],
  [mresSizingModel, MRES_SIZING_FAMILIES],
  [mresEthicsModel, MRES_ETHICS_FAMILIES],
  [figmaLayoutModel, FIGMA_LAYOUT_FAMILIES],
  [figmaConstraintsModel, FIGMA_CONSTRAINT_FAMILIES],
  [figmaComponentsModel, FIGMA_COMPONENT_FAMILIES],
  [figmaVariablesModel, FIGMA_VARIABLE_FAMILIES],
  [figmaExportModel, FIGMA_EXPORT_FAMILIES],
  [figmaPrototypeModel, FIGMA_PROTOTYPE_FAMILIES],
  [psSizeModel, PS_SIZE_FAMILIES],
  [psBlendModel, PS_BLEND_FAMILIES],
  [psLayerModel, PS_LAYER_FAMILIES],
  [psColourModel, PS_COLOUR_FAMILIES],
  [psExportModel, PS_EXPORT_FAMILIES],
  [wordStylesModel, WORD_STYLE_FAMILIES],
  [wordLayoutModel, WORD_LAYOUT_FAMILIES],
  [wordFieldsModel, WORD_FIELD_FAMILIES],
  [wordMergeModel, WORD_MERGE_FAMILIES],
  [wordReviewModel, WORD_REVIEW_FAMILIES],
  [wordReferencesModel, WORD_REFERENCE_FAMILIES],
  [baRequirementsModel, BA_REQUIREMENT_FAMILIES],
  [baDecisionsModel, BA_DECISION_FAMILIES],
  [baProcessModel, BA_PROCESS_FAMILIES],
  [baDataModel, BA_DATA_FAMILIES],
  [baPriorityModel, BA_PRIORITY_FAMILIES],
  [baValueModel, BA_VALUE_FAMILIES],
  [baTechniquesModel, BA_TECHNIQUE_FAMILIES],
  [typoScaleModel, TYPO_SCALE_FAMILIES],
  [typoCssModel, TYPO_CSS_FAMILIES],
  [typoFacesModel, TYPO_FACE_FAMILIES],
  [typoFeaturesModel, TYPO_FEATURE_FAMILIES],
  [typoWebModel, TYPO_WEB_FAMILIES],
  [copyeditStyleModel, COPYEDIT_STYLE_FAMILIES],
  [copyeditChecksModel, COPYEDIT_CHECK_FAMILIES],
  [copyeditNumberingModel, COPYEDIT_NUMBERING_FAMILIES],
  [copyeditCitationsModel, CITATION_FAMILIES],
  [copyeditQueriesModel, BRIEF_FAMILIES],
  [copyeditLanguageModel, COPYEDIT_LANGUAGE_FAMILIES],
  [smmPlanningModel, SMM_PLANNING_FAMILIES],
  [smmMetricsModel, SMM_METRIC_FAMILIES],
  [smmPaidModel, SMM_PAID_FAMILIES],
  [smmCommunityModel, SMM_COMMUNITY_FAMILIES],
  [smmPlatformModel, SMM_PLATFORM_FAMILIES],
  [smmDisclosureModel, SMM_DISCLOSURE_FAMILIES],
  [fsaLiquidityModel, FSA_LIQUIDITY_FAMILIES],
  [fsaProfitabilityModel, FSA_PROFITABILITY_FAMILIES],
  [fsaEfficiencyModel, FSA_EFFICIENCY_FAMILIES],
  [fsaTrendModel, FSA_TREND_FAMILIES],
  [fsaCashFlowModel, FSA_CASH_FLOW_FAMILIES],
  [fsaQualityModel, FSA_QUALITY_FAMILIES],
  [travelItineraryModel, TRAVEL_ITINERARY_FAMILIES],
  [travelFaresModel, TRAVEL_FARE_FAMILIES],
  [travelExpensesModel, TRAVEL_EXPENSE_FAMILIES],
  [travelHotelsModel, TRAVEL_HOTEL_FAMILIES],
  [travelDocumentsModel, TRAVEL_DOCUMENT_FAMILIES],
  [travelCareModel, TRAVEL_CARE_FAMILIES],
  [payrollGrossModel, PAYROLL_GROSS_FAMILIES],
  [payrollDeductionsModel, PAYROLL_DEDUCTION_FAMILIES],
  [payrollEmployeeTaxModel, PAYROLL_EMPLOYEE_TAX_FAMILIES],
  [payrollEmployerTaxModel, PAYROLL_EMPLOYER_TAX_FAMILIES],
  [payrollJournalModel, PAYROLL_JOURNAL_FAMILIES],
  [payrollComplianceModel, PAYROLL_COMPLIANCE_FAMILIES],
  [tvmLumpModel, TVM_LUMP_FAMILIES],
  [tvmRateModel, TVM_RATE_FAMILIES],
  [tvmAnnuityModel, TVM_ANNUITY_FAMILIES],
  [tvmLoanModel, TVM_LOAN_FAMILIES],
  [tvmNpvModel, TVM_NPV_FAMILIES],
  [k8sResourceModel, K8S_RESOURCE_FAMILIES],
  [k8sDeployModel, K8S_DEPLOY_FAMILIES],
  [k8sNetworkModel, K8S_NETWORK_FAMILIES],
  [k8sConfigModel, K8S_CONFIG_FAMILIES],
  [k8sScalingModel, K8S_SCALING_FAMILIES],
  [b2bProspectingModel, B2B_PROSPECTING_FAMILIES],
  [b2bQualificationModel, B2B_QUALIFICATION_FAMILIES],
  [b2bPipelineModel, B2B_PIPELINE_FAMILIES],
  [b2bPricingModel, B2B_PRICING_FAMILIES],
  [b2bNegotiationModel, B2B_NEGOTIATION_FAMILIES],
  [spanishVerbsModel, SPANISH_VERB_FAMILIES],
  [spanishAgreementModel, SPANISH_AGREEMENT_FAMILIES],
  [spanishOrthographyModel, SPANISH_ORTHOGRAPHY_FAMILIES],
  [spanishPronounsModel, SPANISH_PRONOUN_FAMILIES],
  [spanishNumbersModel, SPANISH_NUMBER_FAMILIES],
  [frenchVerbsModel, FRENCH_VERB_FAMILIES],
  [frenchAgreementModel, FRENCH_AGREEMENT_FAMILIES],
  [frenchPronounsModel, FRENCH_PRONOUN_FAMILIES],
  [frenchOrthographyModel, FRENCH_ORTHOGRAPHY_FAMILIES],
  [frenchNumbersModel, FRENCH_NUMBER_FAMILIES],
  [germanCaseModel, GERMAN_CASE_FAMILIES],
  [germanVerbModel, GERMAN_VERB_FAMILIES],
  [germanOrderModel, GERMAN_ORDER_FAMILIES],
  [germanPrepositionModel, GERMAN_PREPOSITION_FAMILIES],
  [germanSpellingModel, GERMAN_SPELLING_FAMILIES],
  [arTermsModel, AR_TERMS_FAMILIES],
  [arCashModel, AR_CASH_FAMILIES],
  [arAgeingModel, AR_AGEING_FAMILIES],
  [arAllowanceModel, AR_ALLOWANCE_FAMILIES],
  [arCollectionsModel, AR_COLLECTIONS_FAMILIES],
  [proSourcingModel, PRO_SOURCING_FAMILIES],
  [proOrdersModel, PRO_ORDER_FAMILIES],
  [proContractsModel, PRO_CONTRACT_FAMILIES],
  [proCostModel, PRO_COST_FAMILIES],
  [proSavingsModel, PRO_SAVINGS_FAMILIES],
  [faCostModel, FA_COST_FAMILIES],
  [faDepreciationModel, FA_DEPRECIATION_FAMILIES],
  [faDisposalModel, FA_DISPOSAL_FAMILIES],
  [faImpairmentModel, FA_IMPAIRMENT_FAMILIES],
  [faTaxModel, FA_TAX_FAMILIES],
  [saasMrrModel, SAAS_MRR_FAMILIES],
  [saasChurnModel, SAAS_CHURN_FAMILIES],
  [saasUnitModel, SAAS_UNIT_FAMILIES],
  [saasBillingModel, SAAS_BILLING_FAMILIES],
  [saasForecastModel, SAAS_FORECAST_FAMILIES],
  [uxrPlanningModel, UXR_PLANNING_FAMILIES],
  [uxrMetricsModel, UXR_METRICS_FAMILIES],
  [uxrSurveyModel, UXR_SURVEY_FAMILIES],
  [uxrSynthesisModel, UXR_SYNTHESIS_FAMILIES],
  [uxrEthicsModel, UXR_ETHICS_FAMILIES],
  [expensePolicyModel, EXPENSE_POLICY_FAMILIES],
  [expenseMileageModel, EXPENSE_MILEAGE_FAMILIES],
  [expenseCurrencyModel, EXPENSE_CURRENCY_FAMILIES],
  [expenseReconcileModel, EXPENSE_RECONCILE_FAMILIES],
  [expenseApprovalModel, EXPENSE_APPROVAL_FAMILIES],
  [evpVenueModel, EVP_VENUE_FAMILIES],
  [evpCateringModel, EVP_CATERING_FAMILIES],
  [evpRoomsModel, EVP_ROOMS_FAMILIES],
  [evpBudgetModel, EVP_BUDGET_FAMILIES],
  [evpScheduleModel, EVP_SCHEDULE_FAMILIES],
  [vatcReturnModel, VATC_RETURN_FAMILIES],
  [vatcRatesModel, VATC_RATES_FAMILIES],
  [vatcSchemesModel, VATC_SCHEMES_FAMILIES],
  [vatcSalesTaxModel, VATC_SALES_TAX_FAMILIES],
  [vatcSupplyModel, VATC_SUPPLY_FAMILIES],
  [cvpBreakEvenModel, CVP_BREAKEVEN_FAMILIES],
  [cvpLeverageModel, CVP_LEVERAGE_FAMILIES],
  [cvpMixModel, CVP_MIX_FAMILIES],
  [cvpCostModel, CVP_COST_FAMILIES],
  [cvpDecisionModel, CVP_DECISION_FAMILIES],
  [cestConcreteModel, CEST_CONCRETE_FAMILIES],
  [cestFramingModel, CEST_FRAMING_FAMILIES],
  [cestFinishModel, CEST_FINISH_FAMILIES],
  [cestPricingModel, CEST_PRICING_FAMILIES],
  [cestBidModel, CEST_BID_FAMILIES],
  [printSetupModel, PRINT_SETUP_FAMILIES],
  [printImposeModel, PRINT_IMPOSE_FAMILIES],
  [printPaperModel, PRINT_PAPER_FAMILIES],
  [printColourModel, PRINT_COLOUR_FAMILIES],
  [printQuoteModel, PRINT_QUOTE_FAMILIES],
  [pricingCostModel, PRICING_COST_FAMILIES],
  [pricingElasticityModel, PRICING_ELASTICITY_FAMILIES],
  [pricingTierModel, PRICING_TIER_FAMILIES],
  [pricingPromoModel, PRICING_PROMO_FAMILIES],
  [pricingValueModel, PRICING_VALUE_FAMILIES],
  [eguLengthModel, EGU_LENGTH_FAMILIES],
  [eguForceModel, EGU_FORCE_FAMILIES],
  [eguEnergyModel, EGU_ENERGY_FAMILIES],
  [eguFlowModel, EGU_FLOW_FAMILIES],
  [eguChecksModel, EGU_CHECKS_FAMILIES],
  [cuaBehaviourModel, CUA_BEHAVIOUR_FAMILIES],
  [cuaRetentionModel, CUA_RETENTION_FAMILIES],
  [cuaValueModel, CUA_VALUE_FAMILIES],
  [cuaSegmentsModel, CUA_SEGMENT_FAMILIES],
  [cuaCampaignsModel, CUA_CAMPAIGN_FAMILIES],
  [oprTotalsModel, OPR_TOTALS_FAMILIES],
  [oprDispatchModel, OPR_DISPATCH_FAMILIES],
  [oprStockModel, OPR_STOCK_FAMILIES],
  [oprRefundsModel, OPR_REFUNDS_FAMILIES],
  [oprRecordsModel, OPR_RECORDS_FAMILIES],
  [rmmMarkupModel, RMM_MARKUP_FAMILIES],
  [rmmMarkdownModel, RMM_MARKDOWN_FAMILIES],
  [rmmPlanningModel, RMM_PLANNING_FAMILIES],
  [rmmPerformanceModel, RMM_PERFORMANCE_FAMILIES],
  [rmmSpaceModel, RMM_SPACE_FAMILIES],
  [lgcWeightModel, LGC_WEIGHT_FAMILIES],
  [lgcLoadModel, LGC_LOAD_FAMILIES],
  [lgcCostModel, LGC_COST_FAMILIES],
  [lgcLandedModel, LGC_LANDED_FAMILIES],
  [lgcServiceModel, LGC_SERVICE_FAMILIES],
  [lmaPaymentModel, LMA_PAYMENT_FAMILIES],
  [lmaRateModel, LMA_RATE_FAMILIES],
  [lmaStructureModel, LMA_STRUCTURE_FAMILIES],
  [lmaRefinanceModel, LMA_REFINANCE_FAMILIES],
  [lmaRatioModel, LMA_RATIO_FAMILIES],
  [tdlZonesModel, TDL_ZONE_FAMILIES],
  [tdlDstModel, TDL_DST_FAMILIES],
  [tdlCalendarModel, TDL_CALENDAR_FAMILIES],
  [tdlNotationModel, TDL_NOTATION_FAMILIES],
  [tdlTimesheetsModel, TDL_TIMESHEET_FAMILIES],
  [sopCompModel, SOP_COMP_FAMILIES],
  [sopQuotaModel, SOP_QUOTA_FAMILIES],
  [sopCapacityModel, SOP_CAPACITY_FAMILIES],
  [sopPipelineModel, SOP_PIPELINE_FAMILIES],
  [sopCrmModel, SOP_CRM_FAMILIES],
  [cacOverheadsModel, CAC_OVERHEAD_FAMILIES],
  [cacJobsModel, CAC_JOB_FAMILIES],
  [cacProcessModel, CAC_PROCESS_FAMILIES],
  [cacInventoryModel, CAC_INVENTORY_FAMILIES],
  [cacVariancesModel, CAC_VARIANCE_FAMILIES],
  [nsysBasesModel, NSYS_BASES_FAMILIES],
  [nsysSignedModel, NSYS_SIGNED_FAMILIES],
  [nsysBitsModel, NSYS_BITS_FAMILIES],
  [nsysBytesModel, NSYS_BYTES_FAMILIES],
  [nsysFloatModel, NSYS_FLOAT_FAMILIES],
  [dcolNotationModel, DCOL_NOTATION_FAMILIES],
  [dcolContrastModel, DCOL_CONTRAST_FAMILIES],
  [dcolSpaceModel, DCOL_SPACE_FAMILIES],
  [dcolSchemeModel, DCOL_SCHEME_FAMILIES],
  [dcolHandoffModel, DCOL_HANDOFF_FAMILIES],
  [clbFormationModel, CLB_FORMATION_FAMILIES],
  [clbConsiderationModel, CLB_CONSIDERATION_FAMILIES],
  [clbTermsModel, CLB_TERMS_FAMILIES],
  [clbRemediesModel, CLB_REMEDIES_FAMILIES],
  [clbDischargeModel, CLB_DISCHARGE_FAMILIES],
  [creditLiquidityModel, CREDIT_LIQUIDITY_FAMILIES],
  [creditLeverageModel, CREDIT_LEVERAGE_FAMILIES],
  [creditCashflowModel, CREDIT_CASHFLOW_FAMILIES],
  [creditStructuringModel, CREDIT_STRUCTURING_FAMILIES],
  [creditRiskModel, CREDIT_RISK_FAMILIES],
  [ip4MaskModel, IP4_MASK_FAMILIES],
  [ip4DesignModel, IP4_DESIGN_FAMILIES],
  [ip4RouteModel, IP4_ROUTE_FAMILIES],
  [ip4SpecialModel, IP4_SPECIAL_FAMILIES],
  [ip4TroubleModel, IP4_TROUBLE_FAMILIES],
  [ivaTvmModel, IVA_TVM_FAMILIES],
  [ivaNpvModel, IVA_NPV_FAMILIES],
  [ivaIrrModel, IVA_IRR_FAMILIES],
  [ivaCapitalModel, IVA_CAPITAL_FAMILIES],
  [ivaRiskModel, IVA_RISK_FAMILIES],
  [budgetOperatingModel, BUDGET_OPERATING_FAMILIES],
  [budgetCashModel, BUDGET_CASH_FAMILIES],
  [budgetVarianceModel, BUDGET_VARIANCE_FAMILIES],
  [budgetForecastModel, BUDGET_FORECAST_FAMILIES],
  [budgetReviewModel, BUDGET_REVIEW_FAMILIES],
  [videoTimecodeModel, VIDEO_TIMECODE_FAMILIES],
  [videoEditModel, VIDEO_EDIT_FAMILIES],
  [videoDeliveryModel, VIDEO_DELIVERY_FAMILIES],
  [videoAudioModel, VIDEO_AUDIO_FAMILIES],
  [videoLogisticsModel, VIDEO_LOGISTICS_FAMILIES],
  [abtestDesignModel, ABTEST_DESIGN_FAMILIES],
  [abtestSignificanceModel, ABTEST_SIGNIFICANCE_FAMILIES],
  [abtestPitfallModel, ABTEST_PITFALL_FAMILIES],
  [abtestMetricModel, ABTEST_METRIC_FAMILIES],
  [abtestBayesModel, ABTEST_BAYES_FAMILIES],
  [ohsRiskModel, OHS_RISK_FAMILIES],
  [ohsStatsModel, OHS_STATS_FAMILIES],
  [ohsExposureModel, OHS_EXPOSURE_FAMILIES],
  [ohsFireModel, OHS_FIRE_FAMILIES],
  [ohsEquipmentModel, OHS_EQUIPMENT_FAMILIES],
  [salesfcPipelineModel, SALESFC_PIPELINE_FAMILIES],
  [salesfcSeriesModel, SALESFC_SERIES_FAMILIES],
  [salesfcSeasonModel, SALESFC_SEASON_FAMILIES],
  [salesfcAccuracyModel, SALESFC_ACCURACY_FAMILIES],
  [salesfcQuotaModel, SALESFC_QUOTA_FAMILIES],
  [pptGeometryModel, PPT_GEOMETRY_FAMILIES],
  [pptAnimationModel, PPT_ANIMATION_FAMILIES],
  [pptShowModel, PPT_SHOW_FAMILIES],
  [pptMasterModel, PPT_MASTER_FAMILIES],
  [pptOutputModel, PPT_OUTPUT_FAMILIES],
  [i18nNumberModel, I18N_NUMBER_FAMILIES],
  [i18nPluralModel, I18N_PLURAL_FAMILIES],
  [i18nTextModel, I18N_TEXT_FAMILIES],
  [i18nTimeModel, I18N_TIME_FAMILIES],
  [i18nLocaleModel, I18N_LOCALE_FAMILIES],
  [djuRatesModel, DJU_RATES_FAMILIES],
  [djuMoneyModel, DJU_MONEY_FAMILIES],
  [djuSummariesModel, DJU_SUMMARY_FAMILIES],
  [djuPollsModel, DJU_POLL_FAMILIES],
  [djuChecksModel, DJU_CHECK_FAMILIES],
  [afmTrackingModel, AFM_TRACKING_FAMILIES],
  [afmCommissionModel, AFM_COMMISSION_FAMILIES],
  [afmPerformanceModel, AFM_PERFORMANCE_FAMILIES],
  [afmPayoutsModel, AFM_PAYOUT_FAMILIES],
  [afmPartnersModel, AFM_PARTNER_FAMILIES],
  [pfpCashflowModel, PFP_CASHFLOW_FAMILIES],
  [pfpDebtModel, PFP_DEBT_FAMILIES],
  [pfpInvestModel, PFP_INVEST_FAMILIES],
  [pfpGoalsModel, PFP_GOALS_FAMILIES],
  [pfpTaxModel, PFP_TAX_FAMILIES],
  [bmaPercentModel, BMA_PERCENT_FAMILIES],
  [bmaPricingModel, BMA_PRICING_FAMILIES],
  [bmaInterestModel, BMA_INTEREST_FAMILIES],
  [bmaPayrollSalesModel, BMA_PAYROLL_SALES_FAMILIES],
  [bmaRatiosModel, BMA_RATIOS_FAMILIES],
  [cfiCapitalModel, CFI_CAPITAL_FAMILIES],
  [cfiAppraisalModel, CFI_APPRAISAL_FAMILIES],
  [cfiValuationModel, CFI_VALUATION_FAMILIES],
  [cfiStructureModel, CFI_STRUCTURE_FAMILIES],
  [cfiWorkingModel, CFI_WORKING_FAMILIES],
  [refMortgagesModel, REF_MORTGAGE_FAMILIES],
  [refIncomeModel, REF_INCOME_FAMILIES],
  [refReturnsModel, REF_RETURN_FAMILIES],
  [refDevelopmentModel, REF_DEVELOPMENT_FAMILIES],
  [refLeasesModel, REF_LEASE_FAMILIES],
  [tfsScaleModel, TFS_SCALE_FAMILIES],
  [tfsMeasureModel, TFS_MEASURE_FAMILIES],
  [tfsAccessModel, TFS_ACCESS_FAMILIES],
  [tfsFontsModel, TFS_FONTS_FAMILIES],
  [tfsLayoutModel, TFS_LAYOUT_FAMILIES],
  [pflBudgetModel, PFL_BUDGET_FAMILIES],
  [pflCreditModel, PFL_CREDIT_FAMILIES],
  [pflSavingModel, PFL_SAVING_FAMILIES],
  [pflInsuranceModel, PFL_INSURANCE_FAMILIES],
  [pflTaxModel, PFL_TAX_FAMILIES],
  [osaCatalogueModel, OSA_CATALOGUE_FAMILIES],
  [osaInventoryModel, OSA_INVENTORY_FAMILIES],
  [osaOrdersModel, OSA_ORDERS_FAMILIES],
  [osaRefundsModel, OSA_REFUNDS_FAMILIES],
  [osaReportingModel, OSA_REPORTING_FAMILIES],
  [sciUnitsModel, SCI_UNITS_FAMILIES],
  [sciPrecisionModel, SCI_PRECISION_FAMILIES],
  [sciUncertaintyModel, SCI_UNCERTAINTY_FAMILIES],
  [sciReplicatesModel, SCI_REPLICATES_FAMILIES],
  [sciCalibrationModel, SCI_CALIBRATION_FAMILIES],
  [mgaCvpModel, MGA_CVP_FAMILIES],
  [mgaCostingModel, MGA_COSTING_FAMILIES],
  [mgaBudgetingModel, MGA_BUDGETING_FAMILIES],
  [mgaVariancesModel, MGA_VARIANCES_FAMILIES],
  [mgaDecisionsModel, MGA_DECISIONS_FAMILIES],
  [mksDescribeModel, MKS_DESCRIBE_FAMILIES],
  [mksTestsModel, MKS_TESTS_FAMILIES],
  [mksSurveysModel, MKS_SURVEYS_FAMILIES],
  [mksRegressionModel, MKS_REGRESSION_FAMILIES],
  [mksForecastModel, MKS_FORECAST_FAMILIES],
  [hrmMetricModel, HRM_METRIC_FAMILIES],
  [hrmLeaveModel, HRM_LEAVE_FAMILIES],
  [hrmRecruitModel, HRM_RECRUIT_FAMILIES],
  [hrmCompModel, HRM_COMP_FAMILIES],
  [hrmRelationsModel, HRM_RELATIONS_FAMILIES],
  [xlLookupsModel, XL_LOOKUP_FAMILIES],
  [xlConditionalModel, XL_AGGREGATE_FAMILIES],
  [xlTextDatesModel, XL_TEXT_DATE_FAMILIES],
  [xlFormatsModel, XL_FORMAT_FAMILIES],
  [xlTablesModel, XL_TABLE_FAMILIES],
  [gsArraysModel, GS_ARRAY_FAMILIES],
  [gsLookupsModel, GS_LOOKUP_FAMILIES],
  [gsCleanModel, GS_CLEAN_FAMILIES],
  [gsRulesModel, GS_RULE_FAMILIES],
  [gsShareModel, GS_SHARE_FAMILIES],
  [nfSubnetModel, SUBNET_FAMILIES],
  [nfIpv6Model, IPV6_FAMILIES],
  [nfPortsModel, [...PORT_FAMILIES, ...TRANSPORT_FAMILIES]],
  [nfDnsModel, DNS_FAMILIES],
  [nfRoutingModel, ROUTING_FAMILIES],
  [nfTroubleModel, TROUBLE_FAMILIES],
  [httpMethodsModel, HTTP_METHOD_FAMILIES],
  [httpStatusModel, HTTP_STATUS_FAMILIES],
  [httpCachingModel, HTTP_CACHING_FAMILIES],
  [httpHeadersModel, HTTP_HEADER_FAMILIES],
  [httpCorsModel, HTTP_CORS_FAMILIES],
  [httpCookiesModel, HTTP_COOKIE_FAMILIES],
  [ppcMatchModel, MATCH_FAMILIES],
  [ppcBiddingModel, BIDDING_FAMILIES],
  [ppcMetricsModel, PPC_METRICS_FAMILIES],
  [ppcAdsModel, ADS_FAMILIES],
  [ppcTrackingModel, TRACKING_FAMILIES],
  [proofSpellingModel, [...PROOF_SPELLING_FAMILIES, ...PROOF_MORE_SPELLING_FAMILIES]],
  [proofHouseStyleModel, PROOF_HOUSE_STYLE_FAMILIES],
  [proofTypographyModel, PROOF_TYPOGRAPHY_FAMILIES],
  [proofMarksModel, PROOF_MARK_FAMILIES],
  [proofLayoutModel, PROOF_LAYOUT_FAMILIES],
  [bashQuotingModel, BASH_QUOTING_FAMILIES],
  [bashParamsModel, BASH_PARAMS_FAMILIES],
  [bashStatusModel, BASH_STATUS_FAMILIES],
  [bashFilesModel, BASH_FILES_FAMILIES],
  [bashFunctionsModel, BASH_FUNCTIONS_FAMILIES],
  [pcoordScheduleModel, SCHEDULE_FAMILIES],
  [pcoordEarnedValueModel, EARNED_VALUE_FAMILIES],
  [pcoordRaidModel, RAID_FAMILIES],
  [pcoordRaciModel, RACI_FAMILIES],
  [pcoordChangeModel, CHANGE_FAMILIES],
  [pyCoreModel, PY_CORE_FAMILIES],
  [pyCollectionsModel, PY_COLLECTION_FAMILIES],
  [pyStringsModel, PY_STRING_FAMILIES],
  [pyFunctionsModel, PY_FUNCTION_FAMILIES],
  [pyClassesModel, PY_CLASS_FAMILIES],
  [pyStdlibModel, PY_STDLIB_FAMILIES],
  [jsValuesModel, JS_VALUE_FAMILIES],
  [jsScopeModel, JS_SCOPE_FAMILIES],
  [jsAsyncModel, JS_ASYNC_FAMILIES],
  [jsDataModel, JS_DATA_FAMILIES],
  [jsClassesModel, JS_CLASS_FAMILIES],
  [jsWebModel, JS_WEB_FAMILIES],
  [tsAssignabilityModel, TS_ASSIGNABILITY_FAMILIES],
  [tsNarrowingModel, TS_NARROWING_FAMILIES],
  [tsGenericsModel, TS_GENERIC_FAMILIES],
  [tsTypeOperatorsModel, TS_TYPE_OPERATOR_FAMILIES],
  [tsStrictFlagsModel, TS_STRICT_FLAG_FAMILIES],
  [tsDataModel, TS_DATA_FAMILIES],
  [gdesColourModel, GDES_COLOUR_FAMILIES],
  [gdesLayoutModel, GDES_LAYOUT_FAMILIES],
  [gdesTypeModel, GDES_TYPE_FAMILIES],
  [gdesOutputModel, GDES_OUTPUT_FAMILIES],
  [gdesComposeModel, GDES_COMPOSE_FAMILIES],
  [hedLayoutModel, HED_LAYOUT_FAMILIES],
  [hedImagesModel, HED_IMAGE_FAMILIES],
  [hedTypeAccessModel, HED_TYPE_ACCESS_FAMILIES],
  [hedClientBuildModel, HED_CLIENT_BUILD_FAMILIES],
  [hedMeasureModel, HED_MEASURE_FAMILIES],
  [rtaStockModel, RTA_STOCK_FAMILIES],
  [rtaTaxModel, RTA_TAX_FAMILIES],
  [rtaTillModel, RTA_TILL_FAMILIES],
  [rtaRevenueModel, RTA_REVENUE_FAMILIES],
  [rtaStoreModel, RTA_STORE_FAMILIES],
  [ecaSettlementModel, ECA_SETTLEMENT_FAMILIES],
  [ecaTaxModel, ECA_TAX_FAMILIES],
  [ecaStockModel, ECA_STOCK_FAMILIES],
  [ecaRevenueModel, ECA_REVENUE_FAMILIES],
  [ecaEconomicsModel, ECA_ECONOMICS_FAMILIES],
  [insRatingModel, INS_RATING_FAMILIES],
  [insClaimsModel, INS_CLAIMS_FAMILIES],
  [insResultsModel, INS_RESULTS_FAMILIES],
  [insReinsuranceModel, INS_REINSURANCE_FAMILIES],
  [insPricingModel, INS_PRICING_FAMILIES],
  [uksaTradeModel, UKSA_TRADE_FAMILIES],
  [uksaIncomeModel, UKSA_INCOME_FAMILIES],
  [uksaNicModel, UKSA_NIC_FAMILIES],
  [uksaPropertyModel, UKSA_PROPERTY_FAMILIES],
  [uksaPayModel, UKSA_PAY_FAMILIES],
  [ustxStatusModel, USTX_STATUS_FAMILIES],
  [ustxIncomeModel, USTX_INCOME_FAMILIES],
  [ustxDeductionModel, USTX_DEDUCTION_FAMILIES],
  [ustxCreditModel, USTX_CREDIT_FAMILIES],
  [ustxComputationModel, USTX_COMPUTATION_FAMILIES],
  [bkoPaymentModel, BKO_PAYMENT_FAMILIES],
  [bkoDepositModel, BKO_DEPOSIT_FAMILIES],
  [bkoReconciliationModel, BKO_RECONCILIATION_FAMILIES],
  [bkoComplianceModel, BKO_COMPLIANCE_FAMILIES],
  [bkoLiquidityModel, BKO_LIQUIDITY_FAMILIES],
  [tsyCashModel, TSY_CASH_FAMILIES],
  [tsyMoneyModel, TSY_MONEY_FAMILIES],
  [tsyFxModel, TSY_FX_FAMILIES],
  [tsyRateModel, TSY_RATE_FAMILIES],
  [tsyFundingModel, TSY_FUNDING_FAMILIES],
  [audMaterialityModel, AUD_MATERIALITY_FAMILIES],
  [audSamplingModel, AUD_SAMPLING_FAMILIES],
  [audControlsModel, AUD_CONTROLS_FAMILIES],
  [audDetailsModel, AUD_DETAILS_FAMILIES],
  [audEvaluationModel, AUD_EVALUATION_FAMILIES],
  [vcpRoundModel, VCP_ROUND_FAMILIES],
  [vcpConvertModel, VCP_CONVERT_FAMILIES],
  [vcpWaterfallModel, VCP_WATERFALL_FAMILIES],
  [vcpProtectModel, VCP_PROTECT_FAMILIES],
  [vcpFundModel, VCP_FUND_FAMILIES],
  [hcaCostModel, HCA_COST_FAMILIES],
  [hcaClaimsModel, HCA_CLAIMS_FAMILIES],
  [hcaFeesModel, HCA_FEES_FAMILIES],
  [hcaRevenueModel, HCA_REVENUE_FAMILIES],
  [hcaOfficeModel, HCA_OFFICE_FAMILIES],
  [mnaValueModel, MNA_VALUE_FAMILIES],
  [mnaStructureModel, MNA_STRUCTURE_FAMILIES],
  [mnaAccretionModel, MNA_ACCRETION_FAMILIES],
  [mnaPpaModel, MNA_PPA_FAMILIES],
  [mnaClosingModel, MNA_CLOSING_FAMILIES],
  [frmMarketModel, FRM_MARKET_FAMILIES],
  [frmRatesModel, FRM_RATES_FAMILIES],
  [frmCreditModel, FRM_CREDIT_FAMILIES],
  [frmHedgeModel, FRM_HEDGE_FAMILIES],
  [frmCapitalModel, FRM_CAPITAL_FAMILIES],
  [facAnalyticsModel, FAC_ANALYTICS_FAMILIES],
  [facIncomeModel, FAC_INCOME_FAMILIES],
  [facSchemesModel, FAC_SCHEMES_FAMILIES],
  [facTracingModel, FAC_TRACING_FAMILIES],
  [facDamagesModel, FAC_DAMAGES_FAMILIES],
]

/**
 * Every reviewed family's source by the family id its item model reports
 * (`model-id/family-id`), so a family's current text can be fingerprinted against its review.
 */
export const REVIEWED_FAMILY_SOURCES: ReadonlyMap<string, FamilySource> = new Map(
  MODEL_SOURCES.flatMap(([model, families]) =>
    families.map((f) => [`${model.id}/${f.id}`, f] as const),
  ),
)

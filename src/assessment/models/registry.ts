import type { ItemModel } from '../item-model.js'
import { ABTEST_MODELS } from './abtest/abtest-models.js'
import { AFM_MODELS } from './afm/afm-models.js'
import { AGILE_MODELS } from './agile/agile-models.js'
import {
  androidBackgroundDataModel,
  androidComposeModel,
  androidKotlinModel,
  androidLifecycleModel,
  androidPermissionsModel,
  androidReleaseModel,
} from './android/android-models.js'
import { AUD_MODELS } from './aud/aud-models.js'
import { B2B_MODELS } from './b2b/b2b-models.js'
import { BA_MODELS } from './ba/ba-models.js'
import { BASH_SCRIPTING_MODELS } from './bash/bash-models.js'
import { BKO_MODELS } from './bko/bko-models.js'
import { BMA_MODELS } from './bma/bma-models.js'
import { BOOKKEEPING_MODELS } from './bookkeeping/bookkeeping-models.js'
import { BUDGET_MODELS } from './budget/budget-models.js'
import { CAC_MODELS } from './cac/cac-models.js'
import { CALENDAR_MODELS } from './calendar/calendar-models.js'
import { CFI_MODELS } from './cfi/cfi-models.js'
import { CLB_MODELS } from './clb/clb-models.js'
import { CONSTRUCTION_MODELS } from './construction/cest-models.js'
import { COPYEDIT_MODELS } from './copyedit/copyedit-models.js'
import {
  copyAudienceModel,
  copyClaimsModel,
  copyClarityModel,
  copyHeadlinesCtasModel,
  copyTestingModel,
} from './copywriting/copywriting-models.js'
import { CREDIT_MODELS } from './cra/cra-models.js'
import { CRO_MODELS } from './cro/cro-models.js'
import { specificityModel } from './css/specificity.js'
import { CUA_MODELS } from './cua/cua-models.js'
import { CVP_MODELS } from './cvp/cvp-models.js'
import { DATA_ENTRY_MODELS } from './dataentry/dataentry-models.js'
import { DCOL_MODELS } from './dcol/dcol-models.js'
import {
  uiColourAccessModel,
  uiFigmaModel,
  uiLayoutModel,
  uiPatternsModel,
  uiTypographyModel,
} from './design/ui-design-models.js'
import { DJU_MODELS } from './dju/dju-models.js'
import { DOCKER_MODELS } from './docker/docker-models.js'
import { ECA_MODELS } from './eca/eca-models.js'
import { EGU_MODELS } from './egu/egu-models.js'
import { EMAIL_MODELS } from './email/email-models.js'
import {
  agreementModel,
  concisionRegisterModel,
  punctuationModel,
  wordUsageModel,
} from './english/english-models.js'
import { EVP_MODELS } from './events/evp-models.js'
import { EXA_MODELS } from './exa/exa-models.js'
import { EXCEL_MODELS } from './excel/excel-models.js'
import { EXPENSE_MODELS } from './expenses/expense-models.js'
import { FAC_MODELS } from './fac/fac-models.js'
import { FIGMA_MODELS } from './figma/figma-models.js'
import { breakEvenModel } from './finance/break-even.js'
import { compoundInterestModel } from './finance/compound-interest.js'
import { depreciationModel } from './finance/depreciation.js'
import { financialRatiosModel } from './finance/financial-ratios.js'
import { loanPaymentModel } from './finance/loan-payment.js'
import { marginMarkupModel } from './finance/margin-markup.js'
import { npvModel } from './finance/net-present-value.js'
import { vatModel } from './finance/vat.js'
import { FINMODEL_MODELS } from './finmodel/finmodel-models.js'
import { FA_MODELS } from './fixed-assets/fixed-asset-models.js'
import { FRENCH_MODELS } from './french/french-models.js'
import { FRM_MODELS } from './frm/frm-models.js'
import { FSA_MODELS } from './fsa/fsa-models.js'
import { GA_MODELS } from './ga/ga-models.js'
import { GADS_MODELS } from './gads/gads-models.js'
import { GDES_MODELS } from './gdes/gdes-models.js'
import { GDPR_MODELS } from './gdpr/gdpr-models.js'
import { GERMAN_MODELS } from './german/german-models.js'
import { gitCommandsModel } from './git/command-model.js'
import { GIT_VERSION_CONTROL_MODELS } from './git/git-models.js'
import { GOOGLE_SHEETS_MODELS } from './gsheets/sheets-models.js'
import { HCA_MODELS } from './hca/hca-models.js'
import { HED_MODELS } from './hed/hed-models.js'
import { HRM_MODELS } from './hrm/hrm-models.js'
import { htmlAccessibilityModel } from './html/accessibility-model.js'
import {
  htmlcssBoxModel,
  htmlcssCascadeModel,
  htmlcssLayoutModel,
  htmlcssMarkupModel,
  htmlcssResponsiveModel,
} from './htmlcss/htmlcss-models.js'
import { HTTP_MODELS } from './http/http-models.js'
import { I18N_MODELS } from './i18n/i18n-models.js'
import { INS_MODELS } from './ins/ins-models.js'
import { INVOICING_MODELS } from './invoicing/invoicing-models.js'
import { IP4_MODELS } from './ip4/ip4-models.js'
import { IVA_MODELS } from './iva/iva-models.js'
import {
  javaConcurrencyModel,
  javaCoreModel,
  javaExceptionsModel,
  javaStreamsModel,
  javaTestingBuildModel,
} from './java/java-models.js'
import { arrayPipelineModel } from './javascript/array-pipeline.js'
import { closuresModel } from './javascript/closures.js'
import { coercionModel } from './javascript/coercion.js'
import { defaultSortModel } from './javascript/default-sort.js'
import { spreadModel } from './javascript/spread.js'
import { stringMethodsModel } from './javascript/strings.js'
import { JS_DEV_MODELS } from './js-dev/js-models.js'
import { K8S_MODELS } from './k8s/k8s-models.js'
import {
  legalContractsModel,
  legalGdprModel,
  legalIpModel,
  legalLatePaymentModel,
  legalVatInvoicingModel,
} from './legal/legal-models.js'
import { LGC_MODELS } from './lgc/lgc-models.js'
import { LINUX_COMMAND_LINE_MODELS } from './linux/linux-models.js'
import { LMA_MODELS } from './lma/lma-models.js'
import { LSS_MODELS } from './lss/lss-models.js'
import { adMetricsModel } from './marketing/ad-metrics.js'
import { conversionLiftModel } from './marketing/conversion-lift.js'
import { customerValueModel } from './marketing/customer-value.js'
import { salesMathModel } from './marketing/sales-commission.js'
import { MGA_MODELS } from './mga/mga-models.js'
import { MKS_MODELS } from './mks/mks-models.js'
import { MNA_MODELS } from './mna/mna-models.js'
import { MRES_MODELS } from './mres/mres-models.js'
import { MSPPT_MODELS } from './msppt/msppt-models.js'
import { MSWORD_MODELS } from './msword/msword-models.js'
import { NETFUND_MODELS } from './netfund/netfund-models.js'
import { NSYS_MODELS } from './nsys/nsys-models.js'
import { OFFICE_MODELS } from './office/office-models.js'
import { OHS_MODELS } from './ohs/ohs-models.js'
import { OPR_MODELS } from './opr/opr-models.js'
import { OSA_MODELS } from './osa/osa-models.js'
import { AP_MODELS } from './payables/payables-models.js'
import { PAYROLL_MODELS } from './payroll/payroll-models.js'
import { PCOORD_MODELS } from './pcoord/pcoord-models.js'
import { PFL_MODELS } from './pfl/pfl-models.js'
import { PFP_MODELS } from './pfp/pfp-models.js'
import { PS_MODELS } from './photoshop/photoshop-models.js'
import { PJM_MODELS } from './pjm/pjm-models.js'
import {
  pgAggregationModel,
  pgIndexesModel,
  pgJoinsModel,
  pgNullsTypesModel,
  pgSchemaModel,
  pgTransactionsModel,
} from './postgresql/pg-models.js'
import { PPC_MODELS } from './ppc/ppc-models.js'
import { PRICING_MODELS } from './pricing/pricing-models.js'
import { PRINT_MODELS } from './print/print-models.js'
import { PROCUREMENT_MODELS } from './procurement/procurement-models.js'
import { PROOFREADING_MODELS } from './proofreading/proofreading-models.js'
import { pythonArithmeticModel, pythonSlicingModel } from './python/arithmetic-and-slicing.js'
import { pythonDebuggingModel } from './python/debugging-model.js'
import { PYTHON_MODELS } from './python-dev/python-models.js'
import { AR_MODELS } from './receivables/receivables-models.js'
import { REF_MODELS } from './ref/ref-models.js'
import { globalMatchModel } from './regex/global-match.js'
import { replaceGroupsModel } from './regex/replace-groups.js'
import { whichLinesMatchModel } from './regex/which-lines-match.js'
import { RMM_MODELS } from './rmm/rmm-models.js'
import { RTA_MODELS } from './rta/rta-models.js'
import { RWD_MODELS } from './rwd/rwd-models.js'
import { SALESFC_MODELS } from './salesfc/salesfc-models.js'
import { SCI_MODELS } from './sci/sci-models.js'
import { SCM_MODELS } from './scm/scm-models.js'
import { dateArithmeticModel } from './scripted/dates.js'
import { colorNotationModel, contrastModel, timecodeModel } from './scripted/design-computations.js'
import { localeFormatsModel, pluralRulesModel } from './scripted/locale-formats.js'
import {
  numberBasesModel,
  subnetModel,
  unixPermissionsModel,
} from './scripted/networks-and-bases.js'
import { timeZonesModel } from './scripted/time-zones.js'
import {
  seoCrawlIndexModel,
  seoOnPageModel,
  seoSearchConsoleModel,
  seoStructuredDataModel,
} from './seo/seo-models.js'
import { SMM_MODELS } from './smm/smm-models.js'
import { SOP_MODELS } from './sop/sop-models.js'
import { SPANISH_MODELS } from './spanish/spanish-models.js'
import {
  lookupConditionalModel,
  roundingPrecedenceModel,
} from './spreadsheet/lookup-and-conditional.js'
import { groupHavingModel } from './sql/group-having.js'
import { joinCountModel } from './sql/join-count.js'
import { nullsRankingModel } from './sql/nulls-and-ranking.js'
import { SQLQ_MODELS } from './sql-queries/sqlq-models.js'
import { STATFUND_MODELS } from './statfund/statfund-models.js'
import {
  descriptiveStatisticsModel,
  percentagesModel,
} from './statistics/descriptive-statistics.js'
import { SAAS_MODELS } from './subscriptions/subscriptions-models.js'
import { SUBTITLING_MODELS } from './subtitling/subtitling-models.js'
import { policyReplyModel } from './support/policy-reply-model.js'
import {
  supportKnowledgePrivacyModel,
  supportMetricsModel,
  supportPolicyCasesModel,
  supportToneModel,
  supportTriageSlaModel,
} from './support/support-desk-models.js'
import { TDL_MODELS } from './tdl/tdl-models.js'
import { TECHNICAL_WRITING_MODELS } from './techwriting/tw-models.js'
import { TFS_MODELS } from './tfs/tfs-models.js'
import { falseFriendsModel } from './translation/false-friends-model.js'
import { TRANSLATION_MODELS } from './translation/translation-models.js'
import { TRAVEL_MODELS } from './travel/travel-models.js'
import { TS_DEV_MODELS } from './ts-dev/ts-models.js'
import { TSY_MODELS } from './tsy/tsy-models.js'
import { TVM_MODELS } from './tvm/tvm-models.js'
import { enumsClassesModel } from './typescript/enums-classes.js'
import { narrowingGenericsModel } from './typescript/narrowing-generics.js'
import { TYPO_MODELS } from './typography/typo-models.js'
import { UKSA_MODELS } from './uksa/uksa-models.js'
import { dataSizeModel, designUnitsModel, unitConversionModel } from './units/conversions.js'
import { USTX_MODELS } from './ustx/ustx-models.js'
import { UXR_MODELS } from './uxr/uxr-models.js'
import { VATC_MODELS } from './vat-compliance/vat-models.js'
import { VCP_MODELS } from './vcp/vcp-models.js'
import { VIDEO_MODELS } from './video/video-models.js'

/** Every item model, by id. */
export const ITEM_MODELS: readonly ItemModel[] = [
  arrayPipelineModel,
  defaultSortModel,
  coercionModel,
  closuresModel,
  stringMethodsModel,
  spreadModel,
  enumsClassesModel,
  narrowingGenericsModel,
  groupHavingModel,
  joinCountModel,
  nullsRankingModel,
  globalMatchModel,
  whichLinesMatchModel,
  replaceGroupsModel,
  lookupConditionalModel,
  roundingPrecedenceModel,
  vatModel,
  compoundInterestModel,
  npvModel,
  depreciationModel,
  marginMarkupModel,
  loanPaymentModel,
  breakEvenModel,
  financialRatiosModel,
  adMetricsModel,
  conversionLiftModel,
  salesMathModel,
  customerValueModel,
  descriptiveStatisticsModel,
  percentagesModel,
  unitConversionModel,
  dataSizeModel,
  designUnitsModel,
  timeZonesModel,
  dateArithmeticModel,
  localeFormatsModel,
  pluralRulesModel,
  subnetModel,
  unixPermissionsModel,
  numberBasesModel,
  colorNotationModel,
  contrastModel,
  timecodeModel,
  specificityModel,
  pythonArithmeticModel,
  pythonSlicingModel,
  agreementModel,
  wordUsageModel,
  punctuationModel,
  concisionRegisterModel,
  pythonDebuggingModel,
  htmlAccessibilityModel,
  policyReplyModel,
  falseFriendsModel,
  gitCommandsModel,
  ...TRANSLATION_MODELS,
  ...BOOKKEEPING_MODELS,
  ...EMAIL_MODELS,
  ...OFFICE_MODELS,
  seoCrawlIndexModel,
  seoOnPageModel,
  seoStructuredDataModel,
  seoSearchConsoleModel,
  copyHeadlinesCtasModel,
  copyClarityModel,
  copyAudienceModel,
  copyTestingModel,
  copyClaimsModel,
  uiTypographyModel,
  uiLayoutModel,
  uiColourAccessModel,
  uiFigmaModel,
  uiPatternsModel,
  supportPolicyCasesModel,
  supportTriageSlaModel,
  supportToneModel,
  supportKnowledgePrivacyModel,
  supportMetricsModel,
  legalLatePaymentModel,
  legalGdprModel,
  legalVatInvoicingModel,
  legalIpModel,
  legalContractsModel,
  ...GIT_VERSION_CONTROL_MODELS,
  javaCoreModel,
  javaExceptionsModel,
  javaStreamsModel,
  javaConcurrencyModel,
  javaTestingBuildModel,
  htmlcssCascadeModel,
  htmlcssBoxModel,
  htmlcssLayoutModel,
  htmlcssResponsiveModel,
  htmlcssMarkupModel,
  androidLifecycleModel,
  androidComposeModel,
  androidPermissionsModel,
  androidBackgroundDataModel,
  androidKotlinModel,
  androidReleaseModel,
  ...AGILE_MODELS,
  ...LINUX_COMMAND_LINE_MODELS,
  pgJoinsModel,
  pgAggregationModel,
  pgNullsTypesModel,
  pgSchemaModel,
  pgTransactionsModel,
  pgIndexesModel,
  ...CALENDAR_MODELS,
  ...STATFUND_MODELS,
  ...DATA_ENTRY_MODELS,
  ...INVOICING_MODELS,
  ...CRO_MODELS,
  ...FINMODEL_MODELS,
  ...SCM_MODELS,
  ...LSS_MODELS,
  ...MRES_MODELS,
  ...FIGMA_MODELS,
  ...PS_MODELS,
  ...MSWORD_MODELS,
  ...BA_MODELS,
  ...TYPO_MODELS,
  ...COPYEDIT_MODELS,
  ...SMM_MODELS,
  ...FSA_MODELS,
  ...TRAVEL_MODELS,
  ...SUBTITLING_MODELS,
  ...PAYROLL_MODELS,
  ...TVM_MODELS,
  ...K8S_MODELS,
  ...GDES_MODELS,
  ...B2B_MODELS,
  ...SPANISH_MODELS,
  ...FRENCH_MODELS,
  ...GERMAN_MODELS,
  ...AR_MODELS,
  ...PROCUREMENT_MODELS,
  ...FA_MODELS,
  ...SAAS_MODELS,
  ...UXR_MODELS,
  ...EXPENSE_MODELS,
  ...EVP_MODELS,
  ...VATC_MODELS,
  ...CVP_MODELS,
  ...CONSTRUCTION_MODELS,
  ...PRINT_MODELS,
  ...PRICING_MODELS,
  ...EGU_MODELS,
  ...CUA_MODELS,
  ...OPR_MODELS,
  ...RMM_MODELS,
  ...LGC_MODELS,
  ...LMA_MODELS,
  ...TDL_MODELS,
  ...SOP_MODELS,
  ...CAC_MODELS,
  ...NSYS_MODELS,
  ...DCOL_MODELS,
  ...CLB_MODELS,
  ...CREDIT_MODELS,
  ...IP4_MODELS,
  ...IVA_MODELS,
  ...BUDGET_MODELS,
  ...VIDEO_MODELS,
  ...ABTEST_MODELS,
  ...OHS_MODELS,
  ...SALESFC_MODELS,
  ...MSPPT_MODELS,
  ...I18N_MODELS,
  ...DJU_MODELS,
  ...AFM_MODELS,
  ...PFP_MODELS,
  ...BMA_MODELS,
  ...CFI_MODELS,
  ...REF_MODELS,
  ...TFS_MODELS,
  ...PFL_MODELS,
  ...OSA_MODELS,
  ...MGA_MODELS,
  ...MKS_MODELS,
  ...HRM_MODELS,
  ...EXCEL_MODELS,
  ...GOOGLE_SHEETS_MODELS,
  ...NETFUND_MODELS,
  ...HTTP_MODELS,
  ...PPC_MODELS,
  ...PROOFREADING_MODELS,
  ...BASH_SCRIPTING_MODELS,
  ...PCOORD_MODELS,
  ...GDPR_MODELS,
  ...TECHNICAL_WRITING_MODELS,
  ...RWD_MODELS,
  ...DOCKER_MODELS,
  ...PJM_MODELS,
  ...EXA_MODELS,
  ...GADS_MODELS,
  ...TS_DEV_MODELS,
  ...GA_MODELS,
  ...PYTHON_MODELS,
  ...JS_DEV_MODELS,
  ...AP_MODELS,
  ...SQLQ_MODELS,
  ...HED_MODELS,
  ...RTA_MODELS,
  ...ECA_MODELS,
  ...SCI_MODELS,
  ...INS_MODELS,
  ...UKSA_MODELS,
  ...USTX_MODELS,
  ...BKO_MODELS,
  ...TSY_MODELS,
  ...AUD_MODELS,
  ...VCP_MODELS,
  ...HCA_MODELS,
  ...MNA_MODELS,
  ...FRM_MODELS,
  ...FAC_MODELS,
]

const BY_ID = new Map(ITEM_MODELS.map((m) => [m.id, m]))

/** @example itemModel('fin-vat')?.generate(createRng(1)) */
export function itemModel(id: string): ItemModel | undefined {
  return BY_ID.get(id)
}

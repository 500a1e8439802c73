export {
  type CredentialsConfig,
  credentialsConfigFrom,
  DEFAULT_BASE_URL,
  DEFAULT_ISSUER_COUNTRY_CODE,
  DEFAULT_ISSUER_NAME,
} from './config.js'
export {
  annexIInlineContext,
  CLR_V2_CONTEXT,
  MICROCREDENTIAL_CONTEXT_PATH,
  microcredentialContext,
  microcredentialContextUrl,
  OB_V3_CONTEXT,
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
} from './contexts.js'
export {
  createDocumentLoader,
  type DocumentLoader,
  DocumentRefusedError,
} from './document-loader.js'
export { holderBoundCopy } from './holder/holder-bound-copy.js'
export { type HolderKey, holderKeyOf, MAX_HOLDER_DID_LENGTH } from './holder/holder-did.js'
export {
  forgetHolderDid,
  forgetHolderDidOnErasure,
  savedHolderDid,
  saveHolderDid,
} from './holder/holder-setting.js'
export {
  ANNEX_I_MANDATORY,
  ANNEX_I_OPTIONAL,
  achievementTypeFor,
  HOURS_PER_ECTS_CREDIT,
  MIN_MICROCREDENTIAL_WORKLOAD_HOURS,
  missingAnnexIElements,
} from './issue/annex-i.js'
export {
  buildOpenBadgeCredential,
  credentialUrl,
  IDENTITY_SALT_BYTES,
  identityHash,
  issuerProfile,
  type StatusEntryRef,
} from './issue/open-badge-credential.js'
export type {
  CertificationForCredential,
  LearnerForCredential,
  PassForCredential,
  TestForCredential,
} from './issue/pass.js'
export { signCredential } from './issue/sign.js'
export { jsonErrorPosition } from './json-error-position.js'
export { didWebDocument, didWebFor, issuerDid, verificationMethodId } from './keys/issuer-did.js'
export {
  generateKeyMaterial,
  type IssuerKey,
  type KeyRing,
  type SigningKey,
} from './keys/issuer-key.js'
export { SCRYPT_PARAMS, sealSecret, unsealSecret } from './keys/key-sealing.js'
export { resolveKeySecret } from './keys/key-secret.js'
export { BADGE_SIZE_PX, badgePng } from './learner/badge-image.js'
export { BAKED_KEYWORD, bakePng, unbakePng } from './learner/baked-png.js'
export { credentialPageHtml, verdictText } from './learner/credential-page.js'
export { europeanLearningModelExport } from './learner/elm-export.js'
export { linkedInAddToProfileUrl } from './learner/linkedin.js'
export { VERIFY_SCRIPT, VERIFY_SCRIPT_PATH } from './learner/verify-script.js'
export { deliverToWallet, type WalletCredentialRequest } from './oid4vci/credential-endpoint.js'
export {
  authorizationServerMetadata,
  CREDENTIAL_CONFIGURATIONS,
  credentialIssuerMetadata,
  OID4VCI_PATHS,
  PRE_AUTHORIZED_CODE_GRANT,
  PROOF_JWT_TYPE,
} from './oid4vci/issuer-metadata.js'
export { MAX_PROOF_JWT_LENGTH } from './oid4vci/proof-of-possession.js'
export { sweepWalletOffers, WALLET_OFFER_SWEEP_BATCH } from './oid4vci/sweep-wallet-offers.js'
export {
  ACCESS_TOKEN_TTL_SECONDS,
  MAX_TX_CODE_FAILURES,
  redeemPreAuthorizedCode,
  type TokenResponse,
  walletNonce,
} from './oid4vci/token-endpoint.js'
export {
  createWalletOffer,
  MAX_RECENT_OFFERS,
  OFFER_TTL_SECONDS,
  type WalletOffer,
} from './oid4vci/wallet-offers.js'
export { buildClrCredential, type ClrDraft } from './pathways/clr-credential.js'
export {
  completedPathways,
  PATHWAYS,
  type Pathway,
  pathwaysContaining,
  pathwayUrl,
} from './pathways/pathway.js'
export { forbiddenAddressReason } from './remote/address-policy.js'
export {
  type CachedDocument,
  DEFAULT_REMOTE_FETCH_POLICY,
  didWebDocumentUrl,
  fetchRemoteJson,
  RemoteDocumentError,
  type RemoteFetchPolicy,
} from './remote/remote-documents.js'
export {
  buildStatusListCredential,
  emptyEncodedList,
  flagPosition,
  MESSAGE_STATUS_SIZE,
  STATUS_LIST_LENGTH,
  STATUS_MESSAGES,
  type StatusFlag,
  type StatusPurpose,
  statusBit,
  statusListUrl,
  statusSizeOf,
  statusValue,
  withStatusBit,
} from './status/status-list.js'
export { issueSubmittedCredential } from './store/admin-issue.js'
export { issueClrIfComplete } from './store/clr-issuance.js'
export {
  type CredentialRecord,
  credentialRecord,
  learnerCredentials,
  setCredentialShared,
} from './store/credential-records.js'
export { type CredentialStatus, credentialStatus } from './store/credential-status.js'
export {
  changeCredentialStatus,
  credentialStatusEvents,
  MAX_REASON_LENGTH,
  type StatusAction,
} from './store/credential-status-change.js'
export {
  type IssuedCredential,
  issueCredentialForPass,
  issueCredentialOnPass,
} from './store/issue-for-pass.js'
export { activeSigningKey, allIssuerKeys, rotateIssuerKey } from './store/key-repo.js'
export {
  bakedBadge,
  credentialLinks,
  credentialPage,
  elmExportFor,
  ownedCredential,
  type Viewer,
  visibleCredential,
} from './store/learner-artifacts.js'
export { platformDocumentLoader } from './store/platform-loader.js'
export { verifyOnPlatform, verifyPresentationOnPlatform } from './store/platform-verify.js'
export {
  revokeIssuedCredentials,
  type WithdrawnCertification,
} from './store/revoke-issued-credentials.js'
export {
  atListeningOrigin,
  type CredentialsRuntime,
  credentialsRuntime,
  credentialsRuntimeFrom,
} from './store/runtime.js'
export { statusListDocument } from './store/status-list-document.js'
export { STATUS_INDEX_ATTEMPTS } from './store/status-repo.js'
export type { CredentialsTables } from './tables.js'
export { MAX_CLOCK_SKEW_SECONDS } from './verify/dates-check.js'
export type { Check, Verdict, VerificationReport } from './verify/report.js'
export {
  type VcApiPresentationResult,
  type VcApiResult,
  vcApiPresentationResult,
  vcApiResult,
} from './verify/vc-api-result.js'
export { type ClrVerification, verifyClrCredential } from './verify/verify-clr.js'
export { verifyCredential } from './verify/verify-credential.js'
export { type PresentationVerification, verifyPresentation } from './verify/verify-presentation.js'

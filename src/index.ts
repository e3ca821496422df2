/**
 * The public API of apimc. Exports are listed by name (no `export *`), grouped
 * by stage; each stage's owner edits only its own block.
 */

// --- core ---
export type { Diagnostic, Severity, SourceLocation } from "./core/diagnostic";
export { sortDiagnostics, hasErrors } from "./core/diagnostic";
export { Secret, isSecret, SENSITIVE } from "./core/secret";
export { stableStringify } from "./core/stable-json";
export { UserError } from "./core/errors";
export { escapeSegment as escapePointerSegment, unescapeSegment as unescapePointerSegment } from "./core/pointer";

// --- report ---
export { renderDiagnostics, formatDiagnostic } from "./report/diagnostics";

// --- load ---
export { loadDeclarations, loadDeclarationsFromObject, mergedOperations } from "./load/index";
export type { MergedOperation } from "./load/index";
export { defineApim } from "./load/define";
export type { LoadedDeclarations, LoadOptions, PolicySource, ImportedApi, SourceMap } from "./load/types";
export type { ApimcDeclarations, Backend as BackendDeclaration, Api as ApiDeclaration, NamedValue as NamedValueDeclaration, Operation as OperationDeclaration, Product as ProductDeclaration, PolicyFragment as PolicyFragmentDeclaration, Gateway as GatewayDeclaration, ApiVersionSet as ApiVersionSetDeclaration, Service as ServiceDeclaration, StructuredPolicy } from "./load/declarations.generated";
export type { Logger as LoggerDeclaration, Diagnostic as DiagnosticDeclaration, Certificate as CertificateDeclaration, Subscription as SubscriptionDeclaration, Tag as TagDeclaration, Group as GroupDeclaration, AuthorizationServer as AuthorizationServerDeclaration, OpenidConnectProvider as OpenidConnectProviderDeclaration, Cache as CacheDeclaration, SecretSource as SecretSourceDeclaration } from "./load/declarations.generated";

// --- validate ---
export { validateDeclarations, countResources, VALIDATE_CODES } from "./validate/index";

// --- policy ---
export type { PolicyScope, PolicySection, PolicyPosition, PolicyAttribute, PolicyElement, PolicyText, PolicyComment, PolicyCData, PolicyNode, PolicyDocument, PolicyReference, PolicyReferenceKind, ParsePolicyOptions, ParsePolicyResult, StructuredPolicyOptions, LintPolicyContext, PolicyElementSpec, PolicyLayer, PolicyChange } from "./policy";
export { parsePolicy, printPolicy, printElementText, policyReferences, insertBackendSetter, emptyPolicyDocument, structuredPolicyToXml, lintPolicy, FRAGMENT_MAX_BYTES, POLICY_CATALOG, SELF_HOSTED_SKIPPED_POLICIES, SELF_HOSTED_SKIPPED, POLICY_CODES, effectivePolicy, diffPolicies, expressionSpans } from "./policy";

// --- model ---
export { buildModel, buildGraph, ids as resourceIds, resourceKind, listResources, policyById, toArmProperties, armType, armResourceId, APIM_API_VERSION, MODEL_CODES } from "./model/index";
export { KINDS as RESOURCE_KINDS, kindDescriptor, kindOfId } from "./model/kinds/registry";
export type { KindDescriptor } from "./model/kinds/types";
export { releaseName } from "./model/api";
export type { ResourceId, ResourceKind, ResourceEntry, IdStyle, Model, ModelService, NamedValueSource, NamedValueModel, BackendProperties, BackendModel, PolicyModel, OperationProperties, OperationModel, ApiProperties, ApiModel, ApiVersionSetModel, ProductProperties, ProductModel, PolicyFragmentModel, GatewayModel, ReferenceKind, ReferenceEdge, ReferenceGraph, BuildModelResult } from "./model/index";

// --- emit ---
export { emitArm, ARM_LIMITS } from "./emit/arm/index";
export type { ArmOutput, ArmLimits, EmitArmOptions } from "./emit/arm/index";
export { emitDeclarations, DECLARATION_SCHEMA_URL } from "./emit/declarations/index";
export type { DeclarationOutput, EmitDeclarationsOptions, ExtractedParameter } from "./emit/declarations/index";

// --- diff ---
export { plan, hasChanges, diffPolicyDocuments, planSnapshots, isGatewaySnapshot } from "./diff";
export type { Plan, Change, ChangeAction, ChangeKind, PropertyChange, PlanSummary, PlanOptions, GatewaySnapshotLike, SnapshotOperationLike, SnapshotPolicyElementLike } from "./diff";
export { renderPlan, renderPlanText, renderPlanMarkdown, renderPlanJson, PLAN_FORMATS } from "./report/plan";
export type { PlanFormat, PlanTextOptions } from "./report/plan";

// --- azure / state ---
export type { AzureSettings, ApimTarget, GetOptions, KeyVaultSecretUri, ParseResult as KeyVaultUriParseResult, ReadSecretResult } from "./azure/index";
export { AzureError, createApimClient, createSecretClient, createCredential, StaticTokenCredential, resolveSettings as resolveAzureSettings, parseKeyVaultSecretUri, readSecret, checkSecretReadable } from "./azure/index";
export type { ReadLiveOptions, LiveResourceState, ParsedApimId } from "./state/index";
export type { ApimKind, ApimRef, LiveResource } from "./state/index";
export { ApimResources, APIM_KINDS, resourceId as apimResourceId } from "./state/index";
export { readLiveResource, readLiveModel, apimRefOf, normaliseLiveProperties, canonicalPolicyText, parseApimResourceId, projectLiveOnto, declarationOf, declarationOfBody, HIDDEN_SECRET } from "./state/index";

// --- lint ---
export { runPreflight, PREFLIGHT_RULES, preflightRulesMarkdown } from "./lint/index";
export type { PreflightOptions, PreflightRule, PreflightRuleInfo } from "./lint/index";

// --- gateway ---
export { compileGatewayBundle, chooseGateway, buildSnapshot, GATEWAY_CODES, MANAGED_GATEWAY_GUARD, GATEWAY_IMAGE, GATEWAY_IMAGE_TAG, HEALTH_PATH, deployNames, kubernetesObjects, kubernetesFiles, helmValues, dockerFiles } from "./emit/gateway/index";
export type { GatewayBundle, GatewayBundleOptions, GatewaySnapshot, SnapshotOperation, SnapshotBackend, SnapshotNamedValue, SnapshotNamedValueSource, SnapshotPolicyElement, PreflightFinding, PreflightSection, DeployMaterialOptions, DeployNames } from "./emit/gateway/index";

// --- runtime (apimc test / apimc serve) ---
export { loadGateway, runRequest, RuntimeState, virtualClock, realClock, parseTestFile, runTestFile, mockTransport, renderTestResults, POLICY_SUPPORT, EXPRESSION_SUPPORT, RUNTIME_CODES, HarnessError, TransportError, compileExpression, evaluateProgram, policySupportMarkdown, expressionSupportMarkdown, DEFAULT_TEST_CLOCK } from "./runtime/index";
export type { Gateway as RuntimeGateway, RuntimeOptions, SubscriptionScope, Clock as RuntimeClock, TestFile, TestCase, MockRule, TestResult, ExpectationFailure, TestFormat, PolicySupport, SupportLevel, RuntimeRequest, OutboundCall, OutboundReply, Transport as RuntimeTransport, Outcome as RuntimeOutcome, RuntimeError, CompiledExpression, EvalEnv } from "./runtime/index";
export { startServer as startRuntimeServer, liveTransport } from "./runtime/serve";
export type { ServeOptions, RunningServer } from "./runtime/serve";

// Public API of the security.txt engine (RFC 9116).
export { validateSecurityTxt, analyzeSecurityTxt, finishValidation, sourceFromContext, type ValidateOptions, type Analysis } from './validate-security-txt.ts';
export { parseSecurityTxt, emptyFields, DEFAULT_LIMITS, type ParsedSecurityTxt, type ParseLimits, type FieldEntry } from './parse-security-txt.ts';
export { checkSignature, type VerificationKey, type SignatureCheck } from './check-signature.ts';
export { FetchContextSchema, withContextDefaults, type FetchContext } from './fetch-context.ts';
export { CHECK_CATALOGUE, makeFinding, type CheckId } from './check-catalogue.ts';
export { decodeBody } from './decode-body.ts';
export { splitLines } from './split-lines.ts';
export { discoverSecurityTxt, type DiscoverOptions } from './discover-security-txt.ts';
export { fetchEncryptionKeys } from './fetch-encryption-keys.ts';
export { listCandidateHosts } from './list-candidate-hosts.ts';
export { findMailtoHeaderInjection } from './find-mailto-header-injection.ts';

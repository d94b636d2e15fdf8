export { DiodbIndexSchema, DiodbProgramSchema, type DiodbIndex, type DiodbProgram } from './diodb-index.ts';
export { buildDiodbIndex, type DiodbSnapshot } from './build-diodb-index.ts';
export { findDiodbPrograms } from './find-diodb-programs.ts';
export { diodbPolicyResult, diodbNote } from './diodb-policy-result.ts';
export { SHARED_PLATFORM_DOMAINS } from './shared-platforms.ts';
export { loadBundledDiodbIndex } from './load-bundled-diodb-index.ts';

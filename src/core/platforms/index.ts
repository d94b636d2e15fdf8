export { PlatformIndexSchema, PlatformProgrammeSchema, ProgrammeMatchSchema, type PlatformIndex, type PlatformProgramme, type ProgrammeMatch } from './platform-index.ts';
export { buildPlatformIndex, type PlatformSnapshot } from './build-platform-index.ts';
export { compilePlatformIndex, type CompiledPlatformIndex } from './compile-platform-index.ts';
export { findPlatformProgrammes, type HostingFound } from './find-platform-programmes.ts';
export { combineProgrammeVerdict } from './combine-programme-verdict.ts';
export { judgeWithPlatforms } from './judge-with-platforms.ts';
export { refreshPlatformData, acceptPlatformIndex, MIN_PROGRAMMES, MAX_PLATFORM_FILE_BYTES, type PlatformDataOutcome } from './refresh-platform-data.ts';
export { checkBountyTargetsFile, BountyTargetsFileSchema, BountyTargetsProgrammeSchema, BOUNTY_TARGETS_PLATFORMS } from './bounty-targets-file.ts';

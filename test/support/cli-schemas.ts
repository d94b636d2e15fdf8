// The CLI's JSON documents (../shared/contracts/cli.md): the core's results with their words rendered as strings
// (a finding's message and fix, a verdict's reasons, a signature's and a source's message).
import * as z from 'zod/mini';
import { FindingSchema } from '../../src/core/schemas/finding.ts';
import { ScopeVerdictSchema } from '../../src/core/schemas/scope-verdict.ts';
import { SignatureStatusSchema, TxtResultSchema } from '../../src/core/schemas/txt-result.ts';
import { CheckResultSchema, SourceProgressSchema } from '../../src/core/check/check-result.ts';
import { DraftSchema } from '../../src/core/schemas/draft.ts';

const CliFindingSchema = z.extend(FindingSchema, { message: z.string(), fix: z.optional(z.string()) });

export const CliTxtSchema = z.extend(TxtResultSchema, {
  findings: z.array(CliFindingSchema),
  signature: z.optional(z.object({ status: SignatureStatusSchema, fingerprint: z.nullable(z.string()), key_source: z.nullable(z.string()), message: z.string() })),
});
export const CliScopeVerdictSchema = z.extend(ScopeVerdictSchema, { reasons: z.array(z.string()) });
export const CliDraftSchema = z.extend(DraftSchema, { findings: z.optional(z.array(CliFindingSchema)) });
export const CliCheckSchema = z.extend(CheckResultSchema, {
  txt: z.nullable(CliTxtSchema),
  scope: z.nullable(CliScopeVerdictSchema),
  draft: z.optional(z.nullable(CliDraftSchema)),
  sources: z.array(z.extend(SourceProgressSchema, { message: z.optional(z.string()) })),
});

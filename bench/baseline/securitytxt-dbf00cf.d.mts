// Types of the frozen validator bundle (the same signatures as src/core/securitytxt at commit dbf00cf).
import type { analyzeSecurityTxt as Analyze } from '../../src/core/securitytxt/validate-security-txt.ts';
import type { parseSecurityTxt as Parse } from '../../src/core/securitytxt/parse-security-txt.ts';

export declare const analyzeSecurityTxt: typeof Analyze;
export declare const parseSecurityTxt: typeof Parse;

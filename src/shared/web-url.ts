import * as z from 'zod/mini';
import { isWebUrl, MAX_URL_LENGTH } from '../core/index.ts';

export const WebUrlSchema = z.string().check(z.maxLength(MAX_URL_LENGTH), z.refine(isWebUrl, 'expected an http(s) URL'));

import * as z from 'zod/mini';
import { isWebUrl, MAX_URL_LENGTH } from './is-web-url.ts';

export const WebUrlSchema = z.string().check(z.maxLength(MAX_URL_LENGTH), z.refine(isWebUrl, 'expected an http(s) URL'));

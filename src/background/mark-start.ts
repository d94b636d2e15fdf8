// Imported first by the background's entry: the worker's start as seen by its first module (for the bench's trace).
import { trace } from '../platform/trace.ts';

trace('bg:module-start');

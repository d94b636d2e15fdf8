import en from '../../public/_locales/en/messages.json';
import { renderMessage, type Finding, type Message } from '../core/index.ts';
import { formatMessage, type Catalogue } from './format-message.ts';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

/** The shell's words in one language: messages and findings from the core, rendered from public/_locales. */
export interface Say {
  lang: Lang;
  message: (message: Message) => string;
  finding: (finding: Finding) => { message: string; fix?: string };
}

/** The language of the environment's locale (LC_ALL, then LC_MESSAGES, then LANG): `de…` is German, else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>> = {}): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^de(?:[_.@-]|$)/i.test(locale) ? 'de' : 'en';
}

/** Words in `lang`; the German catalogue is loaded only when asked for. */
export async function loadSay(lang: Lang): Promise<Say> {
  if (lang === 'de') return createSay('de', (await import('../../public/_locales/de/messages.json')).default as Catalogue);
  return ENGLISH;
}

export function createSay(lang: Lang, catalogue: Catalogue): Say {
  const get = (key: string, substitutions: string[]) => formatMessage(catalogue, key, substitutions);
  const message = (m: Message) => renderMessage(m, get);
  return {
    lang,
    message,
    finding: (f) => {
      const text = message({ id: f.message_id ?? `finding_${f.id}`, ...(f.params ? { params: f.params } : {}) });
      const fixKey = f.fix_id ?? `fix_${f.id}`;
      const fix = formatMessage(catalogue, fixKey, []);
      return fix ? { message: text, fix } : { message: text };
    },
  };
}

const ENGLISH = createSay('en', en as Catalogue);

/** What runCli chose for this run (`--lang`, else the environment), English when a command runs on its own. */
export function sayOf(io: { say?: Say }): Say {
  return io.say ?? ENGLISH;
}

const SEVERITY_WORDS = { error: 'cli_severity_error', warning: 'cli_severity_warning', info: 'cli_severity_info' } as const;

/** "error", "warning" or "note" (as the readable notes on stderr call them) in the run's language. */
export function saySeverity(say: Say, severity: Finding['severity']): string {
  return say.message({ id: SEVERITY_WORDS[severity] });
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '../../platform/browser.ts';
import { createDraftSaver, discardDraft, loadDraft } from '../../platform/draft-store.ts';
import { settingsItem } from '../../platform/settings.ts';
import { MAX_DRAFT_CHARS, type SavedDraft } from '../../shared/saved-draft.ts';
import type { Settings } from '../../shared/settings-schema.ts';
import { siteKeyOf, draftReport, type CheckResult, type Draft } from '../../core/index.ts';
import { tFinding } from '../../platform/i18n.ts';
import { pickDraftLanguage, type DraftLanguage } from './pick-draft-language.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'too_long';

export interface DraftState {
  settings: Settings;
  /** What the engine generated for the current language (warnings, keys, web form, Markdown). */
  generated: Draft;
  /** What the user is editing: restored, or the generated text. */
  working: SavedDraft;
  restored: boolean;
}

function toSaved(draft: Draft, site: string, pageUrl: string, language: DraftLanguage, now: Date): SavedDraft {
  const stamp = now.toISOString();
  return {
    site, pageUrl, to: draft.to, subject: draft.subject, body: draft.body, language,
    warnings: (draft.findings ?? []).map((f) => tFinding(f).message), createdAt: stamp, updatedAt: stamp,
  };
}

/**
 * The draft for one site: restored from storage when the user left one, else generated from the
 * check and the profile. Every edit is saved (coalesced while a write is in flight, flushed when
 * the popup hides), so closing the popup never loses text.
 */
export function useDraft(result: CheckResult, pageUrl: string, now: () => Date = () => new Date()) {
  const site = siteKeyOf(pageUrl);
  const [state, setState] = useState<DraftState | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [loadError, setLoadError] = useState<string | null>(null);
  const saver = useMemo(() => createDraftSaver(() => setStatus('error')), []);
  const latest = useRef<DraftState | null>(null);
  latest.current = state;

  const generate = (settings: Settings, language: DraftLanguage): Draft =>
    draftReport({ pageUrl, txt: result.txt, policy: result.policy, profile: settings.profile, language, now: now() });

  useEffect(() => {
    let live = true;
    (async () => {
      const [settings, saved] = await Promise.all([settingsItem.get(), loadDraft(site)]);
      const language = saved?.language ?? pickDraftLanguage(settings.reportLanguage, result.txt?.parsed?.preferred_languages ?? [], browser.i18n.getUILanguage());
      const generated = generate(settings, language);
      if (!live) return;
      setState({ settings, generated, working: saved ?? toSaved(generated, site, pageUrl, language, now()), restored: saved !== null });
    })().catch((e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)));
    const onHide = () => saver.flushNow();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      saver.flushNow();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
    // The popup shows one result per open; a new check does not replace a draft being written.
  }, [site]);

  const edit = (change: Partial<Pick<SavedDraft, 'to' | 'subject' | 'body'>>) => {
    const current = latest.current;
    if (!current) return;
    const working = { ...current.working, ...change, updatedAt: now().toISOString() };
    const next = { ...current, working };
    latest.current = next;
    setState(next);
    if (working.body.length > MAX_DRAFT_CHARS) {
      setStatus('too_long');
      return;
    }
    setStatus('saving');
    saver.save(working);
    void saver.flush().then(() => setStatus((s) => (s === 'saving' ? 'saved' : s)));
  };

  /** Throws the saved draft away and starts again from the generated text (optionally in another language). */
  const reset = async (language?: DraftLanguage) => {
    const current = latest.current;
    if (!current) return;
    await saver.flush();
    await discardDraft(site);
    const lang = language ?? current.working.language;
    const generated = generate(current.settings, lang);
    setState({ ...current, generated, working: toSaved(generated, site, pageUrl, lang, now()), restored: false });
    setStatus('idle');
  };

  const edited = state !== null && (state.working.body !== state.generated.body || state.working.subject !== state.generated.subject);
  return { state, status, loadError, edit, reset, edited, flush: () => saver.flush() };
}

import { useMemo } from 'preact/hooks';
import { t } from '../../platform/i18n.ts';
import type { CheckResult } from '../../core/index.ts';
import { ContactPanel } from './contact-panel.tsx';
import { CoordinatorsSection } from './coordinators-section.tsx';
import { RulesPanel } from './rules-panel.tsx';
import { ScopePanel } from './scope-panel.tsx';
import { ScopeSources } from './scope-sources.tsx';
import { SourcesPanel } from './sources-panel.tsx';
import { Tabs, type TabDef } from './tabs.tsx';
import { TxtPanel } from './txt-panel.tsx';

export interface PanelTabsProps {
  result: CheckResult;
  selected: string;
  onSelect: (id: string) => void;
  onDraft: () => void;
}

/**
 * The five panels under the banner, in a chunk of their own: the popup paints its verdict before this module is
 * even loaded. Every panel is mounted (hidden when not selected): see Tabs.
 */
export function PanelTabs({ result, selected, onSelect, onDraft }: PanelTabsProps) {
  // The panels depend on the result only: the same elements across renders, so switching tabs re-renders no panel.
  const tabs: TabDef[] = useMemo(() => {
    const findings = result.txt?.findings.filter((f) => f.severity !== 'info').length ?? 0;
    return [
      { id: 'rules', label: t('tabRules'), count: result.policy?.forbidden_activities.length, content: <RulesPanel policy={result.policy} /> },
      { id: 'scope', label: t('tabScope'), content: <><ScopePanel policy={result.policy} scope={result.scope} /><ScopeSources result={result} /></> },
      { id: 'report', label: t('tabReport'), content: <><ContactPanel result={result} onDraft={onDraft} /><CoordinatorsSection result={result} /></> },
      { id: 'txt', label: 'security.txt', count: findings, content: <TxtPanel txt={result.txt} /> },
      { id: 'sources', label: t('tabSources'), content: <SourcesPanel result={result} /> },
    ];
    // onDraft is the same function for a popup's life (the caller's state setter behind it).
  }, [result]);
  return <Tabs tabs={tabs} selected={selected} onSelect={onSelect} label={t('tabsLabel')} />;
}

import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabDef {
  id: string;
  label: string;
  /** A small count after the label (findings, rules …). */
  count?: number | null;
  content: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs, only the
 * selected tab is in the Tab order. A panel's content mounts when its tab is first shown (so a panel that
 * loads code, like the contact panel, loads nothing until it is opened) and then stays, hidden, in the DOM.
 */
export function Tabs({ tabs, selected, onSelect, label }: { tabs: TabDef[]; selected: string; onSelect: (id: string) => void; label: string }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set([selected]));
  if (!shown.has(selected)) setShown(new Set([...shown, selected]));
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    if (!target) return;
    onSelect(target.id);
    refs.current[target.id]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => void (refs.current[tab.id] = el)}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count ? <span class="count">{tab.count}</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          data-panel-mounted={tab.id === selected || shown.has(tab.id) ? 'true' : 'false'}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
          class="tabpanel"
        >
          {(tab.id === selected || shown.has(tab.id)) && tab.content}
        </div>
      ))}
    </div>
  );
}

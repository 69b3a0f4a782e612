import type { ComponentChildren } from 'preact';

export interface TabItem {
  id: string;
  label: ComponentChildren;
  /** Accessible name when the visible label is not all text (a count badge). */
  ariaLabel?: string;
  content: ComponentChildren;
}

interface Props {
  /** Accessible name of the tab list. */
  label: string;
  tabs: TabItem[];
  selected: string;
  onSelect: (id: string) => void;
}

const tabId = (id: string) => `tab-${id}`;
const panelId = (id: string) => `panel-${id}`;

/**
 * WAI-ARIA tabs with automatic activation: one tab stop for the whole list (roving
 * tabindex), arrow keys, Home and End move and select. Every panel stays rendered (hidden
 * when not selected) so its controls and text exist for the page's whole life; only one
 * shows, which is what keeps the popup within the browser's 600 px.
 */
export function Tabs({ label, tabs, selected, onSelect }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    document.getElementById(tabId(tabs[next].id))?.focus();
  };
  return (
    <div class="tabs">
      <div class="tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              class="tabs__tab"
              aria-selected={active}
              aria-controls={panelId(tab.id)}
              aria-label={tab.ariaLabel}
              tabIndex={active ? 0 : -1}
              data-tab={tab.id}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        // Focusable: a panel taller than the popup scrolls, and keyboard users must reach it.
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          class={`tabs__panel tabs__panel--${tab.id}`}
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== selected}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}

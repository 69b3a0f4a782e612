import type { ComponentChildren } from 'preact';

export interface StatusAction {
  label: string;
  onClick: () => void;
}

interface Props {
  /** Stable name of the state, for styling and tests (data-state). */
  state: string;
  title: string;
  body: string;
  /** Page-derived or technical detail (an error message), shown as plain text. */
  detail?: string | null;
  action?: StatusAction | null;
  /** Show a progress indicator (analysing). */
  busy?: boolean;
  children?: ComponentChildren;
}

/** One non-result state of the popup: a title, an explanation, optionally one action. */
export function StatusMessage({ state, title, body, detail, action, busy, children }: Props) {
  return (
    <section class={`status status--${state}`} data-state={state} aria-labelledby="status-title" aria-busy={busy ? 'true' : undefined}>
      {busy && <span class="spinner" aria-hidden="true" />}
      <h2 id="status-title" class="status__title">{title}</h2>
      <p class="status__body">{body}</p>
      {detail && <p class="status__detail">{detail}</p>}
      {action && (
        <button type="button" class="button button--primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      {children}
    </section>
  );
}

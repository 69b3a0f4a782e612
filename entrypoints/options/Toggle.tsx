interface Props {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A labelled checkbox with a hint tied to it (aria-describedby), styled as a switch. */
export function Toggle({ id, label, hint, checked, disabled, onChange }: Props) {
  return (
    <div class="toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{label}</label>
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      </div>
    </div>
  );
}

interface Props {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}

/** A labelled on/off switch: a real checkbox (keyboard and screen readers) drawn as a switch. */
export function Switch({ label, checked, onChange }: Props) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span class="switch__track" aria-hidden="true" />
      <span class="switch__label">{label}</span>
    </label>
  );
}

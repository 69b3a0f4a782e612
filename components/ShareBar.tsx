interface Props {
  /** 0..1 */
  share: number;
  tone?: 'accent' | 'muted';
}

/** A thin horizontal bar; purely visual (the figure it draws is always written next to it). */
export function ShareBar({ share, tone = 'accent' }: Props) {
  const width = `${Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10}%`;
  return (
    <span class={`sharebar sharebar--${tone}`} aria-hidden="true">
      <span class="sharebar__fill" style={{ width }} />
    </span>
  );
}

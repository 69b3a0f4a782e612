import { useCallback, useState } from 'preact/hooks';

/** Polite announcements for screen readers (state changes, copy done, statement shown). */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState('');
  /** `visible`: also show it (feedback for an action the reader just took). */
  const announce = useCallback((text: string, visible = false) => {
    // Clear first so that the same text twice is announced twice.
    setMessage('');
    setTimeout(() => setMessage(text), 30);
    if (visible) setNotice(text);
  }, []);
  return { message, notice, announce };
}

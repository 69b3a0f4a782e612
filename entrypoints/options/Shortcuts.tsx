import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them). */
export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        if (!live) return;
        setCommands(
          all
            .filter((c) => c.name && !c.name.startsWith('_')) // _execute_action has no description of ours
            .map((c) => ({ name: c.name!, description: c.description || c.name!, shortcut: c.shortcut ?? '' })),
        );
      })
      .catch(() => live && setCommands([]));
    return () => {
      live = false;
    };
  }, []);

  if (!commands || commands.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{i18n.t('optionsShortcutsHeading')}</h2>
      <dl class="shortcuts">
        {commands.map((command) => (
          <div key={command.name}>
            <dt>{command.description}</dt>
            <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : i18n.t('optionsShortcutNone')}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{i18n.t('optionsShortcutsHint')}</p>
    </section>
  );
}

import { render } from 'preact';
import { i18n } from '#i18n';

function Options() {
  return <main><h1>{i18n.t('extName')}</h1></main>;
}

render(<Options />, document.getElementById('app')!);

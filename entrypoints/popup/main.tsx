import { render } from 'preact';
import { i18n } from '#i18n';

function Popup() {
  return <main><h1>{i18n.t('extName')}</h1></main>;
}

render(<Popup />, document.getElementById('app')!);

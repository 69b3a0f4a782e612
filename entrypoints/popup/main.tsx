import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import './style.css';

/** First meaningful render, for the bench: the popup shows a real state, not "loading". */
function markFirstContent() {
  performance.mark('quotelens:popup-first-content');
}

document.documentElement.lang = i18n.t('popupLocale');
render(<App search={location.search} onFirstContent={markFirstContent} />, document.getElementById('app')!);

import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from './OptionsPage';
import './style.css';

document.documentElement.lang = i18n.t('optionsLocale');
document.title = i18n.t('optionsTitle');
render(<OptionsPage />, document.getElementById('app')!);

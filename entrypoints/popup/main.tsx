import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { openSession } from '@/components/popup/use-popup-session';
import { App } from './App';
import '@/components/theme.css';
import '@/components/popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('popup.title');
// Esc closes the popup (and the `popup.html?tab=` window) unless a control used the key itself.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) window.close();
});
// Ask for the capture and the context first: the background works while React renders.
const opening = openSession(location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App opening={opening} />
  </StrictMode>,
);

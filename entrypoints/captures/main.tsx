import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import '@/components/theme.css';
import { CapturesPage } from '@/components/captures/CapturesPage';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('captures.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CapturesPage />
  </StrictMode>,
);

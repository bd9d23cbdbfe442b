import { i18n } from '#i18n';
import { openCapturesPage } from '@/utils/ui/captures-page';

/** Name, and the two places a rep goes from here: the captures page and the settings. */
export function PopupHeader() {
  const openCaptures = () => void openCapturesPage().then(() => window.close());
  return (
    <header className="popup-header">
      <h1>{i18n.t('extName')}</h1>
      <nav>
        <button type="button" className="link" onClick={openCaptures}>
          {i18n.t('popup.captures')}
        </button>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.settings')}
        </button>
      </nav>
    </header>
  );
}

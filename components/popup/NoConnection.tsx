import { i18n } from '#i18n';

/** Nothing to save to yet: say so, and open the settings where keys are added. */
export function NoConnection() {
  return (
    <div className="card">
      <p>{i18n.t('popup.noCrm')}</p>
      <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
        {i18n.t('popup.openSettings')}
      </button>
    </div>
  );
}

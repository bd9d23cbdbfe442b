/**
 * Profile preferences for the e2e Firefox, on top of puppeteer's own test defaults (which already
 * turn off updates, Normandy, health reports, Safe Browsing lookups and the new-tab feeds).
 * The aim is a browser that talks to nothing but loopback; the egress trap checks it.
 */
export function firefoxPrefs(options: { extensionId: string; uuid: string; proxyPort: number }): Record<string, unknown> {
  return {
    // Pin the extension's internal UUID so every moz-extension:// URL is known before install.
    'extensions.webextensions.uuids': JSON.stringify({ [options.extensionId]: options.uuid }),
    // The e2e build is unsigned; ESR honours this (release builds ignore it). Installs through
    // WebDriver BiDi are temporary add-ons, which need no signature anyway.
    'xpinstall.signatures.required': false,
    // English UI, so the extension's messages (i18n.getUILanguage) are the ones the tests read.
    'intl.locale.requested': 'en-US',

    // Everything that is not loopback goes to the egress trap, which records and refuses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',

    // Background services that would otherwise phone home.
    'app.normandy.enabled': false,
    'app.update.auto': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.discovery.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.geoip.url': '',
    'browser.topsites.contile.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.systemAddon.update.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-manager.url': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/remote-settings-disabled',
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.unified': false,
  };
}

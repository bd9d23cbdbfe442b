/**
 * What an e-mail address looks like, shared by the collector (to skip junk early) and the
 * normaliser (to decide). Deliberately stricter than RFC 5322: pages hold asset names such as
 * logo@2x.png, and nobody writes quoted local parts on a contact page.
 */

/** "Top-level domains" that are really file extensions: logo@2x.png, sprite@3x.webp. */
const FILE_EXTENSION = /^(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|css|m?js|json|xml|pdf|zip|mp[34]|webm|woff2?|ttf|eot|map|php|html?|aspx?|jsp|txt)$/i;

const ADDRESS = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(\p{L}{2,24})$/u;

export function isEmailAddress(text: string): boolean {
  const match = ADDRESS.exec(text);
  const topLevel = match?.[1];
  return topLevel !== undefined && text.length <= 254 && !FILE_EXTENSION.test(topLevel);
}

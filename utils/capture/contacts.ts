import { nameKey } from './names/classify.ts';
import { nameOrigin } from './origin.ts';
import { FINDING_SOURCES, type CapturedContact, type Finding, type ValueOrigin } from './types.ts';
import { PROFILE_TIER, byStrength, rankTier } from './weights.ts';

/**
 * Groups normalised findings into contacts and ranks them, in this order:
 * - findings with the same name (by nameKey) are one contact; unnamed ones are grouped by the
 *   organisation they were given (the site's owner), or stay nameless (an article's quote);
 * - an unnamed finding whose line a named contact already has adds nothing: it is dropped
 *   (the seller's number repeated in the ad's description stays the seller's), unless it is
 *   another extension of that switchboard;
 * - the site owner's unnamed findings join a named contact that is the same organisation
 *   ("Acme Embalagens" and "Acme Indústria de Embalagens Ltda."), else become its contact;
 * - on a profile page, a section that only repeats the person's values ("Contratar palestra:
 *   rafael@…") is the person;
 * - contacts rank by tier (profile person, content, page chrome); within a tier the page's
 *   owner (the site's name, or its web address, spelled in the contact's name) comes first,
 *   or last on a platform's page about others (their e-mails are on other domains), then
 *   document order; a person known only by name (structured data with no phone or
 *   e-mail) ranks below every contact that has one.
 */
export type NormalizedFinding = Finding & {
  /** E.164 phone or lower-case e-mail. */
  value: string;
  /** The value plus a phone's extension: two extensions of one switchboard are different lines. */
  line: string;
  /** A telephone field no country's plan could read: `value` is the number as written. */
  typed?: true;
  /** Where the phone or e-mail came from and how sure it is (origin.ts); name-only findings have none. */
  origin?: ValueOrigin;
};

interface Group {
  named: boolean;
  key: string;
  findings: NormalizedFinding[];
}

function groupKey(finding: Finding): { named: boolean; key: string } {
  const key = finding.name === null ? '' : nameKey(finding.name);
  return key === '' ? { named: false, key: nameKey(finding.company ?? '') } : { named: true, key };
}

function tokensWithin(inner: string, outer: string): boolean {
  const words = new Set(outer.split(' '));
  return inner !== '' && inner.split(' ').every((word) => words.has(word));
}

/** The site's owner under its full name: one name's words all appear in the other's. */
function sameOrganisation(site: Group, named: Group): boolean {
  return tokensWithin(site.key, named.key) || tokensWithin(named.key, site.key);
}

function groupByName(findings: NormalizedFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const { named, key } = groupKey(finding);
    const id = `${named ? 'n' : 'u'}:${key}`;
    const group = groups.get(id) ?? { named, key, findings: [] };
    group.findings.push(finding);
    groups.set(id, group);
  }
  return [...groups.values()];
}

function mergeSiteOwner(groups: Group[]): Group[] {
  return groups.filter((group) => {
    if (group.named || group.key === '') return true;
    const organisation = groups.find((other) => other.named && sameOrganisation(group, other));
    organisation?.findings.push(...group.findings);
    return organisation === undefined;
  });
}

function dropRepeatedUnnamed(groups: Group[]): Group[] {
  const namedLines = new Set(groups.filter((group) => group.named).flatMap((group) => group.findings.map((finding) => finding.line)));
  namedLines.delete('');
  return groups
    .map((group) => (group.named ? group : { ...group, findings: group.findings.filter((finding) => !namedLines.has(finding.line)) }))
    .filter((group) => group.findings.length > 0);
}

const valuesIn = (group: Group) => new Set(group.findings.filter((finding) => finding.kind !== 'name').map((finding) => finding.value));

function mergeIntoProfile(groups: Group[]): Group[] {
  const profile = groups.find((group) => group.findings.some((finding) => rankTier(finding.weight) === PROFILE_TIER));
  if (profile === undefined) return groups;
  const profileValues = valuesIn(profile);
  return groups.filter((group) => {
    const values = [...valuesIn(group)];
    const repeatsProfile = group !== profile && group.named && values.length > 0 && values.every((value) => profileValues.has(value));
    if (repeatsProfile) profile.findings.push(...group.findings);
    return !repeatsProfile;
  });
}

function valuesOf(findings: NormalizedFinding[], kind: Finding['kind'], typed = false): string[] {
  const ofKind = findings.filter((finding) => finding.kind === kind && (finding.typed === true) === typed).sort((a, b) => a.order - b.order);
  return [...new Set(ofKind.map((finding) => finding.value))];
}

/** Each value's origin: the strongest finding that gave it. */
function originsOf(strongest: NormalizedFinding[]): Record<string, ValueOrigin> {
  const origins: Record<string, ValueOrigin> = {};
  for (const finding of strongest) if (finding.origin !== undefined && !(finding.value in origins)) origins[finding.value] = finding.origin;
  return origins;
}

function toContact(group: Group): CapturedContact {
  const strongest = [...group.findings].sort(byStrength);
  const companyFinding = strongest.find((finding) => finding.company != null);
  const company = companyFinding?.company ?? null;
  const nameFinding = group.named ? strongest.find((finding) => finding.name !== null) : companyFinding;
  const name = group.named ? (nameFinding?.name ?? null) : company;
  const sources = new Set(group.findings.map((finding) => finding.source));
  return {
    name,
    company,
    phones: valuesOf(group.findings, 'phone'),
    emails: valuesOf(group.findings, 'email'),
    sources: FINDING_SOURCES.filter((source) => sources.has(source)),
    whatsapp: valuesOf(
      group.findings.filter((finding) => finding.whatsapp === true),
      'phone',
    ),
    ...withUnreadPhones(valuesOf(group.findings, 'phone', true)),
    origins: originsOf(strongest),
    ...(nameFinding === undefined ? {} : { nameOrigin: nameOrigin(nameFinding, !group.named) }),
  };
}

function withUnreadPhones(unreadPhones: string[]): Pick<CapturedContact, 'unreadPhones'> {
  return unreadPhones.length === 0 ? {} : { unreadPhones };
}

/** Who runs the page, for ranking: its site name and its address's main label ("bellanapoli"). */
export interface PageOwner {
  siteName: string | null;
  host: string;
  /** An ad, a product or a job page (PageScan.listing). */
  listing?: boolean;
}

const MIN_HOST_LABEL = 4;

function hostLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  return (labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2)) ?? '';
}

function isOwnedBy(group: Group, owner: PageOwner): boolean {
  if (!group.named) return false;
  const siteKey = nameKey(owner.siteName ?? '');
  if (siteKey !== '' && sameOrganisation({ ...group, key: siteKey }, group)) return true;
  const label = hostLabel(owner.host).replace(/-/g, '');
  return label.length >= MIN_HOST_LABEL && group.key.replace(/ /g, '').includes(label);
}

const emailDomains = (group: Group) => group.findings.filter((finding) => finding.kind === 'email').map((finding) => hostLabel(finding.value.split('@')[1] ?? ''));

const reachableBy = (group: Group) => group.findings.some((finding) => finding.kind !== 'name');

/**
 * A platform's page about someone else (a classified ad, a directory entry): the page is a
 * listing and a named contact that is not the site can be reached (a seller with a phone only),
 * or a contact that is not the site writes from an e-mail domain that is neither the site's
 * address nor the site's own mail. There the site goes after them.
 */
function isPlatformPage(groups: Group[], owner: PageOwner): boolean {
  const ownerGroups = groups.filter((group) => isOwnedBy(group, owner));
  if (ownerGroups.length === 0) return false;
  const others = groups.filter((group) => !ownerGroups.includes(group));
  if (owner.listing === true && others.some((group) => group.named && reachableBy(group))) return true;
  const siteDomains = new Set([hostLabel(owner.host), ...ownerGroups.flatMap(emailDomains)]);
  return others.some((group) => emailDomains(group).some((domain) => !siteDomains.has(domain)));
}

/** 1: the site's own page puts its owner first; -1: a platform's page puts it after the people it shows. */
function ownerRank(group: Group, owner: PageOwner | null, platform: boolean): number {
  if (owner === null || !isOwnedBy(group, owner)) return 0;
  return platform ? -1 : 1;
}

/** [reachable, tier, owner, order]; a loop, not Math.max(...spread): a spread of a few hundred thousand arguments throws. */
function rankKey(group: Group, ownerRankOf: (group: Group) => number): [number, number, number, number] {
  let reachable = 0;
  let tier = 0;
  let order = Number.POSITIVE_INFINITY;
  for (const finding of group.findings) {
    if (finding.kind !== 'name') reachable = 1;
    tier = Math.max(tier, rankTier(finding.weight));
    order = Math.min(order, finding.order);
  }
  return [reachable, tier, ownerRankOf(group), order];
}

/** `owner` is null on a profile page, where the platform that hosts it is not who it is about. */
export function groupContacts(findings: NormalizedFinding[], owner: PageOwner | null = null): CapturedContact[] {
  const groups = mergeIntoProfile(mergeSiteOwner(dropRepeatedUnnamed(groupByName(findings))));
  const platform = owner !== null && isPlatformPage(groups, owner);
  const ranked = groups
    .map((group) => ({ group, key: rankKey(group, (candidate) => ownerRank(candidate, owner, platform)) }))
    .sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || b.key[2] - a.key[2] || a.key[3] - b.key[3]);
  return ranked.map(({ group }) => toContact(group));
}

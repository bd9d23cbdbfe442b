import type { Finding } from './types.ts';

/**
 * Finding weights. The base says how sure a source is (structured > link > text); page chrome
 * (footer, navigation) halves it, so every chrome weight is below CONTENT_FLOOR; the profile's
 * main person gets WEIGHT.profile. buildCapture ranks contacts by the tier of their best weight.
 */
export const WEIGHT = {
  structured: 0.9,
  link: 0.8,
  selection: 0.8,
  text: 0.7,
  profile: 1,
} as const;

const CHROME_FACTOR = 0.5;
const CONTENT_FLOOR = 0.5;

export function locatedWeight(base: number, inChrome: boolean): number {
  return inChrome ? base * CHROME_FACTOR : base;
}

export const PROFILE_TIER = 2;

/** PROFILE_TIER = the profile's main person, 1 = page content and structured data, 0 = page chrome. */
export function rankTier(weight: number): number {
  if (weight >= WEIGHT.profile) return PROFILE_TIER;
  return weight >= CONTENT_FLOOR ? 1 : 0;
}

/** Strongest first, then document order; stable for equal findings. */
export function byStrength(a: Finding, b: Finding): number {
  return b.weight - a.weight || a.order - b.order;
}

// The distances a "within X km" field accepts, as the analysis core checks them (checkDistanceKm in
// src/analysis/result.ts): 0 < km ≤ 200. Shared by the curated layers' Within tab and an imported
// layer's "within X km of a corridor", so both refuse the same text the same way.
import { MAX_DISTANCE_KM } from '../analysis/result';
import type { NumberBounds } from '../i18n/number-input';

export const WITHIN_KM_BOUNDS: NumberBounds = { min: 0, minExclusive: true, max: MAX_DISTANCE_KM };

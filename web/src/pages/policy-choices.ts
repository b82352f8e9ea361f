/**
 * The choices the Policy page offers in its URL (policy.ts checks them, policy-impact.ts
 * draws them): kept apart so that neither imports the other.
 */

/** The series an event's effect can be measured on (policy-impact.ts says what each is). */
export const IMPACT_SERIES = ['swb', 'swb-usbp', 'swb-ofo', 'swb-mex', 'swb-ven', 'swb-uc', 'mx-presentados'] as const;
export const IMPACT_MODELS = ['ets', 'theta', 'snaive', 'mstl'] as const;

/** The event whose effect is shown when the URL names none (or one the record lacks). */
export const DEFAULT_EVENT = 'title42-end';

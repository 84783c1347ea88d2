/** Channel picker logic without DOM: hours, filtering, ranking rules, problem classifier, email draft. */
export * from './hours.js';
export * from './filter.js';
export * from './ranking.js';
export * from './classifier.js';
export * from './email.js';
export * from './targets.js';

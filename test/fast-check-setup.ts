/**
 * Property tests report a failure at once, with the seed and path that reproduce it, instead of
 * shrinking it: shrinking runs the property hundreds of times, and one slow property (a back-test
 * per run) shrank past 13 minutes of a CI run. To shrink one locally, pass its seed and path
 * back to fc.assert with endOnFailure: false.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });

/**
 * The audit: what the registry asserts that its sources do not say, or do not say for certain.
 */
package org.confed.application.auditing;

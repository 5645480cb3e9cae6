/**
 * The JSON answers to confed's questions (members, presidency, forecast, plan status on a day), shared by the HTTP
 * API and the command line so that both print the same shapes.
 */
package org.confed.api.view;

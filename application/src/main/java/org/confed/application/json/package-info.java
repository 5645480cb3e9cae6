/**
 * Records as the interchange format's JSON, both ways, driven by the domain's annotations: {@link
 * org.confed.application.json.RecordJson} is the one codec that import, export, the HTTP API and the stores use.
 */
package org.confed.application.json;

/**
 * The HTTP API: {@link org.confed.api.http.ConfedApi#create} builds a Javalin 7 application over a
 * {@link org.confed.domain.port.Registry}, configured by an {@link org.confed.api.http.ApiConfig}.
 *
 * <p>Choices clients can rely on:
 * <ul>
 *   <li><b>Routes</b>: one table declares each route once; it registers the route and writes the OpenAPI 3.0
 *       document ({@code GET /openapi.json}), so the two cannot drift. Every GET also answers HEAD.</li>
 *   <li><b>Records</b> use the interchange format (FORMAT.md) through {@code RecordCodec}. Every type with a
 *       one-field key is a collection named by its plural with dashes: {@code /api/action-plans/{id}}.</li>
 *   <li><b>ETag</b>: strong, the record's version quoted ({@code "3"}). {@code If-Match: "3"} makes a PUT
 *       conditional (412 when stale, nothing changed), {@code If-Match: *} requires the record to exist,
 *       {@code If-None-Match: *} creates only. On a person's or a plan's page the ETag is still the record's own
 *       version, not a tag of the extra lists; no answer is ever 304.</li>
 *   <li><b>Pages</b>: {@code {"items":[...],"next_cursor":"..."}}, the cursor absent on the last page;
 *       {@code limit} is moved into [1, max]. A cursor is the unpadded base64url of a JSON array
 *       ({@code ["person","assimi-goita"]}; meetings: {@code ["meeting-search","2024-07-06","aes-..."]}): opaque,
 *       refused (400) on another list.</li>
 *   <li><b>Problems</b>: RFC 9457, {@code application/problem+json}, with {@code errors: [{field, message}]}.
 *       The API's own kinds have {@code type} {@code https://confed.example/problems/<kind>} (invalid-record,
 *       invalid-field, invalid-parameter, malformed-json, key-mismatch, not-found, rule-conflict (409),
 *       rule-violation (422), precondition-failed (412), version-conflict (409), unauthorized (401),
 *       writes-disabled (403), forecast-unavailable (422), store-unavailable (503), not-available-yet (501));
 *       plain HTTP failures (no route, wrong method, 413, 415, 500) use {@code about:blank}.</li>
 *   <li><b>Security</b>: writes need {@code Authorization: Bearer TOKEN} ({@link org.confed.api.http.Tokens});
 *       every answer carries a strict Content-Security-Policy, {@code nosniff} and {@code no-referrer}; CORS is
 *       off unless origins are configured.</li>
 * </ul>
 */
package org.confed.api.http;

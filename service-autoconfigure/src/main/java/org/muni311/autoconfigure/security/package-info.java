/**
 * Staff sign-in for every service: local users (HTTP Basic,
 * {@code muni311.security.users}) for the embedded platform and development, Bearer JWTs
 * from an OpenID Connect provider in production
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}),
 * both turned into the same authorities: a
 * {@link org.muni311.autoconfigure.security.StaffRole} each and one per municipality (see
 * {@link org.muni311.autoconfigure.security.StaffAuthorities}).
 *
 * <p>
 * {@code /admin/**} is for platform and municipality administrators, and
 * {@code /admin/v1/municipalities/{jurisdiction_id}/**} only for those of that
 * municipality; every other path is open, as Open311 checks its API keys itself.
 * Controllers check a municipality named anywhere else with
 * {@link org.muni311.autoconfigure.security.StaffAccess}. Refusals answer 401 (with
 * {@code WWW-Authenticate}) or 403 as {@code application/problem+json}.
 *
 * <p>
 * No session and no CSRF token: credentials travel in the {@code Authorization} header of
 * each request and no cookie is ever set, so a cross-site page has no cookie to ride on.
 * One caveat: a browser that was shown the Basic prompt re-sends those credentials by
 * itself, like a cookie. Admin endpoints must therefore take JSON bodies only
 * ({@code consumes = "application/json"}): a cross-site form cannot send JSON, and a
 * cross-site script that tries needs a CORS pre-flight, which no service allows.
 */
package org.muni311.autoconfigure.security;

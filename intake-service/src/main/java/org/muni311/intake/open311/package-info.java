/**
 * Open311 GeoReport v2 over HTTP, every method in {@code .json} and {@code .xml} (the
 * extension decides): discovery, services, service definitions, submission (form,
 * multipart, JSON; idempotent with an {@code Idempotency-Key}), the filtered request
 * list, one request, batch tokens, and FixMyStreet's {@code servicerequestupdates}. Every
 * error, the framework's included, is {@code [{"code","description"}]} or
 * {@code <errors><error>}.
 */
package org.muni311.intake.open311;

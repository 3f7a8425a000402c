/**
 * Open311 GeoReport v2 over HTTP: the service list, request submission and request lookup, answers as arrays,
 * errors as {@code [{"code":..., "description":...}]}.
 */
package org.muni311.intake.open311;

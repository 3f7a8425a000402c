package org.muni311.intake.open311;

/**
 * One entry of an Open311 error answer.
 *
 * @param code the HTTP status
 * @param description what is wrong, in words a developer can act on
 */
record Open311Error(int code, String description) {
}

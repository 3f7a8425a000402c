/**
 * Starting points for a municipality's catalogue, so that a clerk edits one instead of
 * typing thirty services in two languages: the standard bilingual template, and an import
 * of another system's Open311 {@code services.json}. Neither saves anything; the result
 * is copied into the configuration sent to the admin API.
 */
package org.muni311.municipality.template;

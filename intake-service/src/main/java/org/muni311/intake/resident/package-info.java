/**
 * The resident pages, public and without an account: choose a municipality and a service
 * (grouped, searchable), report a problem (the service's questions, a location by map,
 * address or typed coordinates, a description, an optional contact with a notice of
 * collection), see nearby open reports and follow one ("me too") instead of filing
 * another, a confirmation with the tracking id, and a status page with the public
 * history.
 *
 * <p>
 * Server-rendered and complete without JavaScript: every form is a plain POST answered by
 * a redirect, or the page again with an error summary. Leaflet (the map) and htmx (nearby
 * reports as the location changes) only add to it. A report is filed through
 * {@link org.muni311.intake.request.RequestIntake}, by the rules of every channel, with
 * channel {@code web}; pages show public fields only, never contact data.
 */
package org.muni311.intake.resident;

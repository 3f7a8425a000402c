/**
 * The crew board: web pages for crews and supervisors, in English and French, signed in
 * with a form and a session. A queue of a municipality (filtered by department, crew and
 * status, soonest due first) kept live with Server-Sent Events, a map of its open items,
 * and an item's page where a crew claims it, moves it through the workflow and adds
 * notes. The pages make the same changes, through the same {@code WorkQueue} methods and
 * with the same versions, as the crew API; they work without JavaScript, which (htmx,
 * Leaflet) only adds the live updates and the map.
 */
package org.muni311.routing.crew.board;

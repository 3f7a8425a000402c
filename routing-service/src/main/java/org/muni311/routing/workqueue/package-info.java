/**
 * The work items crews act on: one per request, created once however often its event is
 * delivered; each change checked against the workflow and the version it was made on, and
 * stored with the status event it owes in the same write. The SLA check escalates each
 * overdue item once.
 */
package org.muni311.routing.workqueue;

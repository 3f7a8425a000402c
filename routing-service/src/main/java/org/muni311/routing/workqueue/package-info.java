/**
 * The work items crews act on: one per request, created once however often its event is delivered, stored with
 * the status events it owes in the same write.
 */
package org.muni311.routing.workqueue;

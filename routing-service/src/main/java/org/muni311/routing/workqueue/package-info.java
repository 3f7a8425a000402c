/** The work items crews act on: one per request, created once however often its event is delivered. */
package org.muni311.routing.workqueue;

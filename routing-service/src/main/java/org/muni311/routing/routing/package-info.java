/** Turns a submitted request into a routing decision, a work item and a {@code ROUTED} status event. */
package org.muni311.routing.routing;

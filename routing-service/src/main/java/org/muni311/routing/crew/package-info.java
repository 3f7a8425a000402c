/**
 * What the crews' API ({@code crew.api}) and their web pages ({@code crew.board}) share:
 * the live streams of queues.
 */
package org.muni311.routing.crew;

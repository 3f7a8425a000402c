/**
 * The crews' API (their web pages are {@code crew.board}): a department's or crew's queue
 * (paged, filtered, soonest due first, and live as Server-Sent Events), and the changes
 * crews and supervisors make to work items. Staff sign in (roles {@code CREW} or
 * {@code SUPERVISOR}) and see only their own municipalities.
 */
package org.muni311.routing.crew.api;

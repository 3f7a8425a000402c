/**
 * The delivery log for staff: per request, what was sent, on which channel, to whom
 * (masked), when, with what outcome. Call-centre agents, supervisors and administrators
 * of the request's municipality only.
 */
package org.muni311.notification.deliverylog;

/**
 * The agent console: web pages for call-centre agents (role AGENT in the municipality of
 * the path) to find a caller by phone or email and see their requests, log a request for
 * the caller (channel {@code phone}) after the duplicate check, and read a request's
 * timeline with the notifications sent, read from the notification service's delivery
 * log. The pages work without JavaScript; every string comes from
 * {@code messages/console}.
 */
package org.muni311.intake.agent.console;

/**
 * The social channel: a webhook, signed with a per-municipality shared secret, that turns
 * a post (text, author handle, optional coordinates or place, media URL) into a request,
 * mapped to a service by the catalogue's keywords or left unclassified for triage,
 * keeping the handle so status updates are replied in the thread.
 */
package org.muni311.intake.social;

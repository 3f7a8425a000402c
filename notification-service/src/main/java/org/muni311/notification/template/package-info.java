/**
 * The words residents read: one template per kind of notice (each status, an escalation)
 * and language (English, French), as plain text, HTML email and SMS, signed and branded
 * with the municipality's own configuration.
 */
package org.muni311.notification.template;

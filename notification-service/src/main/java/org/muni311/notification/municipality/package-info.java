/**
 * Notification's view of the municipalities (names, contact, languages, branding), built
 * from the compacted {@code municipalities.config} topic on every instance, for signing
 * and branding what residents receive.
 */
package org.muni311.notification.municipality;

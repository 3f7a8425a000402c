/**
 * How Muni311 and a social platform sign the webhook calls they make to each other, the
 * same way both ways.
 */
package org.muni311.contracts.webhook;

/**
 * Views of compacted topics that every instance holds in full: each reads the topic from
 * its beginning at start and follows it, so a service that starts later, or restarts with
 * an empty store, rebuilds its view from Kafka.
 */
package org.muni311.autoconfigure.view;

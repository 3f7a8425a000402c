/** Wiring: MongoDB write safety and health. */
package org.muni311.notification.config;

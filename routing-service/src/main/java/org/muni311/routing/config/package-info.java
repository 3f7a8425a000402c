/** Wiring: clock, MongoDB write safety and health. */
package org.muni311.routing.config;

/** Wiring: typed settings, Kafka topics, MongoDB write safety and health. */
package org.muni311.intake.config;

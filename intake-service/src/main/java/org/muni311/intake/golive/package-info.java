/**
 * Intake's lines of a municipality's go-live checklist (see
 * {@link org.muni311.municipality.GoLive}).
 */
package org.muni311.intake.golive;

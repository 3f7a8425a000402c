/**
 * Residents' photos: checked, re-encoded without their metadata (a phone's photo carries
 * where it was taken and the camera's details), kept by id, and served at the
 * {@code media_url} of the request they came with.
 */
package org.muni311.intake.media;

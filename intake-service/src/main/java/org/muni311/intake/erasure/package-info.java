/**
 * Erasure of a resident's personal data at their request (MFIPPA): the admin API a
 * municipality's administrator asks it through, and the record that shows it was done,
 * holding no contact data.
 */
package org.muni311.intake.erasure;

/**
 * The audit log of staff reading residents' personal data ({@link StaffReads}): who read
 * what of which municipality, when, kept a year and purged by its time, readable by the
 * municipality's administrators.
 */
package org.muni311.autoconfigure.audit;

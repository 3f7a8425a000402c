/**
 * Staff accounts owned by the clerk's room and known to every service
 * ({@link org.muni311.contracts.Topics#MUNICIPALITIES_STAFF}).
 */
package org.muni311.contracts.staff;

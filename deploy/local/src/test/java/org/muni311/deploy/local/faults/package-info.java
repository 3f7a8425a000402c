/**
 * The fault-injection suite: the platform as processes that the test kills with SIGKILL
 * and restarts, a store cut off from intake, a mail server stopped, all under load on
 * loopback; after each, nothing acknowledged is lost and nothing is done twice.
 */
package org.muni311.deploy.local.faults;

/**
 * Ties a service's life to the process that started it, so a runner killed hard leaves no
 * service behind.
 */
package org.muni311.autoconfigure.lifecycle;

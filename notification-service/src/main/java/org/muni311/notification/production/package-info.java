/**
 * What the {@code production} profile requires of notification (registered in
 * {@code META-INF/spring.factories}).
 */
package org.muni311.notification.production;

/**
 * The public record of each service request: taking a new one, reading it, and keeping
 * its status current from {@code requests.status-changed}.
 *
 * <p>
 * Taking a new one is every channel's one path: a channel reads its own format into a
 * {@link Submission} and hands it to {@link RequestIntake}, which checks it by the shared
 * rules (the value types {@link Coordinates}, {@link Email}, {@link Phone},
 * {@link Description}, {@link Contact}, and the service's questions), stores it with its
 * events in one write, and tells the {@link Filed.Listener}s (the duplicate search). A
 * refusal is a {@link RefusedException} naming each field; each channel answers it in its
 * own shape.
 */
package org.muni311.intake.request;

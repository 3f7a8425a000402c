/**
 * The local runner: one command starts a real Kafka broker, the file-backed store, an
 * SMTP server with a page listing its mail, and the three services as child processes
 * that live and die with the runner. {@link org.muni311.deploy.local.LocalPlatform} is
 * also the entry point of the end-to-end test and the benchmark.
 */
package org.muni311.deploy.local;

/**
 * The benchmark command: starts the local platform on free ports, drives Open311
 * submissions at fixed rates (open loop, latency measured from the intended send time)
 * and at its maximum (closed loop), follows each request to its ROUTED event and its
 * mail, and measures the same broker and store without the services as baselines. Not
 * part of the test suite: {@code deploy/benchmark/run.sh} runs it.
 */
package org.muni311.deploy.benchmark;

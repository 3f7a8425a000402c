/**
 * A worker thread fed with the ids of documents just written: the shape shared by every
 * "write it, then act on it off the caller's thread" path (the outbox relay, the mail
 * sender).
 */
package org.muni311.autoconfigure.worker;

/** Backoff and outage tracking for transient failures (registry, broker, Elasticsearch unavailable). */
package dev.feedpipe.retry;

/** The operations endpoints every service answers: health, readiness and Prometheus metrics. */
package dev.feedpipe.ops;

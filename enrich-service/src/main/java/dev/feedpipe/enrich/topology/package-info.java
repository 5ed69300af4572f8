/** The enrich topology, built apart from the service's main with an injected clock and metrics: revisions, fingerprints, the state store. */
package dev.feedpipe.enrich.topology;

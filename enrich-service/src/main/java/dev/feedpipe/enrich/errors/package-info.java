/** How enrich tells transient failures (retried, nothing committed past them) from permanent ones (dead-lettered with the reason). */
package dev.feedpipe.enrich.errors;

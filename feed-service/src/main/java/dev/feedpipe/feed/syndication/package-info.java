/** Atom (ROME) and JSON Feed subscriptions. */
package dev.feedpipe.feed.syndication;

/** Sitemaps of every article page. */
package dev.feedpipe.feed.sitemap;

/** The feed service: the dashboard, article pages, feeds and the feed API over Elasticsearch. */
package dev.feedpipe.feed;

/** The feed's HTTP edge: routes, parameters, conditional GETs. */
package dev.feedpipe.feed.http;

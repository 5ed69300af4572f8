/** Pages rendered on the server as DOMs (jsoup): article fields only ever become text, stored markup is allow-listed again. */
package dev.feedpipe.feed.page;

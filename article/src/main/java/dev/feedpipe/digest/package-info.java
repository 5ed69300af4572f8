/** SHA-256 in hex, for ids, fingerprints and ETags. */
package dev.feedpipe.digest;

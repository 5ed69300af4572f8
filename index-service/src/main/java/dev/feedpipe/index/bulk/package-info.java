/** The index loop's decisions as pure code (batching, item outcomes, refreshes) with injectable time. */
package dev.feedpipe.index.bulk;

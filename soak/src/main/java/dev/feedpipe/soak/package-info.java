/**
 * {@code ./feedpipe soak}: a seeded schedule of overlapping faults ({@link dev.feedpipe.soak.FaultSchedule})
 * played by a {@link dev.feedpipe.soak.Nemesis} against a cluster of its own while writers post, revise and
 * delete articles and record every answer ({@link dev.feedpipe.soak.History}); afterwards the
 * {@link dev.feedpipe.soak.Checker} holds that history against what Elasticsearch, the feed and the topics
 * hold.
 */
package dev.feedpipe.soak;

/** Reading topics from their start to the end they had when the read began, as the operator tools scan them. */
package dev.feedpipe.cli.kafka;

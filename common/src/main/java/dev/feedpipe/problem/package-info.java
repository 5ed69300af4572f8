/** RFC 9457 problem details, the one error body of every HTTP API. */
package dev.feedpipe.problem;

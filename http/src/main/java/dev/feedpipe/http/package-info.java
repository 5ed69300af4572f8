/** What every Javalin service answers the same way: problem+json errors, operations endpoints, request metrics, the real method only. */
package dev.feedpipe.http;

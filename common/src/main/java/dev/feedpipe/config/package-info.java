/** Settings from {@code FEEDPIPE_*} environment variables: each declared once in {@link dev.feedpipe.config.Catalog} with default, description and validation; typed values per service. */
package dev.feedpipe.config;
